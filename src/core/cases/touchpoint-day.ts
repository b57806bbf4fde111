import { dateErrors, type DateAnswer, type DateErrorCode } from '~/core/questions/date/rules';
import { monthNumber } from '~/core/questions/date/month-names';
import { isoDay, localToday, parseIsoDay, type IsoDay } from '~/core/schedule/days';

/** Why a touchpoint's day, month and year are not a day to keep: the date rules' reasons, and a missing day. */
export interface TouchpointDateError {
  /** The box the problem is in: day, month or year. */
  field: string;
  code: DateErrorCode | 'missingDay' | 'missingDayAndMonth';
}

/** A kept day ('2026-03-20') as the three boxes show it (20, 3, 2026); empty boxes for none. */
export function touchpointBoxes(day: string | undefined): DateAnswer {
  const iso = parseIsoDay(day);
  if (!iso) return {};
  const [year, month, date] = iso.split('-');
  return { day: String(Number(date)), month: String(Number(month)), year: year! };
}

/**
 * The day typed in the three boxes, checked as GOV.UK words it: a touchpoint is a moment that has
 * happened, so it needs a whole date, not after today on this device's calendar. Empty boxes clear it.
 */
export function touchpointDay(
  value: DateAnswer,
  now: Date,
): { ok: true; day: IsoDay | undefined } | { ok: false; error: TouchpointDateError } {
  const typed = (part: string | undefined) => (part ?? '').replace(/\s+/g, '');
  if (!typed(value.day) && !typed(value.month) && !typed(value.year)) return { ok: true, day: undefined };
  const [problem] = dateErrors(value, true, now);
  if (problem) return { ok: false, error: problem };
  if (!typed(value.day))
    return { ok: false, error: { field: 'day', code: typed(value.month) ? 'missingDay' : 'missingDayAndMonth' } };
  const day = isoDay(Number(typed(value.year)), monthNumber(typed(value.month)), Number(typed(value.day)));
  if (!day) return { ok: false, error: { field: 'day', code: 'dayRange' } };
  if (day > localToday(now)) return { ok: false, error: { field: 'day', code: 'inFuture' } };
  return { ok: true, day };
}
