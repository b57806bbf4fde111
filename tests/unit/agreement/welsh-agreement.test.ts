import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { buildAgreementModel, buildBlankModel } from '~/core/agreement/build-model';
import { bilingualModel } from '~/core/agreement/bilingual';
import { inBothLanguages } from '~/core/agreement/model';
import { createWizardTranslator } from '~/i18n/wizard-resources';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { agreementPdf, poppler } from '../../helpers/agreement-pdf';
import { completeFamily } from '../../fixtures/answers/complete-family';
import type { Answers } from '~/core/journey/schema';

const welsh = agreementInputs({
  t: createWizardTranslator('cy'),
  lang: 'cy-GB',
  supportUrl: 'https://learn-together.example.nhs.uk/cy/support/',
});
// A Welsh family's own words, with the letters the standard PDF fonts cannot encode.
const answers = { ...completeFamily, 'your-name': 'Siân ap Dŵr', 'patient-name': 'Gwenllïan o Dŷ Gwyn' } as Answers;

/** Every word of the model's text that has a letter outside ASCII (ŵ, ŷ, â, ï ...). */
const accentedWords = (text: string) => [...new Set(text.match(/\p{L}*[^\p{ASCII}\s]\p{L}*/gu) ?? [])];
// Without the invisible marks that keep a person's words apart from the sentence around them (bidi isolates).
const modelText = (model: object) => JSON.stringify(model).replace(/[\u2066-\u2069]/g, ' ');
const squash = (text: string) => text.replace(/\s+/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the agreement in Welsh', () => {
  it('is written in Welsh, and its PDF says cy-GB and keeps every ŵ, ŷ and other accented letter', async () => {
    const model = buildAgreementModel(answers, welsh);
    expect(model.lang).toBe('cy-GB');
    const { file } = await agreementPdf('welsh-agreement', model);
    expect(poppler('pdfinfo', file)).toMatch(/Tagged:\s+yes/);
    const text = squash(poppler('pdftotext', '-enc', 'UTF-8', file, '-'));
    expect(text).toContain('Siân ap Dŵr');
    expect(text).toContain('Gwenllïan o Dŷ Gwyn');
    const words = accentedWords(modelText(model.sections));
    expect(words.length).toBeGreaterThan(10);
    expect(words.filter((word) => !text.includes(word))).toEqual([]);
  });

  it('the blank paper form in Welsh keeps its accented words too', async () => {
    const model = buildBlankModel(welsh);
    const { file } = await agreementPdf('welsh-blank', model);
    const text = squash(poppler('pdftotext', '-enc', 'UTF-8', file, '-'));
    expect(accentedWords(modelText(model.sections)).filter((word) => !text.includes(word))).toEqual([]);
  });
});

describe('the bilingual agreement (Welsh, then English)', () => {
  const english = buildAgreementModel(answers, agreementInputs());
  const model = bilingualModel(buildAgreementModel(answers, welsh), english);

  it('has all of the Welsh, then all of the English, each English section marked en-GB', () => {
    const welshSections = buildAgreementModel(answers, welsh).sections;
    expect(model.sections.slice(0, welshSections.length)).toEqual(welshSections);
    const rest = model.sections.slice(welshSections.length);
    expect(rest.length).toBe(english.sections.length + 1);
    expect(rest.every((s) => s.lang === 'en-GB')).toBe(true);
    expect(rest.slice(1).map((s) => s.heading)).toEqual(english.sections.map((s) => s.heading));
    expect(new Set(model.sections.map((s) => s.id)).size).toBe(model.sections.length);
    expect(model.title).toBe(buildAgreementModel(answers, welsh).title);
    expect(inBothLanguages(model, 'title')).toBe(`${model.title} / ${english.title}`);
    expect(model.alsoIn).toEqual({
      lang: 'en-GB',
      title: english.title,
      reference: english.reference,
      dateText: english.dateText,
    });
  });

  it('gives each English section the English labels, and starts the English on a new sheet', () => {
    const rest = model.sections.filter((s) => s.lang === 'en-GB');
    expect(rest.every((s) => s.labels === english.labels)).toBe(true);
    expect(model.labels).toEqual(buildAgreementModel(answers, welsh).labels);
    expect(model.sections.filter((s) => s.newPage).map((s) => s.id)).toEqual(['en-GB-intro']);
  });

  it('makes one tagged PDF in Welsh (/Lang cy-GB) whose English sections say /Lang en-GB', async () => {
    const { bytes, file } = await agreementPdf('bilingual-agreement', model);
    const text = squash(poppler('pdftotext', '-enc', 'UTF-8', file, '-'));
    expect(text.lastIndexOf(english.title)).toBeGreaterThan(text.indexOf(model.sections[0]!.heading));
    expect(text).toContain(english.sections.at(-1)!.heading);
    const raw = pdfObjects(bytes);
    expect(raw).toMatch(/\/Lang \(cy-GB\)/);
    expect(await englishSections(bytes)).toBe(english.sections.length + 1);
    // The English title under the Welsh one on the first page is its own element, marked English.
    expect(raw).toMatch(/\/S \/Div[^>]*\/Lang \(en-GB\)/);
  });

  it('starts the English on a page of its own, with nothing Welsh above it', async () => {
    const { file } = await agreementPdf('bilingual-agreement-pages', model);
    const plain = (text: string) => squash(text.replace(/[\u2066-\u2069]/g, ''));
    const pages = poppler('pdftotext', '-enc', 'UTF-8', file, '-').split('\f').map(plain);
    const first = pages.findIndex((page) => page.includes(plain(english.subtitle)));
    expect(first).toBeGreaterThan(0);
    // Under the running header (both references, both dates) the page opens with the English title.
    const header = `${inBothLanguages(model, 'reference')} ${inBothLanguages(model, 'dateText')}`;
    expect(pages[first]!.trim()).toMatch(
      new RegExp(`^${escape(`${header} ${english.title} ${plain(english.subtitle)}`)}`),
    );
    const welshLast = model.sections.filter((s) => s.lang !== 'en-GB').at(-1)!;
    expect(pages.slice(0, first).join(' ')).toContain(welshLast.heading);
  });
});

/** How many structure elements are sections marked English, read by pdf-lib (a regex over the bytes misses some). */
async function englishSections(bytes: Uint8Array): Promise<number> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.context
    .enumerateIndirectObjects()
    .filter(
      ([, object]) =>
        object instanceof PDFDict &&
        object.get(PDFName.of('S')) === PDFName.of('Sect') &&
        object.lookup(PDFName.of('Lang'))?.toString() === '(en-GB)',
    ).length;
}

/** The PDF's objects as text, object streams inflated: enough to find structure elements' keys. */
function pdfObjects(bytes: Uint8Array): string {
  const latin = Buffer.from(bytes).toString('latin1');
  const streams = [...latin.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      return '';
    }
  });
  return [latin, ...streams].join('\n');
}
