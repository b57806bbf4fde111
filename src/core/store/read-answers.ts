import { boundAnswer, isAnswerShape, validateAnswer, type AnswerValue, type Question } from '~/core/questions/rules';
import type { ErrorCode } from '~/core/questions/base';
import type { Answers } from '~/core/journey/schema';
import { FAMILY } from '~/core/journey/family';
import { isRecord } from '~/core/is-record';

export interface ReadAnswers {
  answers: Answers;
  /** Answers that could not be read, by question id, kept as they were: shown to the person, never dropped silently. */
  unreadable: Record<string, unknown>;
  /** Questions whose saved answer was longer than the schema allows and was cut to fit. */
  capped: string[];
}

/**
 * Problems that mean a saved value of the right shape still cannot be an answer: a choice that is not one
 * of the options, an impossible date (31 February). Only the question's own value counts (a log's entries
 * are checked when the person continues), so one bad entry never hides the rest.
 */
const IMPOSSIBLE: ReadonlySet<ErrorCode> = new Set([
  'unknownOption',
  'exclusive',
  'yearFormat',
  'missingMonth',
  'monthRange',
  'dayRange',
  'tooEarly',
]);
const QUESTION_FIELDS = new Set(['', 'day', 'month', 'year']);
const usable = (question: Question, value: AnswerValue) =>
  !validateAnswer(question, value, new Date()).some(
    (error) => IMPOSSIBLE.has(error.code) && QUESTION_FIELDS.has(error.field),
  );

/**
 * Keeps every answer whose question exists and whose shape is right, within the schema's limits.
 * Anything else, including a value no answer could have, is returned in `unreadable`, so the caller can tell
 * the person, keep a copy and ask again.
 */
export function readAnswers(input: unknown): ReadAnswers {
  const answers: Record<string, unknown> = {};
  // No prototype, so a saved key such as "__proto__" is kept as data instead of changing the object.
  const unreadable = Object.create(null) as Record<string, unknown>;
  const capped: string[] = [];
  if (!isRecord(input)) return { answers: {}, unreadable: { answers: input }, capped };
  for (const [id, value] of Object.entries(input)) {
    const question = FAMILY.question(id);
    if (question && isAnswerShape(question, value) && usable(question, value)) {
      const bounded = boundAnswer(question, value);
      answers[id] = bounded.value;
      if (bounded.capped) capped.push(id);
    } else Object.defineProperty(unreadable, id, { value, enumerable: true, writable: true });
  }
  return { answers: answers, unreadable, capped };
}
