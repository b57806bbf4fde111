import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAgreementModel } from '~/core/agreement/build-model';
import { COVERED_BY, PROMISES, hasDetail, mainContact, type Need } from '~/core/agreement/promises';
import { evaluate } from '~/core/journey/conditions';
import { FAMILY } from '~/core/journey/family';
import { applies } from '~/core/journey/journey';
import { SAMPLES } from '~/core/questions/samples';
import { OPENING_QUESTIONS, STAGES, isQuestion, type Answers, type Question } from '~/core/journey/schema';
import type { AgreementBlock } from '~/core/agreement/model';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { createWizardTranslator } from '~/i18n/wizard-resources';

const t = createWizardTranslator('en');
const inputs = agreementInputs();
const needLabel = (need: Need) => t(`agreement:needs.${need}`);
const CONTACT_FIELDS = ['phone', 'email', 'address'] as const;

/** The questions of stages 1 and 2 in order, after the opening question: the walk to the first agreement. */
const WALK: Question[] = [...OPENING_QUESTIONS, ...STAGES.slice(0, 2).flatMap((s) => s.steps.filter(isQuestion))];

/** For each question: skip it, or give one of its valid answers (contact details: any mix of fields). */
const choices = fc.array(fc.record({ skip: fc.boolean(), pick: fc.nat(), fields: fc.subarray([...CONTACT_FIELDS]) }), {
  minLength: WALK.length,
  maxLength: WALK.length,
});

function walk(picks: { skip: boolean; pick: number; fields: string[] }[]): Answers {
  const answers: Record<string, unknown> = {};
  WALK.forEach((question, index) => {
    if (!applies(FAMILY, question, answers as Answers)) return;
    const { skip, pick, fields } = picks[index]!;
    if (skip) return;
    if (question.type === 'contact') {
      const sample: Record<string, string> = { phone: '01632 960 123', email: 'a@example.com', address: '1 High St' };
      answers[question.id] = Object.fromEntries(fields.map((f) => [f, sample[f]]));
      return;
    }
    const valid = (SAMPLES[question.type].valid as (q: Question) => unknown[])(question);
    answers[question.id] = valid[pick % valid.length];
  });
  return answers;
}

const blocksOf = (answers: Answers): AgreementBlock[] =>
  buildAgreementModel(answers, inputs).sections.flatMap((s) => s.blocks);
const shown = (blocks: AgreementBlock[]) => JSON.stringify(blocks);

describe('no skip leaves the agreement promising what it cannot keep', () => {
  it('every promise it makes has its detail in the agreement, or a line to fill it in with the team', () => {
    fc.assert(
      fc.property(choices, (picks) => {
        const answers = walk(picks);
        const blocks = blocksOf(answers);
        const blanks = blocks.flatMap((b) => (b.kind === 'teamField' && b.value === undefined ? [b.label] : []));
        const contact = mainContact(answers);
        for (const rule of PROMISES) {
          if (!evaluate(rule.when, answers, FAMILY.question)) continue;
          if (hasDetail(answers, rule.needs)) {
            // The detail is really on the agreement, not only in the answers.
            for (const field of CONTACT_FIELDS)
              if (typeof contact[field] === 'string') expect(shown(blocks)).toContain(contact[field]);
          } else {
            // Its own line, or a line that meets it (a phone number meets "any way to reach you").
            const lines = [rule.needs, ...(COVERED_BY[rule.needs] ?? [])].map(needLabel);
            expect(
              lines.some((line) => blanks.includes(line)),
              `${rule.promise} needs ${rule.needs}`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not ask for "any way to reach you" under a line that already asks for a phone number', () => {
    const answers = {
      'contact-methods': { choices: ['phone'] },
      'update-frequency': { choice: 'weekly' },
    } as Answers;
    const blanks = blocksOf(answers).flatMap((b) => (b.kind === 'teamField' && !b.value ? [b.label] : []));
    expect(blanks).toContain(needLabel('phone'));
    expect(blanks).not.toContain(needLabel('anyContact'));
  });

  it('asks for each missing detail once, however many promises need it', () => {
    const answers = walk(WALK.map(() => ({ skip: false, pick: 0, fields: [] })));
    const both = {
      ...answers,
      'contact-methods': { choices: ['phone', 'text'] },
      'messages-ok': { choice: 'yes' },
      'your-contact-details': { email: 'a@example.com' },
    } as Answers;
    const blanks = blocksOf(both).filter((b) => b.kind === 'teamField' && b.value === undefined);
    expect(blanks.filter((b) => b.kind === 'teamField' && b.label === needLabel('phone'))).toHaveLength(1);
  });

  it('says "Not discussed yet" for a question that waits on one not answered, and nothing for one ruled out', () => {
    const base = { 'who-is-filling-in': { choice: 'family-member' }, 'patient-alive': { choice: 'yes' } } as Answers;
    const notDiscussed = (answers: Answers) =>
      blocksOf(answers).filter((b) => b.kind === 'teamField' && b.value === t('agreement:notDiscussed'));
    // "Who acts for them" follows "can they take part?": not answered, so not discussed yet.
    expect(notDiscussed(base).map((b) => b.kind === 'teamField' && b.label)).toContain(
      t('wizard:questions.acting-for-patient.short'),
    );
    // Answered "yes, they can take part": the follow-up does not apply, and is not listed.
    const canTakePart = { ...base, 'patient-can-take-part': { choice: 'yes' } } as Answers;
    expect(notDiscussed(canTakePart).map((b) => b.kind === 'teamField' && b.label)).not.toContain(
      t('wizard:questions.acting-for-patient.short'),
    );
  });
});
