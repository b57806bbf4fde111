import { describe, expect, it } from 'vitest';
import { buildBlankModel } from '~/core/agreement/build-model';
import { paperNumbers } from '~/core/agreement/paper-questions';
import { evaluate, questionsIn } from '~/core/journey/conditions';
import { questionById } from '~/core/journey/family';
import type { AgreementBlock } from '~/core/agreement/model';
import { agreementInputs } from '../../helpers/agreement-inputs';

type Asked = Extract<AgreementBlock, { kind: 'tickBoxes' | 'writingSpace' }>;
const blocks = buildBlankModel(agreementInputs())
  .sections.flatMap((s) => s.blocks)
  .filter((b): b is Asked & { question: string } => 'question' in b && b.question !== undefined);
const numbers = paperNumbers();
const hintOf = (id: string) => blocks.find((b) => b.question === id)?.hint ?? '';

describe('skip instructions on the blank paper form, made from the conditions the wizard reads', () => {
  const conditional = [...numbers.keys()].filter((id) => questionById(id).showIf);

  it('covers the questions the wizard asks only sometimes', () => {
    expect(conditional).toEqual(
      expect.arrayContaining(['patient-can-take-part', 'acting-for-patient', 'main-contact-details']),
    );
  });

  it.each(conditional)('%s says when to answer it, pointing at the earlier questions that decide it', (id) => {
    const hint = hintOf(id);
    expect(hint).toMatch(/^Only answer this if /);
    for (const decides of questionsIn(questionById(id).showIf!)) {
      const number = numbers.get(decides as never);
      expect({ decides, number, before: number! < numbers.get(id)! }).toEqual({ decides, number, before: true });
      expect(hint).toContain(`question\u00a0${number}`);
    }
  });

  /** Every way the questions that decide it can be answered on paper: one box ticked, or none. */
  function answerings(ids: string[]): Record<string, string | undefined>[] {
    return ids.reduce<Record<string, string | undefined>[]>(
      (sets, id) => {
        const q = questionById(id as never);
        const options = q.type === 'yesNo' ? ['yes', 'no'] : 'options' in q ? [...q.options] : [];
        return sets.flatMap((set) => [undefined, ...options].map((o) => ({ ...set, [id]: o })));
      },
      [{}],
    );
  }

  /** Follows the printed instruction as a person would: which boxes they ticked at which numbered question. */
  function paperSaysAnswer(hint: string, ticked: Record<string, string | undefined>): boolean {
    const line = /^Only answer this if (.+)\.$/m.exec(hint)![1]!;
    return line.split(', and ').every((clause) => {
      const [, verb, options, number] = /^you (did not tick|ticked) “(.+)” at question\u00a0(\d+)$/.exec(clause)!;
      const id = [...numbers].find(([, n]) => n === Number(number))![0];
      const block = blocks.find((b) => b.question === id) as Extract<Asked, { kind: 'tickBoxes' }>;
      const q = questionById(id);
      const all = q.type === 'yesNo' ? ['yes', 'no'] : 'options' in q ? [...q.options] : [];
      const chosen = ticked[id];
      const hit = options!
        .split('” or “')
        .some((label) => chosen !== undefined && block.options[all.indexOf(chosen)] === label);
      return verb === 'ticked' ? hit : !hit;
    });
  }

  it.each(conditional)(
    '%s: the paper and the wizard agree on every way the deciding questions can be answered',
    (id) => {
      const condition = questionById(id).showIf!;
      const deciding = [...new Set(questionsIn(condition))];
      const cases = answerings(deciding);
      expect(cases.length).toBeGreaterThan(1);
      for (const ticked of cases) {
        const answers = Object.fromEntries(
          Object.entries(ticked).map(([q, o]) => [
            q,
            questionById(q as never).type === 'multiChoice' && o ? { choices: [o] } : o,
          ]),
        );
        const screen = evaluate(condition, answers, (q) => questionById(q as never));
        expect({ ticked, asked: paperSaysAnswer(hintOf(id), ticked) }).toEqual({ ticked, asked: screen });
      }
    },
  );

  it('asks nothing else with a condition: every question without one has no instruction', () => {
    const others = blocks.filter((b) => !questionById(b.question as never).showIf);
    expect(others.filter((b) => b.hint?.startsWith('Only answer'))).toEqual([]);
  });

  it('skips the capacity and power of attorney questions when the person has died, as the wizard does', () => {
    const who = numbers.get('who-is-filling-in');
    const died = numbers.get('patient-alive');
    const canTakePart = numbers.get('patient-can-take-part');
    expect(hintOf('patient-can-take-part')).toBe(
      `Only answer this if you did not tick “I am the patient” at question\u00a0${who}, and you did not tick “the person has died” at question\u00a0${died}.\nTick one`,
    );
    expect(hintOf('acting-for-patient')).toContain(
      `you ticked “Partly, or with help” or “No” at question\u00a0${canTakePart}`,
    );
  });

  it('says a follow-up question waits on the answer before it', () => {
    expect(hintOf('action-updates-how-often')).toBe(
      `Only answer this if you ticked “Yes” at question\u00a0${numbers.get('action-updates')}.\nTick one`,
    );
    expect(hintOf('main-contact-details')).toMatch(
      new RegExp(`^Only answer this if you ticked “.+” at question\u00a0${numbers.get('main-contact-who')}\\.$`),
    );
  });
});
