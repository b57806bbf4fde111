import { useState } from 'preact/hooks';
import { dateFormat } from '~/core/text/text';
import { dayAsDate, type IsoDay } from '~/core/schedule/days';
import type { CalendarEvent } from '~/core/schedule/calendar';

export interface DatedItem {
  uid: string;
  date: IsoDay;
  /** What the date is, on the page ("Your comments on the draft report are due"). */
  label: string;
  /** The calendar event's title: plain, nothing private. */
  title: string;
  /** The file's name, without ".ics". */
  file: string;
}

interface Props {
  items: readonly DatedItem[];
  lang: string;
  addLabel: string;
  failedText: string;
  /** Makes the calendar file on this device and starts its download. */
  download: (file: string, events: CalendarEvent[]) => Promise<unknown>;
}

/** The day in words, "9 December 2026", read from the day itself (never shifted by a time zone). */
export const longDay = (lang: string, day: IsoDay) =>
  dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(dayAsDate(day));

/**
 * Dates to come, each with "Add to your calendar": a button that makes an .ics file on this device.
 * The button's hidden words name the date, so a list of buttons is not five times the same (WCAG 2.4.6).
 */
export function AgreedDatesList({ items, lang, addLabel, failedText, download }: Props) {
  const [failed, setFailed] = useState<string | null>(null);
  return (
    <ul class="ltw-dates">
      {items.map((item) => {
        const when = longDay(lang, item.date);
        const event: CalendarEvent = { uid: item.uid, date: item.date, title: item.title };
        return (
          <li class="ltw-dates__item" key={item.uid} data-date={item.date}>
            <p class="ltw-dates__what">
              {item.label}: <strong>{when}</strong>
            </p>
            <button
              type="button"
              class="ltw-button ltw-button--secondary ltw-dates__add"
              onClick={() => {
                setFailed(null);
                download(item.file, [event]).catch(() => setFailed(item.uid));
              }}
            >
              {addLabel}
              <span class="ltw-visually-hidden">
                {' '}
                ({item.label}, {when})
              </span>
            </button>
            {failed === item.uid && (
              <p class="ltw-error-message" role="alert">
                {failedText}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
