import { PDFBool, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { completeModel } from '../../fixtures/agreement/models';
import { agreementPdf, MADE_AT, poppler } from '../../helpers/agreement-pdf';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { structureOf } from '../../helpers/pdf-structure';
import { openPdf, pdfText } from '../../helpers/pdf-text';

const pdf = () => agreementPdf('complete', completeModel);
/** pdf.js splits runs where the font changes, so compare text with line breaks and runs of spaces squashed. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('the PDF of a filled-in agreement', () => {
  it('contains the title, every section heading and every field label and answer', async () => {
    const text = squash((await pdfText((await pdf()).bytes)).map((page) => page.text).join('\n'));
    expect(text).toContain(completeModel.title);
    // The name is wrapped in direction isolates, which a PDF (without bidi) leaves out.
    expect(text).toContain(completeModel.subtitle.replace(/[\u2066-\u2069]/g, ''));
    for (const section of completeModel.sections) {
      expect(text).toContain(section.heading);
      for (const block of section.blocks) {
        if (block.kind !== 'statement') continue;
        // Names are wrapped in direction isolates, which a PDF (without bidi) leaves out.
        const plain = (line: string) => squash(line.replace(/[\u2066-\u2069]/g, '')).trim();
        expect(text).toContain(plain(block.text));
        const lines = !block.value
          ? []
          : block.value.kind === 'text'
            ? block.value.text.split('\n')
            : block.value.items;
        for (const line of lines) expect(text).toContain(plain(line));
      }
    }
  });

  it('puts the reference and date at the top of every page and "Page n of N" at the foot', async () => {
    const pages = await pdfText((await pdf()).bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page.text).toContain(completeModel.reference);
      expect(page.text).toContain(completeModel.dateText);
      expect(page.text).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('carries its title, author, subject, keywords, language and dates in the document information', async () => {
    const doc = await openPdf((await pdf()).bytes);
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    await doc.destroy();
    expect(info).toMatchObject({
      Title: completeModel.title,
      Author: completeModel.meta.author,
      Subject: completeModel.meta.subject,
      Creator: completeModel.meta.creator,
      Producer: 'Learn Together Wizard',
      Language: 'en-GB',
      CreationDate: 'D:20261123100000Z',
      ModDate: 'D:20261123100000Z',
    });
    expect(info.Keywords).toBe(completeModel.meta.keywords.join(', '));
  });

  it('asks viewers to show the title rather than the file name, and declares itself tagged', async () => {
    const doc = await PDFDocument.load((await pdf()).bytes, { updateMetadata: false });
    const catalog = doc.catalog;
    const preferences = catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(preferences.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))).toBe(PDFBool.True);
    const lang = catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : lang).toBe('en-GB');
    const root = catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    expect(root.get(PDFName.of('Type'))).toBe(PDFName.of('StructTreeRoot'));
    expect(root.lookup(PDFName.of('ParentTree'), PDFDict).has(PDFName.of('Nums'))).toBe(true);
    doc.getPages().forEach((page, index) => {
      expect(page.node.get(PDFName.of('StructParents'))?.toString()).toBe(String(index));
      expect(page.node.get(PDFName.of('Tabs'))).toBe(PDFName.of('S'));
    });
  });

  it('has a structure tree with headings, paragraphs, lists and a table in it', async () => {
    const structure = await structureOf((await pdf()).bytes);
    for (const role of [
      'Document',
      'Sect',
      'H1',
      'H2',
      'H3',
      'P',
      'L',
      'LI',
      'Lbl',
      'LBody',
      'Table',
      'Caption',
      'TR',
      'TH',
      'TD',
    ]) {
      expect(structure.roles, role).toContain(role);
    }
    expect(structure.contentIds.size).toBeGreaterThan(50);
  });

  it('marks every piece of text as either tagged content or a page artifact', async () => {
    const structure = await structureOf((await pdf()).bytes);
    expect(structure.unmarkedText).toEqual([]);
    expect(structure.orphanedText).toEqual([]);
    expect([...structure.contentIds].filter((id) => !structure.markedIds.has(id))).toEqual([]);
  });

  it('is reported as tagged by pdfinfo', async () => {
    const info = poppler('pdfinfo', (await pdf()).file);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+How we will work together$/m);
  });

  it('embeds both Open Sans weights as subsets', async () => {
    const fonts = poppler('pdffonts', (await pdf()).file)
      .trim()
      .split('\n')
      .slice(2);
    expect(fonts).toHaveLength(2);
    expect(fonts.join('\n')).toMatch(/^[A-Z]{6}\+OpenSans-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/m);
    expect(fonts.join('\n')).toMatch(/^[A-Z]{6}\+OpenSans-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/m);
  });

  it('comes out the same, byte for byte, when built twice from the same model at the same time', async () => {
    const again = await buildAgreementPdf(completeModel, openSansBytes(), undefined, { now: MADE_AT });
    expect(Buffer.from(again).equals(Buffer.from((await pdf()).bytes))).toBe(true);
  });
});
