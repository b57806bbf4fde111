import type { PDFDocument } from 'pdf-lib';
import { inBothLanguages, type AgreementModel, type FrontLines } from '~/core/agreement/model';

/** Fills the document information, language and "show the title, not the file name" viewer preference. */
export function setMetadata(
  doc: PDFDocument,
  model: FrontLines & Pick<AgreementModel, 'meta' | 'lang'>,
  now: Date,
): void {
  // Viewers show these in dialogs and title bars, where control characters only garble the line.
  const text = (value: unknown) =>
    String(value ?? '')
      .replace(/\p{Cc}+/gu, ' ')
      .trim();
  doc.setTitle(text(inBothLanguages(model, 'title')), { showInWindowTitleBar: true });
  doc.setAuthor(text(model.meta?.author));
  doc.setSubject(text(model.meta?.subject));
  // pdf-lib joins keywords with spaces, which would run "patient safety" into its neighbours.
  doc.setKeywords([(model.meta?.keywords ?? []).map(text).join(', ')]);
  doc.setCreator(text(model.meta?.creator));
  doc.setProducer('Learn Together Wizard');
  doc.setLanguage(text(model.lang));
  doc.setCreationDate(now);
  doc.setModificationDate(now);
}
