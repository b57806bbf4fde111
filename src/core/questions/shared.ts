import { characterCount, cleanText, truncateCharacters } from '~/core/text/text';
import type { ErrorWording, FieldError, QuestionBase } from './base';

export function requiredError(question: QuestionBase, answered: boolean): FieldError[] {
  return question.required && !answered ? [{ field: '', code: 'required' }] : [];
}

/** Too long, counted as a person counts characters (WCAG: the count they see is the count we check). */
export function lengthError(field: string, value: string | undefined, max: number): FieldError[] {
  if (value === undefined) return [];
  const length = characterCount(value);
  return length > max ? [{ field, code: 'tooLong', params: { max, over: length - max } }] : [];
}

/** Text capped at `max` characters, and whether it had to be. */
export function boundText(text: string, max: number): { value: string; capped: boolean } {
  const value = truncateCharacters(text, max);
  return { value, capped: value !== text };
}

/** Error keys: a type's own wording (errors.<type>.<code>) where it has one, else the shared errors.<code>. */
export function errorMessageOf(type: string, ownCodes: readonly string[]) {
  return (_question: unknown, error: FieldError): ErrorWording => ({
    key: ownCodes.includes(error.code) ? `${type}.${error.code}` : error.code,
    params: error.params,
  });
}

export { cleanText };

/** The most options, items or characters anything may hold where the schema sets no limit. */
export const OTHER_DETAIL_MAX = 500;
