import { characterCount, cleanText, truncateCharacters } from '~/core/text/text';
import type { ErrorCode, ErrorWording, FieldError, QuestionBase } from './base';
import type { KeysUnder } from '~/core/words/translate';

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

/** Each error's words in the "errors" namespace: shared where more than one type can have it. */
export const ERROR_WORDS = {
  required: 'required',
  unreadable: 'unreadable',
  unknownOption: 'unknownOption',
  tooLong: 'tooLong',
  tooMany: 'tooMany',
  phoneFormat: 'phoneFormat',
  emailFormat: 'emailFormat',
  exclusive: 'multiChoice.exclusive',
  missingYear: 'date.missingYear',
  yearFormat: 'date.yearFormat',
  missingMonth: 'date.missingMonth',
  monthRange: 'date.monthRange',
  dayRange: 'date.dayRange',
  tooEarly: 'date.tooEarly',
  inFuture: 'date.inFuture',
  nameMissing: 'people.nameMissing',
  noteMissing: 'log.noteMissing',
  rowMissing: 'comments.missing',
} as const satisfies Record<ErrorCode, KeysUnder<'errors:'>>;

/** Error keys: a type's own wording where it has one (by code), else the shared one. */
export function errorMessageOf(own: Partial<Record<ErrorCode, KeysUnder<'errors:'>>> = {}) {
  return (_question: unknown, error: FieldError): ErrorWording => ({
    key: own[error.code] ?? ERROR_WORDS[error.code],
    params: error.params,
  });
}

export { cleanText };

/** The most options, items or characters anything may hold where the schema sets no limit. */
export const OTHER_DETAIL_MAX = 500;
