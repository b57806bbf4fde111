import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildAgreementModel, buildBlankModel } from '~/core/agreement/build-model';
import { bilingualModel } from '~/core/agreement/bilingual';
import type { AgreementModel } from '~/core/agreement/model';
import { buildAgreementDocx } from '~/core/word/build-agreement-docx';
import { createWizardTranslator } from '~/i18n/wizard-resources';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { blankModel, completeModel, hostileModel, largePrintModel } from '../../fixtures/agreement/models';

const NOW = new Date('2026-11-23T10:00:00Z');

/** The Word document's parts, unzipped, and the document read back by a second reader (mammoth) as HTML. */
async function word(model: AgreementModel) {
  const bytes = await buildAgreementDocx(model, { now: NOW });
  const zip = await JSZip.loadAsync(bytes);
  const part = (path: string) => zip.file(path)!.async('string');
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return {
    bytes,
    document: await part('word/document.xml'),
    styles: await part('word/styles.xml'),
    numbering: await part('word/numbering.xml'),
    core: await part('docProps/core.xml'),
    html,
    errors: messages.filter((m) => m.type === 'error'),
  };
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
/** Each paragraph of the document's XML, in order. */
const paragraphs = (xml: string) => xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
const textOf = (xml: string) =>
  (xml.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
const listItems = (model: AgreementModel) =>
  model.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'statement' && b.value?.kind === 'list' ? b.value.items : [])),
  );

describe('the agreement as a Word document', () => {
  it('has its title, subject and language in its core properties', async () => {
    const { core } = await word(completeModel);
    expect(core).toContain(`<dc:title>${completeModel.title}</dc:title>`);
    expect(core).toContain(`<dc:subject>${completeModel.meta.subject}</dc:subject>`);
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-23T10:00:00Z</dcterms:created>');
  });

  it('uses Word’s Heading 1 for the title and Heading 2 for every section, in order', async () => {
    const { document } = await word(completeModel);
    const headings = paragraphs(document).filter((p) => /<w:pStyle w:val="Heading[12]"\/>/.test(p));
    expect(headings.map((p) => [/Heading1/.test(p) ? 1 : 2, textOf(p)])).toEqual([
      [1, completeModel.title],
      ...completeModel.sections.map((s) => [2, s.heading]),
    ]);
  });

  it('writes the person’s choices as real Word lists, numbered ones counting in decimals', async () => {
    const { document, numbering } = await word(completeModel);
    const items = listItems(completeModel);
    expect(items.length).toBeGreaterThan(3);
    const numbered = paragraphs(document).filter((p) => p.includes('<w:numPr>'));
    for (const item of items) expect(numbered.map(textOf)).toContain(item.replace(/&/g, '&amp;'));
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
  });

  it('keeps the line breaks of the person’s own words', async () => {
    const model = buildAgreementModel(
      { ...completeFamily, 'avoid-upset': 'Say his name.\nNot "the patient".' },
      agreementInputs(),
    );
    const { html } = await word(model);
    expect(html).toContain('Say his name.<br />Not "the patient".');
  });

  it('marks the header row of every table to repeat on each page', async () => {
    const { document } = await word(completeModel);
    const tables = completeModel.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table');
    expect(tables.length).toBeGreaterThan(0);
    expect(count(document, /<w:tblHeader\/>/g)).toBe(tables.length);
    expect(count(document, /<w:tbl>/g)).toBe(tables.length);
  });

  it('sets the document’s language in the defaults and body text at 12pt, or 16pt and more in large print', async () => {
    const { styles } = await word(completeModel);
    expect(styles).toMatch(
      /<w:docDefaults><w:rPrDefault><w:rPr>(?:(?!<\/w:rPr>).)*<w:sz w:val="24"\/>(?:(?!<\/w:rPr>).)*<w:lang w:val="en-GB"\/>/,
    );
    const large = await word(largePrintModel);
    expect(large.styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>(?:(?!<\/w:rPr>).)*<w:sz w:val="32"\/>/);
    const sizes = [...large.styles.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // Word's own styles (footnotes, captions) are never used smaller than the body either.
    expect(Math.min(...sizes.filter((_, i) => i < 5))).toBeGreaterThanOrEqual(32);
  });

  it('opens in a second reader (mammoth) with its headings and lists intact', async () => {
    const { html, errors } = await word(completeModel);
    expect(errors).toEqual([]);
    expect(count(html, /<h1>/g)).toBe(1);
    expect(count(html, /<h2>/g)).toBe(completeModel.sections.length);
    expect(html).toMatch(/<ul><li>/);
    expect(html).toMatch(/<table><thead><tr><th>/);
  });

  it('survives hostile text: control characters and markup in answers come out as text', async () => {
    // The model may come from a newer file or another renderer's caller: the Word writer cleans text itself.
    const raw = { ...hostileModel, intro: ['Bell\u0007 and null\u0000 and <script>alert(1)</script>'] };
    const { html, errors, document } = await word(raw);
    expect(errors).toEqual([]);
    // XML cannot hold these at all: Word would refuse the whole file.
    expect([...document].filter((c) => /\p{Cc}/u.test(c) && !'\t\n\r'.includes(c))).toEqual([]);
    expect(html).toContain('Control characters');
    expect(html).toContain('Bell  and null  and &lt;script&gt;');
    expect(html).not.toContain('<script');
  });
});

describe('a bilingual agreement as a Word document (Welsh, then English)', () => {
  const welsh = buildAgreementModel(
    completeFamily,
    agreementInputs({ t: createWizardTranslator('cy'), lang: 'cy-GB' }),
  );
  const model = bilingualModel(welsh, completeModel);

  it('is Welsh by default and marks every run of the English half en-GB, and none of the Welsh', async () => {
    const { styles, document } = await word(model);
    expect(styles).toContain('<w:lang w:val="cy-GB"/>');
    const all = paragraphs(document.slice(document.indexOf('<w:body>')));
    const englishStart = all.findIndex((p) => p.includes('<w:pageBreakBefore/>'));
    expect(englishStart).toBeGreaterThan(0);
    const runsIn = (ps: string[]) => ps.flatMap((p) => p.match(/<w:r>.*?<\/w:r>/g) ?? []);
    const english = runsIn(all.slice(englishStart)).filter((r) => /<w:t[ >]/.test(r));
    expect(english.length).toBeGreaterThan(50);
    expect(english.filter((r) => !r.includes('<w:lang w:val="en-GB"/>'))).toEqual([]);
    // The Welsh sections' runs carry no mark (only the front lines' English halves do, above them).
    const firstSection = all.findIndex((p) => p.includes('Heading2'));
    const welshMarked = runsIn(all.slice(firstSection, englishStart)).filter((r) => r.includes('<w:lang'));
    expect(runsIn(all.slice(0, firstSection)).filter((r) => r.includes('<w:lang w:val="en-GB"/>')).length).toBe(3);
    expect(welshMarked).toEqual([]);
  });
});

describe('the blank form as a Word document', () => {
  it('makes each writing space a table whose header is the question and whose one cell is empty to type into', async () => {
    const { document, html } = await word(blankModel);
    const spaces = blankModel.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'writingSpace');
    expect(spaces.length).toBeGreaterThan(10);
    expect(count(document, /<w:tblHeader\/>/g)).toBe(spaces.length);
    for (const space of spaces.slice(0, 5))
      expect(html).toContain(`<table><thead><tr><th><p><strong>${space.label.replace(/&/g, '&amp;')}</strong></p>`);
    expect(count(html, /<tbody><tr><td><\/td><\/tr><\/tbody>/g)).toBe(spaces.length);
  });

  it('lists the options of each question to tick as a list whose bullet is a box, ☐', async () => {
    const { numbering, html } = await word(blankModel);
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/><w:lvlText w:val="☐"\/>/);
    const ticks = blankModel.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'tickBoxes');
    expect(ticks.length).toBeGreaterThan(5);
    const first = ticks[0]!;
    expect(html).toContain(`<ul>${first.options.map((o) => `<li>${o}</li>`).join('')}</ul>`);
  });

  it('builds from the Welsh blank form too, marked cy-GB', async () => {
    const { core } = await word(buildBlankModel(agreementInputs({ t: createWizardTranslator('cy'), lang: 'cy-GB' })));
    expect(core).toContain('<dc:language>cy-GB</dc:language>');
  });
});
