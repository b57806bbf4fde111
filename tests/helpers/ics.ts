import ICAL from 'ical.js';

export interface ReadEvent {
  uid: string;
  summary: string;
  description: string | null;
  /** 'YYYY-MM-DD' */
  start: string;
  end: string;
  allDay: boolean;
  alarms: number;
  transp: string | null;
}

/** Reads an .ics file with a real parser (ical.js): it throws on text that is not iCalendar. */
export function readCalendar(text: string): { prodId: string | null; version: string | null; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  if (calendar.name !== 'vcalendar') throw new Error(`Not a calendar: ${calendar.name}`);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? null,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      alarms: component.getAllSubcomponents('valarm').length,
      transp: (component.getFirstPropertyValue('transp') as string | null) ?? null,
    };
  });
  return {
    prodId: calendar.getFirstPropertyValue('prodid') as string | null,
    version: calendar.getFirstPropertyValue('version') as string | null,
    events,
  };
}
