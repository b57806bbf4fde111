import type { AgreementModel, AgreementSection } from '~/core/agreement/model';
import type { Translate } from '~/core/questions/types';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';
import { summaryFileName, type CaseSummary } from './case-summary';
import { dayInWords, SUMMARY_SECTIONS, type SummaryRow, type SummarySection } from './summary-row';

/*
 * The summary as a document for the PDF renderer the agreement uses (src/core/pdf/): a heading with the
 * reference, the reference and date on every page, and one table per part of the case. Dates in words.
 */

type Column = KeysUnder<'investigator:summary.columns.'>;
type Cell = (row: SummaryRow) => string;

export function summaryDocument(summary: CaseSummary, t: Translate, lang: string): AgreementModel {
  const say = (key: KeysUnder<'investigator:summary.'>, options?: TranslateOptions) =>
    t(`investigator:summary.${key}`, options);
  const day = (iso: string) => dayInWords(iso, lang);
  const at = (date: string, time: string) => (time ? say('at', { date: day(date), time }) : day(date));
  const when: Cell = (row) => (row.date ? at(row.date, row.time) : say('notRecorded'));
  const recordedBy: Cell = (row) => {
    // When it was recorded only adds something when it is not the row's own date and time.
    const differs = row.recordedDate && (row.recordedDate !== row.date || row.recordedTime !== row.time);
    return differs ? `${row.by}\n${at(row.recordedDate, row.recordedTime)}` : row.by;
  };
  const withDetails: Cell = (row) => [row.event, row.text].filter(Boolean).join('\n');
  // A plain contact needs no label; a corrected entry and its earlier texts say which they are.
  const contactText: Cell = (row) => (row.event === say('events.contact') ? row.text : `${row.event}:\n${row.text}`);

  const tables: Record<SummarySection, [Column, Cell][]> = {
    touchpoints: [
      ['moment', (row) => row.text],
      ['stage', (row) => row.event],
      ['date', (row) => (row.date ? day(row.date) : say('noDate'))],
    ],
    contacts: [
      ['date', when],
      ['method', (row) => row.method],
      ['with', (row) => row.person],
      ['text', contactText],
      ['by', recordedBy],
    ],
    family: [
      ['member', (row) => row.person],
      ['date', when],
      ['method', (row) => row.method],
      ['text', (row) => row.text],
      ['by', recordedBy],
    ],
    agreements: [
      ['date', when],
      ['event', withDetails],
      ['member', (row) => row.person],
      ['method', (row) => row.method],
      ['by', recordedBy],
    ],
    comments: [
      ['date', when],
      ['event', (row) => row.event],
      ['member', (row) => row.person],
      ['text', (row) => row.text],
      ['by', recordedBy],
    ],
    owner: [
      ['date', when],
      ['event', (row) => row.text],
      ['by', recordedBy],
    ],
  };

  const sections = SUMMARY_SECTIONS.map((section): AgreementSection => {
    const rows = summary.rows.filter((row) => row.section === section);
    const columns = tables[section];
    return {
      id: section,
      heading: say(`sections.${section}`),
      blocks:
        rows.length === 0
          ? [{ kind: 'paragraph', text: say('nothing') }]
          : [
              {
                kind: 'table',
                caption: '',
                headers: columns.map(([column]) => say(`columns.${column}`)),
                rows: rows.map((row) => columns.map(([, cell]) => cell(row))),
              },
            ],
    };
  });

  const title = summary.reference ? say('heading', { reference: summary.reference }) : say('headingUntitled');
  return {
    lang,
    title,
    subtitle: say('subtitle'),
    reference: summary.reference ? say('reference', { reference: summary.reference }) : say('noReference'),
    dateText: say('made', { date: day(summary.madeOn) }),
    intro: [say('owner', { name: summary.owner }), say('setUp', { date: day(summary.setUpOn) }), say('notIncluded')],
    sections,
    pageOf: say('pageOf'),
    meta: {
      author: summary.organisation,
      subject: say('subject'),
      creator: 'Learn Together Wizard',
      keywords: [say('fileName'), summary.reference].filter(Boolean),
    },
    fileName: summaryFileName(summary, t, 'pdf'),
    largePrint: false,
    labels: { private: '', toFillIn: '' },
  };
}
