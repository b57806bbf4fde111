import { addDays, type IsoDay } from './days';

/*
 * Calendar files (.ics) made on the device. Each event is a whole day with a plain title: a calendar
 * may sync to a work account or show on a lock screen, so titles say what is due and nothing private
 * (no names, no health details), beyond what the person typed themselves. No alarms: the person's own
 * calendar decides whether to remind them. The `ics` package is loaded only when a file is made.
 */

export interface CalendarEvent {
  /** The same for the same event every time it is downloaded, so adding it again does not duplicate it. */
  uid: string;
  date: IsoDay;
  title: string;
  description?: string;
}

const UID_DOMAIN = 'learn-together-wizard';

/** A stable UID from what the event is (and, for a date that moves, which date it is). */
export const eventUid = (...parts: string[]) =>
  `${parts.map((p) => p.replace(/[^A-Za-z0-9-]/g, '-')).join('-')}@${UID_DOMAIN}`;

const dayParts = (day: IsoDay) => day.split('-').map(Number) as [number, number, number];

/** The text of an .ics file holding these all-day events. */
export async function calendarText(events: readonly CalendarEvent[]): Promise<string> {
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(
    events.map((event) => ({
      uid: event.uid,
      title: event.title,
      ...(event.description ? { description: event.description } : {}),
      start: dayParts(event.date),
      // All-day events end on the next day (DTEND is exclusive), which is how calendars read one day.
      end: dayParts(addDays(event.date, 1)),
      // A reminder of a date, not a meeting: the day stays free in a work calendar.
      busyStatus: 'FREE' as const,
      transp: 'TRANSPARENT' as const,
    })),
    { productId: '-//Learn Together Wizard//EN' },
  );
  if (error || !value) throw error ?? new Error('The calendar file could not be made');
  return value;
}
