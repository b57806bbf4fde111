import type { AnswerByType, Question, QuestionOfType, QuestionType } from '../schema/types';

/** An error found on Continue: which field, and a code the UI turns into words (errors.<type>.<code>). */
export interface FieldError {
  /** The input's id suffix ('' for the whole question, 'day', 'email', 'item-2'...). */
  field: string;
  code: string;
  /** Values for the message, such as { max: 5000 }. */
  params?: Record<string, string | number>;
}

/** What each question type knows about its answers. One module per type, one registry: nothing forgotten. */
export interface QuestionBehaviour<T extends QuestionType> {
  /** True when a stored value has the right shape for this type (used when loading saved data). */
  isShape(value: unknown): value is AnswerByType[T];
  /** Empty, whitespace-only and "nothing chosen" count as not answered. */
  isAnswered(value: AnswerByType[T] | undefined): boolean;
  /** Problems with a submitted answer; required-ness is checked here too. */
  validate(question: QuestionOfType<T>, value: AnswerByType[T] | undefined): FieldError[];
  /** Trims and drops empty parts before the answer is stored. */
  normalise(value: AnswerByType[T]): AnswerByType[T] | undefined;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isStringRecord = (value: unknown): value is Record<string, string> =>
  isRecord(value) && Object.values(value).every((v) => typeof v === 'string');

export function requiredError(question: Question, answered: boolean): FieldError[] {
  return question.required && !answered ? [{ field: '', code: 'required' }] : [];
}

export function lengthError(field: string, value: string | undefined, max: number): FieldError[] {
  return value !== undefined && value.length > max
    ? [{ field, code: 'tooLong', params: { max, over: value.length - max } }]
    : [];
}

export const trimmed = (value: string | undefined) => (value ?? '').trim();
