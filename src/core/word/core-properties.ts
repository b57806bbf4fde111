import type { AgreementModel } from '~/core/agreement/model';
import { inBothLanguages } from '~/core/agreement/model';
import { wordSafe } from './word-text';

const xml = (text: string) =>
  wordSafe(text).replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * docProps/core.xml written whole: docx has no field for the document's language, and its own dates would make
 * the same agreement a different file each time. Word shows the title in its title bar and File > Info.
 */
export function coreProperties(model: AgreementModel, now: Date): string {
  const when = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const keywords = (model.meta?.keywords ?? []).join(', ');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xml(inBothLanguages(model, 'title'))}</dc:title>`,
    `<dc:subject>${xml(model.meta?.subject ?? '')}</dc:subject>`,
    `<dc:creator>${xml(model.meta?.author ?? '')}</dc:creator>`,
    `<cp:keywords>${xml(keywords)}</cp:keywords>`,
    `<dc:description>${xml(model.subtitle)}</dc:description>`,
    `<dc:language>${xml(model.lang)}</dc:language>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
