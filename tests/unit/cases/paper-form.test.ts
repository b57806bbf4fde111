import { describe, expect, it } from 'vitest';
import { AGREEMENT_SECTIONS } from '~/core/agreement/sections';
import { paperNumbers } from '~/core/agreement/paper-questions';
import { PAPER_SECTIONS, answersFromPaper, memberFromPaper } from '~/core/cases/paper-form';
import { familyAnswers, readCaseRecord, newCase } from '~/core/cases/record';

const now = new Date('2026-12-04T10:00:00Z');

describe("the paper form's questions, for the team to type in", () => {
  it('follow the paper form: its sections in order, private questions left out, who filled it in first', () => {
    const ids = PAPER_SECTIONS.flatMap((s) => s.questions.map((q) => q.id));
    expect(ids.slice(0, 2)).toEqual(['your-name', 'who-is-filling-in']);
    // After the name (asked at the signatures), exactly the printed form's numbered questions, in its order.
    expect(ids.slice(1)).toEqual([...paperNumbers().keys()]);
    expect(ids).toContain('update-frequency');
    expect(ids).not.toContain('do-not-share');
    expect(PAPER_SECTIONS.slice(1).map((s) => s.id)).toEqual(
      AGREEMENT_SECTIONS.filter((s) => s.questions.length).map((s) => s.id),
    );
  });
});

describe('answers typed in from paper', () => {
  it('are kept as the wizard keeps them, and boxes left empty are not answers', () => {
    const read = answersFromPaper(
      {
        'your-name': '  Siân Dŵr ',
        'update-frequency': { choice: 'weekly' },
        'when-it-happened': { day: '03', month: 'March', year: '2026' },
        'patient-name': '',
      },
      now,
    );
    expect(read).toEqual({
      ok: true,
      count: 3,
      answers: {
        'your-name': 'Siân Dŵr',
        'update-frequency': { choice: 'weekly' },
        'when-it-happened': { day: '3', month: '3', year: '2026' },
      },
    });
  });

  it('name each problem by its question, as the wizard words it', () => {
    const read = answersFromPaper({ 'when-it-happened': { day: '31', month: '2', year: '2026' } }, now);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems.map((p) => [p.question.id, p.error.code])).toEqual([['when-it-happened', 'dayRange']]);
  });

  it('become a family member marked as from paper, whose envelope reads like an answers file', () => {
    const member = memberFromPaper({ 'your-name': 'Siân Dŵr' }, 'Sam Patel', '2026-12-03', now);
    expect(member.fromPaper).toEqual({ by: 'Sam Patel', on: '2026-12-03' });
    expect(member.addedBy).toBe('Sam Patel');
    expect(familyAnswers(member)?.answers).toEqual({ 'your-name': 'Siân Dŵr' });
    expect(readCaseRecord({ ...newCase(now), families: [member] })).toBeDefined();
  });
});
