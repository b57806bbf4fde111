import { isAnswered } from '../question-types/rules';
import type { Condition } from './schema/condition';
import type { AnswerValue, Question } from './schema/types';

type AnswerMap = Readonly<Record<string, AnswerValue | undefined>>;

/** Does an answer hold this option? Works for single choice, multiple choice and yes/no alike. */
function holds(value: AnswerValue | undefined, option: string): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value === option;
  if ('choice' in value) return value.choice === option;
  if ('choices' in value) return value.choices.includes(option);
  return false;
}

/**
 * Evaluates a condition against answers: the one evaluator for the journey, the machine, wording
 * variants and the agreement's paragraphs. `questions` finds a question by id (for "answered").
 */
export function evaluate(
  condition: Condition,
  answers: AnswerMap,
  questions: (id: string) => Question | undefined,
): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers, questions));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers, questions));
  if ('not' in condition) return !evaluate(condition.not, answers, questions);
  const value = answers[condition.question];
  if ('equals' in condition) return holds(value, condition.equals);
  if ('includes' in condition) return holds(value, condition.includes);
  const question = questions(condition.question);
  return question !== undefined && isAnswered(question, value);
}

/** Every question id a condition reads. */
export function questionsIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsIn);
  if ('any' in condition) return condition.any.flatMap(questionsIn);
  if ('not' in condition) return questionsIn(condition.not);
  return [condition.question];
}
