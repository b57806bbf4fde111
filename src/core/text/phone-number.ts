/*
 * Phone numbers as people write them (UK numbers with spaces, brackets or +44, short numbers such as
 * 999 and 116 123, an extension after the number), read into what a phone dials. Text that does not
 * read as a number ("ask at reception") is never turned into one.
 */

/** A number to tap: the words to show, and what the phone dials. */
export interface PhoneNumber {
  /** The number as written, without its extension: the link's text. */
  text: string;
  /** `tel:` and the digits (a leading + kept). */
  href: string;
  /**
   * The extension as written ("ext 56"), shown beside the link as text. It is not dialled: a pause
   * (",56") reaches an extension only on some phones and some switchboards, so the person asks for it.
   */
  extension?: string;
}

/** Running text split into plain words and numbers to tap, in order. */
export type PhonePart = string | PhoneNumber;

// Short numbers a UK phone dials as they are: emergency, NHS 111, police and power cuts, 116 helplines.
const SHORT_NUMBER = /^(?:999|112|111|101|105|119|116\d{3})$/;

const EXTENSION = String.raw`,?\s*(?:ext\.?|extension|estyniad|x)\s*\d{1,6}`;
// A number starts with + or 0 (the area code perhaps in brackets), or is a short number; groups of
// digits may be parted by a space or a hyphen.
const CANDIDATE = [
  String.raw`\+\d{1,3}(?: ?\(0\))?(?:[ -]?\d{1,5}){2,6}`,
  String.raw`\(?0\d{2,4}\)?(?:[ -]?\d{2,4}){1,4}`,
  String.raw`(?:999|112|111|101|105|119|116 ?\d{3})`,
]
  // Not part of a longer number, a word, a web or email address ("/ref/01632960000").
  .map((pattern) => String.raw`(?<![\w+/.@=#-])${pattern}(?![\w/@])`)
  .join('|');
const WHOLE = new RegExp(String.raw`^(${CANDIDATE})(\s*${EXTENSION})?$`, 'i');
const IN_TEXT = new RegExp(`(${CANDIDATE})`, 'g');
// "NHS 111" and "GIG 111 Cymru" are the services' names, not a number to dial.
const SERVICE_NAME_BEFORE = /(?:NHS|GIG)\s$/;

/** The digits a phone dials for a written number, or undefined when it does not read as one. */
function dialled(written: string): string | undefined {
  const compact = written.replace(/\(0\)/, '').replace(/[\s()-]/g, '');
  if (SHORT_NUMBER.test(compact)) return compact;
  if (compact.startsWith('+44')) return /^\+44[1-9]\d{8,9}$/.test(compact) ? compact : undefined;
  if (compact.startsWith('+')) return /^\+[1-9]\d{6,14}$/.test(compact) ? compact : undefined;
  return /^0[1-9]\d{8,9}$/.test(compact) ? compact : undefined;
}

/**
 * Reads a field that should hold one phone number (a trust's or a team's), perhaps with an extension.
 * Anything else, such as "ask at reception" or a number with words around it, gives undefined.
 */
export function readPhoneNumber(written: string): PhoneNumber | undefined {
  const match = WHOLE.exec(written.trim());
  if (!match) return undefined;
  const text = match[1]!;
  const digits = dialled(text);
  if (!digits) return undefined;
  const extension = match[2]?.replace(/^\s*,?\s*/, '');
  return { text, href: `tel:${digits}`, ...(extension ? { extension } : {}) };
}

/** Finds the phone numbers in running text ("call Samaritans free on 116 123"), leaving the words as they are. */
export function phoneParts(text: string): PhonePart[] {
  const parts: PhonePart[] = [];
  let from = 0;
  for (const match of text.matchAll(IN_TEXT)) {
    const written = match[1]!;
    const before = text.slice(0, match.index);
    const digits = dialled(written);
    if (!digits || (SHORT_NUMBER.test(digits) && SERVICE_NAME_BEFORE.test(before))) continue;
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push({ text: written, href: `tel:${digits}` });
    // An extension stays in the words, beside the link.
    from = match.index + written.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
