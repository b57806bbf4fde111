import type { InvestigatorChecklists } from '~/core/cases/checklists';
import { personLabel } from '~/core/cases/person-label';
import { familyAnswers, type CaseRecord } from '~/core/cases/record';
import type { Translate } from '~/core/questions/types';
import { cleanText } from '~/core/text/text';
import { agreementRows, commentRows, contactRows, familyRows, ownerRows, touchpointRows } from './summary-events';
import { localTime, type SummaryRow, type SummaryWords } from './summary-row';

/*
 * A case as the trust's records need it: one row for each thing the team recorded, in words, with its
 * date and who recorded it. The PDF and the CSV are both drawn from these rows, so they always agree.
 */

export interface CaseSummary {
  /** The case reference, '' when none was given. */
  reference: string;
  /** The organisation the case belongs to, '' when not given. */
  organisation: string;
  /** The case owner's name, or "Not recorded". */
  owner: string;
  /** The day the case was set up and the day the summary was made (ISO). */
  setUpOn: string;
  madeOn: string;
  rows: SummaryRow[];
}

export interface SummaryOptions {
  t: Translate;
  /** BCP 47, for dates written in words inside the details. */
  lang: string;
  checklists: InvestigatorChecklists;
  now: Date;
  /** The zone times are shown in; the device's own when not given. */
  timeZone?: string;
}

/** Every row of the summary, section by section, each section in the order things happened. */
export function caseSummary(record: CaseRecord, options: SummaryOptions): CaseSummary {
  const words: SummaryWords = { t: options.t, lang: options.lang, timeZone: options.timeZone };
  const names = new Map(
    record.families.map((member, index) => [member.id, personLabel(familyAnswers(member), index, options.t)]),
  );
  const rows = [
    ...touchpointRows(record, options.checklists, words),
    ...contactRows(record, words),
    ...familyRows(record, names, words),
    ...agreementRows(record, names, words),
    ...commentRows(record, words),
    ...ownerRows(record, words),
  ];
  return {
    reference: cleanText(record.setup.answers.reference as string | undefined),
    organisation: cleanText(record.setup.answers.organisation as string | undefined),
    owner: cleanText(record.owner) || options.t('investigator:summary.notRecorded'),
    setUpOn: localTime(record.createdAt, options.timeZone).date,
    madeOn: localTime(options.now.toISOString(), options.timeZone).date,
    rows,
  };
}

/** Letters, digits, spaces, dots, hyphens and underscores only, so any file system and upload form takes the name. */
const safeForFileName = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9 ._-]+/g, '-')
    .replace(/-*\s+-*/g, ' ')
    .replace(/-{2,}/g, '-')
    .slice(0, 60)
    .replace(/^[\s.-]+|[\s.-]+$/g, '');

/** "PSII-2026-014 case summary 2026-12-06.pdf": the reference first, so the file is found by it. */
export function summaryFileName(summary: CaseSummary, t: Translate, extension: 'pdf' | 'csv'): string {
  const reference = safeForFileName(summary.reference);
  const words = safeForFileName(t('investigator:summary.fileName'));
  // Without a reference the words start the name: "Case summary 2026-12-06.pdf".
  const lead = reference ? `${reference} ${words}` : words.charAt(0).toUpperCase() + words.slice(1);
  return `${[lead.trim(), summary.madeOn].filter(Boolean).join(' ')}.${extension}`;
}
