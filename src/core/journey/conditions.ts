import { isAnswered } from '~/core/questions/rules';
import type { Condition } from '~/core/journey/schema/condition';
import type { AnswerValue, Question } from '~/core/journey/schema/types';

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

/**
 * What a condition written by hand (in a data file a trust edits) gets wrong: a question that does not
 * exist, or an option that question does not have. The schema's own conditions are checked at
 * compile time instead (schema/checks.ts); this is the same rule for YAML.
 */
export function conditionProblems(condition: Condition, questions: (id: string) => Question | undefined): string[] {
  if ('all' in condition) return condition.all.flatMap((c) => conditionProblems(c, questions));
  if ('any' in condition) return condition.any.flatMap((c) => conditionProblems(c, questions));
  if ('not' in condition) return conditionProblems(condition.not, questions);
  const question = questions(condition.question);
  if (!question) return [`no question "${condition.question}"`];
  const option = 'equals' in condition ? condition.equals : 'includes' in condition ? condition.includes : undefined;
  if (option === undefined) return [];
  const options = question.type === 'yesNo' ? ['yes', 'no'] : 'options' in question ? question.options : [];
  return options.includes(option) ? [] : [`${question.id}: no option "${option}"`];
}
