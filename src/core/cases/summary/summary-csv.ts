import type { Translate } from '~/core/questions/types';
import type { KeysUnder } from '~/core/words/translate';
import type { CaseSummary } from './case-summary';
import type { SummaryRow } from './summary-row';

/*
 * The summary as a CSV file (RFC 4180) for an incident management system or a spreadsheet: one row for
 * each thing recorded. UTF-8 with a byte order mark, so Excel reads Welsh and other letters right.
 */

const BOM = '\uFEFF';

type Column = KeysUnder<'investigator:summary.columns.'>;
const COLUMNS = [
  'reference',
  'section',
  'event',
  'date',
  'time',
  'method',
  'person',
  'text',
  'by',
  'recordedAt',
] as const satisfies readonly Column[];

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (or DDE command), so a name or note
 * typed as "=HYPERLINK(...)" could act when the file is opened. A leading apostrophe shows it as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: kept as text when it could be read as a formula, then always quoted, quotes doubled. */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** The cells of one row, in the columns' order; the CSV file and its tests both read rows this way. */
export function csvCells(summary: CaseSummary, row: SummaryRow, t: Translate): string[] {
  const values: Record<(typeof COLUMNS)[number], string> = {
    reference: summary.reference,
    section: t(`investigator:summary.sections.${row.section}`),
    event: row.event,
    date: row.date,
    time: row.time,
    method: row.method,
    person: row.person,
    text: row.text,
    by: row.by,
    recordedAt: [row.recordedDate, row.recordedTime].filter(Boolean).join(' '),
  };
  return COLUMNS.map((column) => values[column]);
}

/** The whole file: a header row, then every row of the summary; lines end CRLF as RFC 4180 asks. */
export function summaryCsv(summary: CaseSummary, t: Translate): string {
  const header = COLUMNS.map((column) => t(`investigator:summary.columns.${column}`));
  const lines = [header, ...summary.rows.map((row) => csvCells(summary, row, t))];
  return BOM + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
