import type { Translate } from '~/core/questions/types';
import { dateFormat } from '~/core/text/text';

export const SUMMARY_SECTIONS = ['touchpoints', 'contacts', 'family', 'agreements', 'comments', 'owner'] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

/** One thing the team recorded, as the summary's PDF and CSV both show it. */
export interface SummaryRow {
  section: SummarySection;
  /** What happened, in words: "Contact", "Version 2 agreed". */
  event: string;
  /** The day it happened (ISO, on the summary's clock), or '' when none is recorded yet. */
  date: string;
  /** HH:MM, or ''. */
  time: string;
  /** How: "Phone call", "By letter", "Paper form". */
  method: string;
  /** Who it was with: the people at a contact, the family member. */
  person: string;
  /** The detail in words: a log entry's summary, a decision and its reason. */
  text: string;
  /** Who recorded it, "Not recorded" on entries made before names were kept, '' where nobody is ever named. */
  by: string;
  /** When it was recorded (ISO day and HH:MM on the summary's clock), or ''. */
  recordedDate: string;
  recordedTime: string;
}

/** What the rows are worded with: the words, their language, and the clock times are shown on. */
export interface SummaryWords {
  t: Translate;
  lang: string;
  /** An IANA zone; the device's own when not given. */
  timeZone?: string;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** An ISO instant as the day (YYYY-MM-DD) and time (HH:MM) on a clock in `timeZone`. */
export function localTime(iso: string, timeZone?: string): { date: string; time: string } {
  const instant = new Date(iso);
  if (!Number.isFinite(instant.getTime())) return { date: '', time: '' };
  const key = timeZone ?? '';
  let clock = clocks.get(key);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(key, clock);
  }
  const parts = clock.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** An ISO day in words: "6 December 2026" (in the words' language). */
export function dayInWords(day: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A row with nothing filled in but its section and what happened, to spread the rest over. */
export const emptyRow = (section: SummarySection, event: string): SummaryRow => ({
  section,
  event,
  date: '',
  time: '',
  method: '',
  person: '',
  text: '',
  by: '',
  recordedDate: '',
  recordedTime: '',
});
