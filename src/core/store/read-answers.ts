import { boundAnswer, isAnswerShape } from '~/core/questions/rules';
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
 * Keeps every answer whose question exists and whose shape is right, within the schema's limits.
 * Anything else is returned in `unreadable`, so the caller can tell the person and keep a copy.
 */
export function readAnswers(input: unknown): ReadAnswers {
  const answers: Record<string, unknown> = {};
  // No prototype, so a saved key such as "__proto__" is kept as data instead of changing the object.
  const unreadable = Object.create(null) as Record<string, unknown>;
  const capped: string[] = [];
  if (!isRecord(input)) return { answers: {}, unreadable: { answers: input }, capped };
  for (const [id, value] of Object.entries(input)) {
    const question = FAMILY.question(id);
    if (question && isAnswerShape(question, value)) {
      const bounded = boundAnswer(question, value);
      answers[id] = bounded.value;
      if (bounded.capped) capped.push(id);
    } else Object.defineProperty(unreadable, id, { value, enumerable: true, writable: true });
  }
  return { answers: answers, unreadable, capped };
}
