import { dateFormat } from '~/core/text/text';
import { isRecord } from '~/core/is-record';
import { errorMessageOf } from '~/core/questions/shared';
import { monthNumber } from './month-names';
import type { FieldError, QuestionBase, TypeRules, Translate } from '~/core/questions/base';

export interface DateQuestionSpec extends QuestionBase<'date'> {
  /** Dates still to come (a meeting, a deadline) are allowed. */
  allowFuture?: boolean;
  /** Offer "Not yet": for things that may not have happened yet, such as receiving the draft report. */
  notYet?: true;
}
export interface DateAnswer {
  day?: string;
  month?: string;
  year?: string;
  /** "Around March 2026": the person is not sure of the exact date. */
  approximate?: boolean;
  /** It has not happened yet. */
  notYet?: boolean;
}

const PARTS = ['day', 'month', 'year'] as const;
type Part = (typeof PARTS)[number];
/** "Ngorffennaf" (July, after "yng") is the longest month name, at 11 letters. */
const MAX_LENGTH: Record<Part, number> = { day: 4, month: 12, year: 4 };
const digits = (value: string | undefined) => (value ?? '').replace(/\s+/g, '');
/** Whole numbers only; people type "03" or " 3 " and both mean 3. */
const asNumber = (value: string) => (/^\d+$/.test(value) ? Number(value) : NaN);
const daysInMonth = (month: number, year: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const hasDate = (value: DateAnswer | undefined) => Boolean(value && PARTS.some((p) => digits(value[p])));

/** Every reason the date rules give for a date they cannot take. */
export type DateErrorCode =
  'missingYear' | 'yearFormat' | 'missingMonth' | 'monthRange' | 'tooEarly' | 'dayRange' | 'inFuture';

/** A problem with a date: one message, on the part (day, month or year) that is wrong. */
export type DateError = FieldError & { code: DateErrorCode };

/** The problems with a date, as GOV.UK words them: one message, on the part that is wrong. */
export function dateErrors(value: DateAnswer, allowFuture: boolean, now: Date): DateError[] {
  const day = digits(value.day);
  const month = digits(value.month);
  const year = digits(value.year);
  if (!year) return [{ field: 'year', code: 'missingYear' }];
  if (!/^\d{4}$/.test(year)) return [{ field: 'year', code: 'yearFormat' }];
  if (day && !month) return [{ field: 'month', code: 'missingMonth' }];
  const m = month ? monthNumber(month) : undefined;
  if (m !== undefined && Number.isNaN(m)) return [{ field: 'month', code: 'monthRange' }];
  const y = asNumber(year);
  if (y < 1900) return [{ field: 'year', code: 'tooEarly' }];
  const d = day ? asNumber(day) : undefined;
  if (d !== undefined && !(d >= 1 && d <= daysInMonth(m!, y))) return [{ field: 'day', code: 'dayRange' }];
  if (!allowFuture) {
    const earliestMeant = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
    if (earliestMeant > now.getTime()) return [{ field: day ? 'day' : month ? 'month' : 'year', code: 'inFuture' }];
  }
  return [];
}

export function normaliseDate(value: DateAnswer): DateAnswer | undefined {
  if (value.notYet) return { notYet: true };
  if (!hasDate(value)) return undefined;
  const out: DateAnswer = {};
  for (const part of PARTS) {
    const entry = digits(value[part]);
    if (entry) out[part] = part === 'year' ? entry : String(part === 'month' ? monthNumber(entry) : Number(entry));
  }
  // No day means the person gave a month or a year: treat that as approximate.
  if (value.approximate || !out.day) out.approximate = true;
  return out;
}

/** "12 March 2026", "around March 2026" when the person was not sure, or "Not yet". */
export function formatDate(value: DateAnswer, t: Translate, locale: string): string {
  if (value.notYet) return t('ui:values.notYet');
  const m = Number(value.month);
  const month =
    m >= 1 && m <= 12
      ? dateFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2020, m - 1, 1)))
      : undefined;
  const text = [value.day, month, value.year].filter(Boolean).join(' ');
  return value.approximate ? t('ui:values.around', { date: text }) : text;
}

export const isDateShape = (value: unknown): value is DateAnswer =>
  isRecord(value) &&
  PARTS.every((k) => value[k] === undefined || typeof value[k] === 'string') &&
  (value.approximate === undefined || typeof value.approximate === 'boolean') &&
  (value.notYet === undefined || typeof value.notYet === 'boolean');

export const dateRules: TypeRules<DateQuestionSpec, DateAnswer> = {
  isShape: isDateShape,
  isAnswered: (value) => Boolean(value?.notYet) || hasDate(value),
  validate: (question, value, now) => {
    if (value?.notYet) return question.notYet ? [] : [{ field: '', code: 'unknownOption' }];
    if (!hasDate(value)) return question.required ? [{ field: '', code: 'required' }] : [];
    return dateErrors(value!, Boolean(question.allowFuture), now);
  },
  normalise: (_question, value) => normaliseDate(value),
  bound: (_question, value) => {
    // Parts longer than a date can be are not a date: the year's four digits, a month's longest name.
    const capped = PARTS.some((p) => (value[p]?.length ?? 0) > MAX_LENGTH[p]);
    if (!capped) return { value, capped };
    return {
      value: Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, MAX_LENGTH[k as Part] ?? 4) : v]),
      ),
      capped,
    };
  },
  describe: (_question, value, words) => ({ kind: 'text', text: formatDate(value, words.t, words.locale) }),
  errorTarget: (question, field) => `${question.id}-${field || 'day'}`,
  errorMessage: errorMessageOf({ required: 'date.required' }),
};
