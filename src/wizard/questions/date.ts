import type { DateAnswer } from '../schema/types';
import type { FieldError, QuestionBehaviour } from './shared';
import { isRecord, trimmed } from './shared';

const digits = (value: string | undefined) => trimmed(value).replace(/\s+/g, '');

/** Whole numbers only; people type "03" or " 3 " and both mean 3. */
const asNumber = (value: string) => (/^\d+$/.test(value) ? Number(value) : NaN);

function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date an answer names, or undefined when it does not name one. Day defaults to 1 for "March 2026". */
export function toCalendarDate(value: DateAnswer): { day?: number; month?: number; year: number } | undefined {
  const year = asNumber(digits(value.year));
  if (!Number.isInteger(year)) return undefined;
  const month = digits(value.month) ? asNumber(digits(value.month)) : undefined;
  const day = digits(value.day) ? asNumber(digits(value.day)) : undefined;
  return { year, month, day };
}

export const date: QuestionBehaviour<'date'> & {
  validateAt(q: { allowFuture?: boolean; required?: boolean }, v: DateAnswer | undefined, now: Date): FieldError[];
} = {
  isShape: (value): value is DateAnswer =>
    isRecord(value) &&
    ['day', 'month', 'year'].every((k) => value[k] === undefined || typeof value[k] === 'string') &&
    (value.approximate === undefined || typeof value.approximate === 'boolean'),
  isAnswered: (value) => Boolean(value && (digits(value.day) || digits(value.month) || digits(value.year))),
  validate: (question, value) => date.validateAt(question, value, new Date()),
  validateAt: (question, value, now) => {
    if (!date.isAnswered(value)) return question.required ? [{ field: 'month', code: 'required' }] : [];
    const day = digits(value!.day);
    const month = digits(value!.month);
    const year = digits(value!.year);
    if (!year) return [{ field: 'year', code: 'missingYear' }];
    if (!/^\d{4}$/.test(year)) return [{ field: 'year', code: 'yearFormat' }];
    if (day && !month) return [{ field: 'month', code: 'missingMonth' }];
    const m = month ? asNumber(month) : undefined;
    if (m !== undefined && !(m >= 1 && m <= 12)) return [{ field: 'month', code: 'monthRange' }];
    const y = asNumber(year);
    if (y < 1900) return [{ field: 'year', code: 'tooEarly' }];
    if (day) {
      const d = asNumber(day);
      if (!(d >= 1 && d <= daysInMonth(m!, y))) return [{ field: 'day', code: 'dayRange' }];
    }
    if (!question.allowFuture) {
      const earliestMeant = new Date(Date.UTC(y, (m ?? 1) - 1, day ? asNumber(day) : 1));
      if (earliestMeant.getTime() > now.getTime()) return [{ field: month ? 'month' : 'year', code: 'inFuture' }];
    }
    return [];
  },
  normalise: (value) => {
    if (!date.isAnswered(value)) return undefined;
    const out: DateAnswer = {};
    const day = digits(value.day);
    const month = digits(value.month);
    const year = digits(value.year);
    if (day) out.day = String(Number(day));
    if (month) out.month = String(Number(month));
    if (year) out.year = year;
    // No day means the person gave a month or a year: treat that as approximate.
    if (value.approximate || !day) out.approximate = true;
    return out;
  },
};
