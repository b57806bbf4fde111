import type { CaseContact, CaseDetails } from '~/core/formats/case-details';
import { cleanText, dateFormat } from '~/core/text/text';
import type { LetterParagraph, LetterPlaceholder, LetterWording } from './wording-schema';

/*
 * The letter as plain data: what the component prints, made from the case details, the family's web
 * address, the trust's wording and the day. Pure: no page, no translations (labels are keys the component
 * looks up), no clock (the date is given). Only what the details hold gets in, and a detail that is not
 * given leaves no empty label behind.
 */

export const CONTACT_IDS = ['engagementLead', 'leadInvestigator', 'deputy', 'outOfHours'] as const;
export type ContactId = (typeof CONTACT_IDS)[number];
export const CONTACT_FIELDS = ['name', 'role', 'phone', 'email', 'hours'] as const;
export type LetterContactField = (typeof CONTACT_FIELDS)[number];

export interface LetterContact {
  id: ContactId;
  rows: { key: LetterContactField; value: string }[];
}

export type LetterFact =
  { key: 'reference' | 'reviewType' | 'scope' | 'timescales'; value: string } | { key: 'commentDays'; count: number };

export interface LetterModel {
  organisation: string;
  date: { text: string; iso: string };
  greeting: string;
  opening: string[];
  /** The QR code's words, then the site's short address to type and how to ask the team for the link. */
  howToOpen: { heading: string; scan: string; visit: string; address: string; ask?: string };
  /** The family's web address, exactly as the QR code holds it (never printed: nobody should type it). */
  url: string;
  details: { heading: string; intro: string; contacts: LetterContact[]; facts: LetterFact[] };
  closing: string[];
  signOff: string;
  /** The sender's lines: name, role, organisation; or the wording's fallback. */
  sender: string[];
}

export interface LetterInput {
  details: CaseDetails;
  /** The family's page with the case after '#': what the QR code holds. */
  familyUrl: string;
  wording: LetterWording;
  date: Date;
  /** BCP 47 language of the letter, for the date. */
  lang: string;
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Fills {{placeholders}}; undefined when one has no value, so the paragraph is left out. */
export function fillPlaceholders(
  template: string,
  values: Partial<Record<LetterPlaceholder, string>>,
): string | undefined {
  let missing = false;
  const filled = template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name as LetterPlaceholder] : undefined;
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? undefined : filled;
}

function paragraphs(list: LetterParagraph[], values: Partial<Record<LetterPlaceholder, string>>): string[] {
  return list.flatMap((paragraph) => {
    const [first, otherwise] = typeof paragraph === 'string' ? [paragraph] : [paragraph.text, paragraph.otherwise];
    const text =
      fillPlaceholders(first, values) ?? (otherwise === undefined ? undefined : fillPlaceholders(otherwise, values));
    return text === undefined ? [] : [text];
  });
}

function contactRows(contact: CaseContact | undefined): LetterContact['rows'] {
  if (!contact) return [];
  return CONTACT_FIELDS.flatMap((key) => {
    const value = cleanText(contact[key]);
    return value ? [{ key, value }] : [];
  });
}

/**
 * The family's page without the case: the short address a person can type ("trust.example/en/from-your-team/").
 * The scheme is left out: every browser adds it.
 */
export function shortAddress(familyUrl: string): string {
  const url = new URL(familyUrl);
  return `${url.host}${url.pathname}`;
}

/**
 * How the letter's QR code is made (the qrcode package). Level L (about 7% can be damaged) rather than M:
 * the code is printed on white paper and read from a hand's length, where bigger modules matter more than
 * spare ones; for a full case it drops the code from 97 to 85 modules a side (tests/unit/letter). The
 * package picks the shortest mix of byte, alphanumeric and numeric segments for the address by itself.
 * A quiet zone of 4 modules, as the standard asks.
 */
export const LETTER_QR_OPTIONS = { errorCorrectionLevel: 'L', margin: 4 } as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** The letter for these details. */
export function buildLetter({ details, familyUrl, wording, date, lang }: LetterInput): LetterModel {
  const organisation = cleanText(details.organisation);
  const values: Partial<Record<LetterPlaceholder, string>> = {
    organisation,
    reference: cleanText(details.reference),
    reviewType: cleanText(details.reviewType),
    engagementLead: cleanText(details.engagementLead?.name),
    leadInvestigator: cleanText(details.leadInvestigator?.name),
  };
  // Single lines may only name {{organisation}}, which every case has (the wording's schema checks it).
  const fill = (text: string) => fillPlaceholders(text, values) ?? '';

  const contacts = CONTACT_IDS.map((id) => ({ id, rows: contactRows(details[id]) })).filter((c) => c.rows.length > 0);
  const facts: LetterFact[] = [];
  for (const key of ['reference', 'reviewType', 'scope', 'timescales'] as const) {
    const value = cleanText(details[key]);
    if (value) facts.push({ key, value });
  }
  if (details.commentDays !== undefined) facts.push({ key: 'commentDays', count: details.commentDays });

  // The person who signs: the family's engagement lead when named, else the lead investigator.
  const signer = [details.engagementLead, details.leadInvestigator].find((c) => cleanText(c?.name));
  const sender = signer
    ? [cleanText(signer.name), cleanText(signer.role), organisation].filter(Boolean)
    : [fill(wording.senderFallback)];

  const { heading, scan, visit, ask } = wording.howToOpen;
  const [askText] = paragraphs([ask], values);
  const howToOpen = {
    heading: fill(heading),
    scan: fill(scan),
    visit: fill(visit),
    address: shortAddress(familyUrl),
    ...(askText ? { ask: askText } : {}),
  };

  return {
    organisation,
    date: {
      text: dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(date),
      iso: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    },
    greeting: fill(wording.greeting),
    opening: paragraphs(wording.opening, values),
    howToOpen,
    url: familyUrl,
    details: {
      heading: fill(wording.details.heading),
      intro: fill(wording.details.intro),
      contacts,
      facts,
    },
    closing: paragraphs(wording.closing, values),
    signOff: fill(wording.signOff),
    sender,
  };
}
