import { calendarText, type CalendarEvent } from '~/core/schedule/calendar';
import { downloadFile } from './download-file';

/** Makes an .ics file on this device and starts its download; the calendar code loads only now. */
export async function downloadCalendar(name: string, events: readonly CalendarEvent[]): Promise<void> {
  downloadFile(`${name}.ics`, await calendarText(events), 'text/calendar');
}

/** A file name from words in any language: "Cyfarfod i drafod y canfyddiadau" -> "cyfarfod-i-drafod-y-canfyddiadau". */
export const fileSlug = (words: string): string =>
  words
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
