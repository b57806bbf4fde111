import type { DateAnswer } from '~/core/questions/date/rules';

/*
 * Calendar days as 'YYYY-MM-DD' text. A due date is a day on the person's own calendar, not an instant:
 * "today" is read from the device's local clock, and all arithmetic is done on the day numbers (in UTC,
 * where no day is 23 or 25 hours long), so summer time never moves a date.
 */

/** 'YYYY-MM-DD'. */
export type IsoDay = string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const toIso = (date: Date): IsoDay =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** The day of a real calendar date, or undefined (31 April, month 13, a year before 1900). */
export function isoDay(year: number, month: number, day: number): IsoDay | undefined {
  if (![year, month, day].every(Number.isInteger) || year < 1900 || year > 9999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? toIso(date) : undefined;
}

/** The text back as a day, when it is one. */
export function parseIsoDay(text: unknown): IsoDay | undefined {
  const match = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  return match ? isoDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** Today on this device's own calendar (local time, not UTC: just after midnight in London is still the day before in UTC in summer). */
export const localToday = (now: Date): IsoDay => isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate())!;

const parts = (day: IsoDay) => day.split('-').map(Number) as [number, number, number];

/** The day `days` after this one. */
export function addDays(day: IsoDay, days: number): IsoDay {
  const [y, m, d] = parts(day);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return toIso(date);
}

/**
 * The same day next month, or that month's last day when it has fewer days.
 * @example addMonth('2027-01-31') === '2027-02-28'; addMonth('2028-01-31') === '2028-02-29'
 */
export function addMonth(day: IsoDay): IsoDay {
  const [y, m, d] = parts(day);
  const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
  const last = new Date(Date.UTC(next.y, next.m, 0)).getUTCDate();
  return isoDay(next.y, next.m, Math.min(d, last))!;
}

/**
 * A date answer as a day, only when it names one exactly: "around March 2026", a month without a day,
 * "not sure" or "not yet" is no day to count from or to put in a calendar.
 */
export function dayOfAnswer(answer: DateAnswer | undefined): IsoDay | undefined {
  if (!answer || answer.notYet || answer.approximate) return undefined;
  const number = (text: string | undefined) => (text && /^\d{1,4}$/.test(text.trim()) ? Number(text) : NaN);
  return isoDay(number(answer.year), number(answer.month), number(answer.day));
}

/** The day as a Date at noon UTC, for formatting with timeZone 'UTC' (never shifts a day). */
export const dayAsDate = (day: IsoDay): Date => {
  const [y, m, d] = parts(day);
  return new Date(Date.UTC(y, m - 1, d, 12));
};
