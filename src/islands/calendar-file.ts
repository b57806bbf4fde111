import { calendarText, type CalendarEvent } from '../schedule/calendar';
import { downloadFile } from './download-file';

/** Makes an .ics file on this device and starts its download; the calendar code loads only now. */
export async function downloadCalendar(name: string, events: readonly CalendarEvent[]): Promise<void> {
  downloadFile(`${name}.ics`, await calendarText(events), 'text/calendar');
}
