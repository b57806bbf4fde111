/*
 * Text rules shared by every question type. A person's words are kept as typed; these only decide
 * whether something was written and how long it is, the way a reader would count.
 */

// Characters that draw nothing on their own: spaces, format controls (zero-width joiners, bidi marks),
// combining marks with no base, Hangul and Braille fillers, tag characters.
const INVISIBLE = /[\p{White_Space}\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800\u{E0000}-\u{E007F}]/gu;

/** True when the text shows at least one visible character; a name made of zero-width characters is empty. */
export function hasVisibleText(text: string | undefined): boolean {
  return (text ?? '').replace(INVISIBLE, '').length > 0;
}

/** The text without surrounding space, or '' when nothing visible was written. */
export function cleanText(text: string | undefined): string {
  const trimmed = (text ?? '').trim();
  return hasVisibleText(trimmed) ? trimmed : '';
}

let segmenter: Intl.Segmenter | undefined;

/** Characters as a person counts them (grapheme clusters): 👨‍👩‍👧 is one, é written as e + ◌́ is one. */
export function characterCount(text: string): number {
  if (typeof Intl.Segmenter !== 'function') return Array.from(text).length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/** The first `max` characters (grapheme clusters), for bounding text read from storage or a file. */
export function truncateCharacters(text: string, max: number): string {
  if (text.length <= max) return text;
  if (typeof Intl.Segmenter !== 'function') return Array.from(text).slice(0, max).join('');
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let out = '';
  let count = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (count++ === max) break;
    out += segment;
  }
  return out;
}

/**
 * Wraps text a person typed (a name) in Unicode isolates (FSI ... PDI) before it goes into a sentence,
 * so a right-to-left name, or an unclosed direction override inside it, cannot reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * Sentences as one line: a full stop after each that has no stop of its own, so a hint that ends in one
 * ("...tick that it is approximate.") and one that does not ("A rough date is fine") both read right.
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences
    .filter(hasVisibleText)
    .map((sentence) => sentence.trim())
    .reduce((text, sentence) => (text ? `${/[.!?…]$/.test(text) ? text : `${text}.`} ${sentence}` : sentence), '');
}

type DateFormat = Pick<Intl.DateTimeFormat, 'format'>;
const dateFormats = new Map<string, DateFormat>();
const monthNames = new Map<string, readonly string[]>();

/** A language's month names, from its translations, for browsers whose Intl has no dates in it. */
export function setMonthNames(lang: string, names: unknown): void {
  if (Array.isArray(names) && names.length === 12) monthNames.set(lang, names as string[]);
}

/**
 * A date formatter for a language, made once: building an Intl.DateTimeFormat costs a phone several
 * milliseconds each time, and an agreement formats dozens of dates. Chrome has no Welsh dates (it
 * would write "December 2, 2026" on a Welsh page), so for a language it lacks, dates are written in
 * British English's order with that language's month names: "2 Rhagfyr 2026, 14:30".
 */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): DateFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    const names = monthNames.get(lang);
    format =
      names && !Intl.DateTimeFormat.supportedLocalesOf(lang).length
        ? withMonthNames(names, options)
        : new Intl.DateTimeFormat(lang, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Languages whose long date is the day, the month's name and the year: "3 March 2026", "3 Mawrth 2026". */
const DAY_MONTH_YEAR = /^(en|cy)(-|$)/;

/**
 * A day of the calendar in words ("3 March 2026", as Intl's long date style writes it), from the language's
 * own month names where it has them and writes dates that way: the first Intl.DateTimeFormat a page makes
 * loads the browser's date data, about 100 ms on a phone, which the family's link page need not spend.
 */
export function calendarDateText(lang: string, date: { day: number; month: number; year: number }): string {
  const names = monthNames.get(lang);
  if (names && DAY_MONTH_YEAR.test(lang)) return `${date.day} ${names[date.month - 1]} ${date.year}`;
  const when = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(when);
}

function withMonthNames(names: readonly string[], options: Intl.DateTimeFormatOptions): DateFormat {
  const british = new Intl.DateTimeFormat('en-GB', options);
  const month = new Intl.DateTimeFormat('en-GB', { month: 'numeric', timeZone: options.timeZone });
  return {
    format: (date) =>
      british
        .formatToParts(date)
        .map((part) =>
          part.type === 'month' ? names[Number(month.format(date)) - 1] : part.value === ' at ' ? ', ' : part.value,
        )
        .join(''),
  };
}
