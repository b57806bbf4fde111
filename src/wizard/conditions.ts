import type { AnswerValue, Answers, Condition } from './schema/types';
import { questionById } from './schema';
import { isAnswered } from './questions';

/** Does an answer hold this option? Works for single choice, multi choice and yes/no alike. */
function holds(value: AnswerValue | undefined, option: string): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value === option;
  if ('choice' in value) return value.choice === option;
  if ('choices' in value) return value.choices.includes(option);
  return false;
}

/** Evaluates a showIf condition against answers; the one evaluator for guards, journey and pages. */
export function evaluate(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers));
  const value = answers[condition.question];
  if ('equals' in condition) return holds(value, condition.equals);
  if ('notEquals' in condition) return !holds(value, condition.notEquals);
  if ('includes' in condition) return holds(value, condition.includes);
  const question = questionById(condition.question);
  return question !== undefined && isAnswered(question, value);
}

/** Every question id a condition reads. */
export function questionsIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsIn);
  if ('any' in condition) return condition.any.flatMap(questionsIn);
  return [condition.question];
}
