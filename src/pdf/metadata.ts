import type { PDFDocument } from 'pdf-lib';
import type { AgreementModel } from '../agreement/model';

/** Fills the document information, language and "show the title, not the file name" viewer preference. */
export function setMetadata(doc: PDFDocument, model: AgreementModel, now: Date): void {
  const text = (value: unknown) => String(value ?? '');
  doc.setTitle(text(model.title), { showInWindowTitleBar: true });
  doc.setAuthor(text(model.meta?.author));
  doc.setSubject(text(model.meta?.subject));
  doc.setKeywords((model.meta?.keywords ?? []).map(text));
  doc.setCreator(text(model.meta?.creator));
  doc.setProducer('Learn Together Wizard');
  doc.setLanguage(text(model.lang));
  doc.setCreationDate(now);
  doc.setModificationDate(now);
}
