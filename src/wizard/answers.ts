import { ALL_QUESTIONS, questionById, type Answers } from './schema';
import { isAnswerShape } from './questions';

/**
 * Keeps every answer whose question exists and whose shape is right. Anything else is returned in
 * `unreadable` (not thrown away silently) so the caller can tell the person and keep a copy.
 */
export function sanitiseAnswers(input: unknown): { answers: Answers; unreadable: Record<string, unknown> } {
  const answers: Answers = {};
  // No prototype, so a saved key such as "__proto__" is kept as data instead of changing the object.
  const unreadable: Record<string, unknown> = Object.create(null);
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { answers, unreadable: { answers: input } };
  for (const [id, value] of Object.entries(input)) {
    const question = questionById(id);
    if (question && isAnswerShape(question, value)) answers[id] = value;
    else Object.defineProperty(unreadable, id, { value, enumerable: true, writable: true });
  }
  return { answers, unreadable };
}

export const QUESTION_IDS: readonly string[] = ALL_QUESTIONS.map((q) => q.id);
