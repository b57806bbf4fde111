import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '~/core/cases/summary/case-summary';
import { csvCell, summaryCsv } from '~/core/cases/summary/summary-csv';
import { SUMMARY_SECTIONS, type SummaryRow } from '~/core/cases/summary/summary-row';
import { summaryCase, summaryCaseWithoutNames } from '../../../fixtures/cases/summary-case';
import { summaryOf, teamWords } from '../../../helpers/case-summary';
import { parseCsv } from '../../../helpers/csv';

const t = teamWords();
const HEADER = [
  'Reference',
  'Part of the case',
  'What happened',
  'Date',
  'Time',
  'How',
  'Who',
  'Details',
  'Recorded by',
  'Recorded at',
];
const read = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parseCsv(csv.slice(1));
};
/** What a spreadsheet should show for a value: itself, or itself after an apostrophe when it could run as a formula. */
const shown = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

describe('the case summary as CSV', () => {
  const summary = summaryOf(summaryCase);
  const csvRows = () => read(summaryCsv(summary, t));

  it('opens with a byte order mark and a header, ends every line CRLF, and has one line per row of the summary', () => {
    const rows = csvRows();
    const csv = summaryCsv(summary, t);
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(summary.rows.length + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells (notes may hold their own line breaks) every line break is CRLF.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const row of rows) expect(row).toHaveLength(HEADER.length);
  });

  it('writes every field of a contact: reference, part, what, date, time, how, who, details, author, recorded at', () => {
    const rows = csvRows();
    expect(rows).toContainEqual([
      'PSII-2026-014',
      'Contact log',
      'Contact',
      '2026-03-27',
      '10:30',
      'Meeting in person',
      'Siân Dŵr, Owain Price',
      'First meeting at the family\'s home. They asked "why did nobody listen?"',
      'Dr Amara Okafor',
      '2026-03-27 16:05',
    ]);
  });

  it("keeps a corrected entry's earlier texts as rows of their own, each with who wrote it and when", () => {
    const rows = csvRows();
    const call = rows.filter((row) => row[3] === '2026-03-20' && row[1] === 'Contact log');
    expect(call.map((row) => [row[2], row[7], row[8], row[9]])).toEqual([
      [
        'Contact, corrected',
        'First call. Siân would like calls after 4pm. Agreed to meet on 27 March.',
        'Sam Lewis',
        '2026-03-21 09:12',
      ],
      ['Earlier text, since corrected', 'First call, agreed to meet.', 'Sam Lewis', '2026-03-20 14:40'],
      ['Earlier text, since corrected', 'First call. Agreed to meet on 27 March.', 'Sam Lewis', '2026-03-20 17:02'],
    ]);
  });

  it('keeps a decision and its reason on separate lines of one cell, and the line breaks survive reading back', () => {
    const rows = csvRows();
    const decision = rows.find((row) => row[2] === 'Decision on comment 3')!;
    expect(decision[7]).toBe(
      'Their comment: The report does not say that I asked for help twice.\nDecision: Partly accepted\nReason: Section 4.2 now says you asked for help at 3am and 5am.',
    );
  });

  it('says "Not recorded" where an old case has no author, and leaves it empty where nobody is ever named', () => {
    const old = read(summaryCsv(summaryOf(summaryCaseWithoutNames), t)).slice(1);
    for (const row of old.filter((r) => r[1] !== 'Moments that matter')) expect(row[8]).toBe('Not recorded');
    for (const row of old.filter((r) => r[1] === 'Moments that matter')) expect(row[8]).toBe('');
  });

  it('shows a cell that a spreadsheet would run as a formula as text, with a leading apostrophe', () => {
    const rows = csvRows();
    const email = rows.find((row) => row[5] === 'Email')!;
    expect(email[6]).toBe('\'=HYPERLINK("http://example.com","Owain")');
    expect(email[7]).toBe('\'-2 days late: sent the terms of reference, with a note, "see page 2".');
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}SUM(A1:A9)`)).toBe(`"'${start}SUM(A1:A9)"`);
    // Only the first character counts: these are safe as they are.
    for (const safe of ['a=b', ' =1', '2026-03-20', "'=already text", '\n=1']) expect(csvCell(safe)).toBe(`"${safe}"`);
  });

  it('quotes every cell and doubles the quotes inside it', () => {
    expect(csvCell('')).toBe('""');
    expect(csvCell('say "hello", then go')).toBe('"say ""hello"", then go"');
  });

  it('reads back as the cells it was made from, whatever anyone typed (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'é', 'Ŵ', '"', ',', '\r', '\n', '\t', '=', '+', '-', '@', ' ', "'"),
    });
    const anything = fc.oneof(text, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    const rowOf = fc.record({
      section: fc.constantFrom(...SUMMARY_SECTIONS),
      event: anything,
      date: anything,
      time: anything,
      method: anything,
      person: anything,
      text: anything,
      by: anything,
      recordedDate: anything,
      recordedTime: anything,
    }) satisfies fc.Arbitrary<SummaryRow>;
    fc.assert(
      fc.property(anything, fc.array(rowOf, { maxLength: 5 }), (reference, summaryRows) => {
        const made: CaseSummary = { ...summary, reference, rows: summaryRows };
        const back = read(summaryCsv(made, t));
        expect(back[0]).toEqual(HEADER);
        expect(back.slice(1)).toEqual(
          summaryRows.map((row) =>
            [
              reference,
              t(`investigator:summary.sections.${row.section}`),
              row.event,
              row.date,
              row.time,
              row.method,
              row.person,
              row.text,
              row.by,
              [row.recordedDate, row.recordedTime].filter(Boolean).join(' '),
            ].map(shown),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });
});
