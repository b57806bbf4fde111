import { describe, expect, it } from 'vitest';
import { caseDetailsFromAnswers } from '~/core/cases/case-details-from-answers';
import { caseSetup } from '~/core/cases/setup-journey';
import { caseDetailsSchema } from '~/core/formats';
import { validateAnswer } from '~/core/questions/rules';

const around = () => 'around March 2026';

describe('case details from the setup answers', () => {
  it('carries every answer to its field, and leaves out what was not given', () => {
    const details = caseDetailsFromAnswers(
      {
        organisation: ' Example NHS Trust ',
        reference: 'PSII-1',
        'incident-date': { day: '04', month: '3', year: '2026' },
        'lead-investigator': { name: 'Amara', phone: '0161 496 0001', role: '' },
        'comment-days': { choice: '28' },
        scope: '   ',
      },
      around,
    );
    expect(details).toEqual({
      organisation: 'Example NHS Trust',
      reference: 'PSII-1',
      incidentDate: { day: '4', month: '3', year: '2026' },
      leadInvestigator: { name: 'Amara', phone: '0161 496 0001' },
      commentDays: 28,
    });
    expect(caseDetailsSchema.safeParse(details).success).toBe(true);
  });

  it('an approximate or partial date travels as words; "not decided" sends no number', () => {
    expect(
      caseDetailsFromAnswers(
        {
          organisation: 'T',
          'incident-date': { month: '3', year: '2026', approximate: true },
          'comment-days': { choice: 'not-decided' },
        },
        around,
      ),
    ).toEqual({ organisation: 'T', incidentDate: { approximate: 'around March 2026' } });
  });

  it('every setup answer at its question\u2019s own limits still fits the link schema', () => {
    const long = (n: number) => 'é'.repeat(n);
    const answers: Record<string, unknown> = {};
    for (const q of caseSetup.steps) {
      if (q.type === 'text' || q.type === 'longText') answers[q.id] = long(q.maxLength);
      if (q.type === 'contact')
        answers[q.id] = Object.fromEntries(
          q.fields.map((f) => [
            f,
            f === 'phone' ? '0'.repeat(30) : f === 'email' ? `${'a'.repeat(240)}@nhs.example` : long(100),
          ]),
        );
    }
    for (const q of caseSetup.steps)
      if (answers[q.id] !== undefined) expect(validateAnswer(q, answers[q.id] as never, new Date()), q.id).toEqual([]);
    expect(caseDetailsSchema.safeParse(caseDetailsFromAnswers(answers as never, around)).success).toBe(true);
  });
});
