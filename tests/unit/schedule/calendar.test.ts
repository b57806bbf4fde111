import { describe, expect, it } from 'vitest';
import { calendarText, eventUid } from '~/core/schedule/calendar';
import { readCalendar } from '../../helpers/ics';

describe('calendar files', () => {
  it('hold all-day events with plain titles, stable UIDs and no alarms, and parse back with ical.js', async () => {
    const text = await calendarText([
      {
        uid: eventUid('next-update', '2026-12-09'),
        date: '2026-12-09',
        title: 'Update due from the investigation team',
      },
      { uid: eventUid('comments-due'), date: '2027-02-28', title: 'Comments on the draft report due' },
    ]);
    const calendar = readCalendar(text);
    expect(calendar.version).toBe('2.0');
    expect(calendar.prodId).toBe('-//Learn Together Wizard//EN');
    expect(calendar.events).toEqual([
      {
        uid: 'next-update-2026-12-09@learn-together-wizard',
        summary: 'Update due from the investigation team',
        description: null,
        start: '2026-12-09',
        end: '2026-12-10',
        allDay: true,
        alarms: 0,
        transp: 'TRANSPARENT',
      },
      {
        uid: 'comments-due@learn-together-wizard',
        summary: 'Comments on the draft report due',
        description: null,
        start: '2027-02-28',
        end: '2027-03-01',
        allDay: true,
        alarms: 0,
        transp: 'TRANSPARENT',
      },
    ]);
    // Written out too: a parser may fill in a missing end by itself (one day after an all-day start).
    expect(text).toMatch(/^DTSTART;VALUE=DATE:20261209\r?$/m);
    expect(text).toMatch(/^DTEND;VALUE=DATE:20261210\r?$/m);
    expect(text).not.toMatch(/BEGIN:VALARM/);
  });

  it('keeps what the person typed as text: commas, semicolons, new lines and accents survive the round trip', async () => {
    const title = 'Meeting; with Siân, Dŵr & the team\nsecond line';
    const [event] = readCalendar(
      await calendarText([
        { uid: eventUid('case-1234', 'draft-shared'), date: '2028-02-29', title, description: 'PSII-2026-0142' },
      ]),
    ).events;
    expect(event).toMatchObject({
      summary: title,
      description: 'PSII-2026-0142',
      start: '2028-02-29',
      end: '2028-03-01',
    });
  });

  it('makes UIDs from safe characters only', () => {
    expect(eventUid('case 1/2', 'first-contact')).toBe('case-1-2-first-contact@learn-together-wizard');
  });
});
