import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SUPPORT_NEEDS_IN_VERSION_5 } from '~/core/store/answers-migrations';
import { FAMILY } from '~/core/journey/family';
import '~/core/questions/all-rules';
import { isAnswerShape, validateAnswer, type AnswerValue } from '~/core/questions/rules';
import type { Question } from '~/core/journey/schema';
import saved from '../../fixtures/answers/complete-family.v4.json';

const toVersion5 = MIGRATIONS[4]!;
const upgrade = (answers: unknown, skipped: string[] = [], position?: string) =>
  toVersion5({ schemaVersion: 4, answers, skipped, position }) as {
    answers: Record<string, unknown>;
    skipped: string[];
    position?: string;
  };

describe("support to take part, saved before it was asked in the Accessible Information Standard's terms (4 to 5)", () => {
  it('moves each choice to the question that now asks it, the language staying with the interpreter', () => {
    const { answers } = upgrade(saved.completeFamily);
    expect(answers['support-needs']).toBeUndefined();
    expect(answers['communication-support']).toEqual({
      choices: ['spoken-interpreter'],
      note: 'Polish, for my husband Tomasz',
    });
    expect(answers['other-needs']).toEqual({ choices: ['welsh', 'someone-with-me', 'breaks'] });
    expect(answers['information-formats']).toBeUndefined();

    const other = upgrade(saved.completeFamilyOther).answers;
    expect(other['information-formats']).toEqual({ choices: ['large-print'] });
    expect(other['communication-support']).toEqual({ choices: ['hearing-loop'] });
  });

  it('moves every option the old question had, each to an option the new question has', () => {
    for (const [old, [id, option]] of Object.entries(SUPPORT_NEEDS_IN_VERSION_5)) {
      const question = FAMILY.question(id) as Question & { options: readonly string[] };
      expect(question.options, old).toContain(option);
      const { answers } = upgrade({ 'support-needs': { choices: [old], other: 'A quiet room' } });
      expect((answers[id] as { choices: string[] }).choices, old).toEqual([option]);
    }
  });

  it('keeps "something else" with its words, and gives answers the questions of today accept', () => {
    const { answers } = upgrade({
      'support-needs': {
        choices: ['bsl', 'easy-read', 'other', 'interpreter'],
        other: 'A quiet room',
        note: 'Sylheti',
      },
    });
    expect(answers).toEqual({
      'communication-support': { choices: ['bsl-interpreter', 'spoken-interpreter'], note: 'Sylheti' },
      'information-formats': { choices: ['easy-read'] },
      'other-needs': { choices: ['other'], other: 'A quiet room' },
    });
    for (const [id, value] of Object.entries(answers)) {
      const question = FAMILY.question(id)!;
      expect(isAnswerShape(question, value), id).toBe(true);
      expect(validateAnswer(question, value as AnswerValue), id).toEqual([]);
    }
  });

  it('does not assume "none" for needs the person was never asked about', () => {
    const { answers } = upgrade({ 'support-needs': { choices: ['none'] } });
    expect(answers).toEqual({ 'other-needs': { choices: ['none'] } });
  });

  it('keeps a language saved without its tick as a spoken-language interpreter', () => {
    const { answers } = upgrade({ 'support-needs': { choices: [], note: 'Mirpuri' } });
    expect(answers['communication-support']).toEqual({ choices: ['spoken-interpreter'], note: 'Mirpuri' });
  });

  it('keeps "I\'d rather not answer now" on each new question, and a place saved there on the first', () => {
    const moved = upgrade({}, ['support-needs', 'what-happened'], 'support-needs');
    expect(moved.skipped).toEqual(['what-happened', 'information-formats', 'communication-support', 'other-needs']);
    expect(moved.position).toBe('information-formats');
    expect(upgrade({}, [], 'avoid-upset').position).toBe('avoid-upset');
  });
});
