import { z } from 'astro/zod';
import { hasVisibleText } from '~/core/text/text';

/*
 * What an investigator shares with a family about their case: who is investigating, who to call,
 * what the review will look at and how long it should take. It travels in a link or a QR code and is
 * read on the family's device, so everything is bounded and nothing unexpected gets through: unknown
 * keys are rejected (strict), every string has a length limit (in UTF-16 code units, the unit JSON and
 * the link budget count in).
 *
 * Field names follow the agreement's own `CaseDetails` (src/agreement/build-model.ts) where they
 * overlap: reference, reviewDate, leadInvestigator, engagementLead, outOfHours. There they are single
 * lines to print; here the people are contacts, and `agreementFields()` turns them into those lines.
 * Contact field names are the contact question's (`ContactField`: name, role, phone, email, hours).
 */

/** Names, roles, phone numbers, hours, a reference: one line. */
export const SHORT_TEXT_MAX = 200;
/** An email address can be 254 characters (RFC 5321), a little over a name. */
export const EMAIL_MAX = 254;
/** Working hours can be a sentence ("Monday to Thursday 9 to 5, Fridays by email"): the contact question allows 300. */
export const HOURS_MAX = 300;
/** Plain-words paragraphs: the draft scope, timescales, when the agreement is reviewed. */
export const CASE_DETAILS_TEXT_MAX = 2000;
export const COMMENT_DAYS_MIN = 1;
export const COMMENT_DAYS_MAX = 120;

const shortText = z.string().max(SHORT_TEXT_MAX);
const longText = z.string().max(CASE_DETAILS_TEXT_MAX);

export const contactSchema = z
  .object({
    name: shortText.optional(),
    role: shortText.optional(),
    phone: shortText.optional(),
    email: z.string().max(EMAIL_MAX).optional(),
    /** When they can be reached: "Monday to Thursday, 9am to 5pm". */
    hours: z.string().max(HOURS_MAX).optional(),
  })
  .strict();

const isRealDate = ({ day, month, year }: { day: string; month: string; year: string }) => {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** The day it happened, as the date question writes it (strings of digits), when the team knows it. */
const exactDate = z
  .object({
    day: z.string().regex(/^\d{1,2}$/),
    month: z.string().regex(/^\d{1,2}$/),
    year: z.string().regex(/^\d{4}$/),
  })
  .strict()
  .refine(isRealDate, { message: 'not a date in the calendar' });

/** "Early March 2026", "the night of 3 to 4 March": a phrase, so a short line. */
const approximateDate = z.object({ approximate: shortText.refine(hasVisibleText) }).strict();

export const caseDetailsSchema = z
  .object({
    /** The organisation carrying out the review: the only field a case needs. */
    organisation: shortText.refine(hasVisibleText, { message: 'organisation is required' }),
    /** The team's case reference, e.g. "PSII-2026-0142". */
    reference: shortText.optional(),
    /** "Patient safety incident investigation (PSII)", "After action review"... in the team's words. */
    reviewType: shortText.optional(),
    incidentDate: z.union([exactDate, approximateDate]).optional(),
    leadInvestigator: contactSchema.optional(),
    engagementLead: contactSchema.optional(),
    deputy: contactSchema.optional(),
    outOfHours: contactSchema.optional(),
    /** What the review will look at, in plain words; a draft the family can comment on. */
    scope: longText.optional(),
    /** "We expect to share a draft report by the end of June." */
    timescales: longText.optional(),
    /** How long the family has to comment on the draft report. */
    commentDays: z.number().int().min(COMMENT_DAYS_MIN).max(COMMENT_DAYS_MAX).optional(),
    /** When the agreement will be looked at again: "After the first meeting, or in 3 months". */
    reviewDate: longText.optional(),
  })
  .strict();

export type CaseDetails = z.infer<typeof caseDetailsSchema>;
export type CaseContact = z.infer<typeof contactSchema>;

/** The details as the agreement's team fields (one printable line each), leaving out what is not given. */
export function agreementFields(details: CaseDetails): {
  reference?: string;
  reviewDate?: string;
  leadInvestigator?: string;
  engagementLead?: string;
  deputy?: string;
  outOfHours?: string;
  scope?: string;
  timescales?: string;
  commentDays?: string;
} {
  const line = (contact: CaseContact | undefined) =>
    contact
      ? [contact.name, contact.role, contact.phone, contact.email, contact.hours].filter(hasVisibleText).join(', ')
      : '';
  const fields = {
    reference: details.reference ?? '',
    reviewDate: details.reviewDate ?? '',
    leadInvestigator: line(details.leadInvestigator),
    engagementLead: line(details.engagementLead),
    deputy: line(details.deputy),
    outOfHours: line(details.outOfHours),
    scope: details.scope ?? '',
    timescales: details.timescales ?? '',
    commentDays: details.commentDays === undefined ? '' : String(details.commentDays),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => hasVisibleText(value)));
}
