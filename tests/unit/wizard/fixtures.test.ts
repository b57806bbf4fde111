import { describe, expect, it } from 'vitest';
import { ALL_QUESTIONS, ALL_STEPS, type Answers, type AnswerValue, type Condition } from '~/core/journey/schema';
import { isAnswered, validateAnswer } from '~/core/questions/rules';
import { FAMILY } from '~/core/journey/family';

const questionById = (id: string) => FAMILY.question(id);
import { completeFamily, completeFamilyOther } from '../../fixtures/answers/complete-family';
import { hostile, LONG_URL } from '../../fixtures/answers/hostile';
import { minimal } from '../../fixtures/answers/minimal';

const FIXTURES: Record<string, Answers> = { completeFamily, completeFamilyOther, hostile, minimal };

// A small evaluator of our own, so the fixtures are checked against the schema and not against the code under test.
// A choice "equals" its chosen option; a multi-choice equals an option only when that is the one thing chosen.
function matches(answer: AnswerValue | undefined, option: string): boolean {
  if (typeof answer === 'string') return answer === option;
  if (answer && 'choice' in answer) return answer.choice === option;
  if (answer && 'choices' in answer) return answer.choices.length === 1 && answer.choices[0] === option;
  return false;
}

function holds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const answer = (answers as Record<string, AnswerValue>)[condition.question];
  const question = questionById(condition.question)!;
  if ('answered' in condition) return answer !== undefined && isAnswered(question, answer);
  if ('equals' in condition) return matches(answer, condition.equals);
  return Boolean(
    answer && typeof answer === 'object' && 'choices' in answer && answer.choices.includes(condition.includes),
  );
}

const applicableIds = (answers: Answers) =>
  ALL_STEPS.filter((q) => q.type !== 'notice' && (!q.showIf || holds(q.showIf, answers))).map((q) => q.id);

describe.each(Object.entries(FIXTURES))('the %s fixture', (_name, answers) => {
  it('uses only real question ids', () => {
    expect(Object.keys(answers).filter((id) => !questionById(id))).toEqual([]);
  });

  it('gives answers that pass validation for their question', () => {
    const problems = Object.entries(answers).flatMap(([id, value]) =>
      validateAnswer(questionById(id)!, value, new Date('2026-11-23T12:00:00Z')).map(
        (error) => `${id}: ${error.field} ${error.code}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe.each([
  ['completeFamily', completeFamily],
  ['completeFamilyOther', completeFamilyOther],
] as const)('the %s story', (_name, answers) => {
  it('answers every question that applies to it', () => {
    const unanswered = applicableIds(answers).filter((id) => {
      const value = (answers as Record<string, AnswerValue>)[id];
      return value === undefined || !isAnswered(questionById(id)!, value);
    });
    expect(unanswered).toEqual([]);
  });

  it('answers no question that its own answers hide', () => {
    const applicable = new Set(applicableIds(answers));
    expect(Object.keys(answers).filter((id) => !applicable.has(id))).toEqual([]);
  });
});

describe('the complete stories together', () => {
  it('answer every question in the schema, so each branch is exercised somewhere', () => {
    const answered = new Set([...Object.keys(completeFamily), ...Object.keys(completeFamilyOther)]);
    expect(ALL_QUESTIONS.map((q) => q.id).filter((id) => !answered.has(id))).toEqual([]);
  });

  it('tell a bereaved parent story: Siân, mother of Rhys, who has died', () => {
    expect(completeFamily['your-name']).toBe('Siân Dŵr');
    expect(completeFamily['patient-name']).toBe('Rhys');
    expect(completeFamily.relationship).toEqual({ choice: 'parent' });
    expect(completeFamily['patient-alive']).toEqual({ choice: 'no' });
  });
});

describe('the hostile fixture', () => {
  const whatHappened = hostile['what-happened'];

  it('has a what-happened answer of exactly 20,000 characters, at the limit', () => {
    expect(whatHappened).toHaveLength(20_000);
    expect([...whatHappened]).toHaveLength(20_000);
    expect(whatHappened.trim()).toBe(whatHappened);
  });

  it('has very long unbroken tokens, including a 300-character web address', () => {
    expect(LONG_URL).toHaveLength(300);
    expect(LONG_URL).not.toMatch(/\s/);
    expect(whatHappened).toContain(LONG_URL);
    expect(Math.max(...whatHappened.split(/\s+/).map((word) => word.length))).toBeGreaterThanOrEqual(300);
  });

  it('fills lists to their maximum: 30 family questions and 50 timeline entries', () => {
    expect(hostile['family-questions'].items).toHaveLength(30);
    expect(hostile.timeline.entries).toHaveLength(50);
  });

  it('carries markup, emoji, right-to-left, Welsh and Polish text', () => {
    const all = JSON.stringify(hostile);
    expect(hostile['your-name']).toBe('<script>alert(1)</script>');
    for (const needle of ['👨‍👩‍👧', '🙂', 'ŵ', 'ŷ', 'Ŵ', 'Ŷ', ...'ąęłńśźż']) expect(all).toContain(needle);
    expect(all).toMatch(/[\u0600-\u06FF]/); // Arabic
    expect(all).toMatch(/[\u0590-\u05FF]/); // Hebrew
    const withEmoji = Object.values(hostile).filter((value) => JSON.stringify(value).includes('🙂'));
    expect(withEmoji.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the minimal fixture', () => {
  it('holds only who is filling in and their name', () => {
    expect(Object.keys(minimal).sort()).toEqual(['who-is-filling-in', 'your-name']);
  });
});
