import { downloadFile } from '~/browser/download-file';
import { downloadAgreementPdf } from '~/browser/pdf-download';
import type { InvestigatorChecklists } from '~/core/cases/checklists';
import type { CaseRecord } from '~/core/cases/record';
import { caseSummary, summaryFileName } from '~/core/cases/summary/case-summary';
import { summaryCsv } from '~/core/cases/summary/summary-csv';
import { summaryDocument } from '~/core/cases/summary/summary-document';
import type { PdfOutcome } from '~/core/pdf/outcome';
import type { Translate } from '~/core/questions/types';

/**
 * Makes the case summary on this device and starts its download: loaded only when a summary button is
 * pressed, so the case page stays light. The PDF is drawn by the same renderer as the agreement (which
 * says when some writing cannot be drawn); the CSV keeps every character.
 */
export async function downloadCaseSummary(
  format: 'pdf' | 'csv',
  record: CaseRecord,
  words: { t: Translate; lang: string; checklists: InvestigatorChecklists },
  onFetchingFonts: () => void = () => undefined,
): Promise<PdfOutcome> {
  const { t, lang } = words;
  const summary = caseSummary(record, { ...words, now: new Date() });
  if (format === 'pdf') return downloadAgreementPdf(summaryDocument(summary, t, lang), onFetchingFonts);
  downloadFile(summaryFileName(summary, t, 'csv'), summaryCsv(summary, t), 'text/csv;charset=utf-8');
  return { ok: true };
}
