import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEasyReadModel } from '~/core/easy-read/build-easy-read';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { buildEasyReadPdf } from '~/core/pdf/easy-read/build-easy-read-pdf';
import { scriptNeeds } from '~/core/pdf/scripts/script-fonts';
import { drawnStrings, findUndrawableText } from '~/core/pdf/undrawable-text';
import { createTranslator } from '~/i18n/create-translator';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { MADE_AT, PDF_OUTPUT, poppler } from '../../helpers/agreement-pdf';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { pdfText } from '../../helpers/pdf-text';
import { complexScripts } from '../../helpers/script-fonts';
import { SAMPLES, URDU_SAMPLES, samplesModel, samplesPdf } from '../../helpers/script-samples';

/** pdftotext puts line breaks and, in right-to-left words, spaces where it sees gaps: compare without them. */
const squeezed = (text: string) => text.replace(/[\s\u200E\u200F\u202A-\u202E]+/g, '');

function save(name: string, bytes: Uint8Array): string {
  mkdirSync(PDF_OUTPUT, { recursive: true });
  const file = join(PDF_OUTPUT, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

describe('an agreement with a family’s words in many scripts', () => {
  let file = '';
  let urduFile = '';
  beforeAll(async () => {
    file = save('scripts-en', await samplesPdf(SAMPLES));
    urduFile = save('scripts-ur', await samplesPdf(URDU_SAMPLES, 'ur'));
  });

  it('asks for exactly the fonts the words need, and Nastaliq for Urdu', () => {
    expect(scriptNeeds(drawnStrings(samplesModel(SAMPLES)), 'en-GB')).toEqual({
      fonts: ['arabic', 'bengali', 'cjk', 'devanagari', 'emoji', 'gurmukhi'],
      shaping: true,
    });
    expect(
      scriptNeeds(
        URDU_SAMPLES.map((s) => s.text),
        'ur',
      ).fonts,
    ).toEqual(['urdu']);
    expect(scriptNeeds(['Siân Dŵr, Zażółć, Ștefan, Γιώργος, Київ'], 'cy')).toEqual({ fonts: [], shaping: false });
  });

  const leftToRight = SAMPLES.filter((sample) => sample.font !== 'arabic');
  it.each(leftToRight.map((sample) => [sample.name, sample.text]))('pdftotext reads %s back as typed', (_, text) => {
    expect(squeezed(poppler('pdftotext', '-enc', 'UTF-8', file, '-'))).toContain(squeezed(text));
  });

  // pdftotext orders the words of a right-to-left line in a left-to-right page by its own rules, and reads
  // Nastaliq's raised letters as lines of their own; each Arabic word still comes back as typed, digits in order.
  it('pdftotext reads each Arabic word back as typed, and 2026 as 2026', () => {
    const text = squeezed(poppler('pdftotext', '-enc', 'UTF-8', file, '-'));
    for (const word of SAMPLES[0]!.text.split(' ')) expect(text).toContain(word);
  });

  // pdf.js reads text in the order it is drawn: right-to-left words are drawn as written, last glyph first. It
  // makes up a character for a glyph that stands for no letter of its own (a mark, Nastaliq's dots): left out here.
  it.each([...SAMPLES.filter((sample) => sample.font === 'arabic'), ...URDU_SAMPLES].map((s) => [s.name, s.text]))(
    'pdf.js reads %s back in logical order',
    async (_, text) => {
      const pages = await pdfText(new Uint8Array(readFileSync(text === SAMPLES[0]!.text ? file : urduFile)));
      const arabicAndDigits = (words: string) => words.replace(/[^\p{scx=Arabic}0-9]/gu, '');
      expect(arabicAndDigits(pages.map((page) => page.text).join(''))).toContain(arabicAndDigits(text));
    },
  );

  it('stays a tagged PDF', () => {
    expect(poppler('pdfinfo', file)).toMatch(/^Tagged:\s+yes$/m);
    expect(poppler('pdfinfo', urduFile)).toMatch(/^Tagged:\s+yes$/m);
  });

  it('embeds each script font as a subset with a Unicode map', () => {
    const fonts = poppler('pdffonts', file) + poppler('pdffonts', urduFile);
    for (const name of [
      'NotoNaskhArabic',
      'NotoNastaliqUrdu',
      'NotoSansBengali',
      'NotoSansGurmukhi',
      'NotoSansDevanagari',
      'NotoSansSC',
      'NotoEmoji',
    ]) {
      expect(fonts).toMatch(
        new RegExp(`^[A-Z]{6}\\+${name}-Regular\\s+CID TrueType\\s+Identity-H\\s+yes yes yes`, 'm'),
      );
    }
  });

  it('keeps the Chinese font small: only the glyphs drawn, not its 10 MB', async () => {
    const bytes = await samplesPdf(SAMPLES.filter((sample) => sample.font === 'cjk'));
    expect(bytes.length).toBeLessThan(120_000);
  });
});

describe('the Latin path', () => {
  it('makes the same bytes whether or not HarfBuzz and the script fonts are given', async () => {
    const model = samplesModel(SAMPLES.filter((sample) => sample.font === 'latin'));
    const scripts = await complexScripts(['arabic', 'cjk']);
    const plain = await buildAgreementPdf(model, openSansBytes(), undefined, { now: MADE_AT });
    const withScripts = await buildAgreementPdf(model, openSansBytes(), scripts, { now: MADE_AT });
    expect(Buffer.from(withScripts).equals(Buffer.from(plain))).toBe(true);
  });
});

describe('findUndrawableText with the script fonts available', () => {
  const model = samplesModel([...SAMPLES, { name: 'Thai', text: 'สวัสดี', font: 'latin' }]);

  it('names only the writing no font of ours can draw', () => {
    const all = ['arabic', 'urdu', 'bengali', 'gurmukhi', 'devanagari', 'cjk', 'emoji'] as const;
    expect(findUndrawableText(model, openSansBytes(), [...all])).toEqual(['สวัสดี']);
  });

  it('still names a script whose font is not loaded', () => {
    const found = findUndrawableText(model, openSansBytes(), ['arabic', 'bengali', 'gurmukhi', 'devanagari', 'emoji']);
    expect(found).toEqual(['我们希望每两周收到一次消…', 'สวัสดี']);
  });
});

describe('the easy read PDF with a family’s own script', () => {
  it('draws an Urdu name in Nastaliq and a Bengali one in Noto Sans Bengali, and reads them back', async () => {
    const answers = { ...completeFamily, 'your-name': 'محمد علی', 'patient-name': 'রহিমা খাতুন' };
    const model = buildEasyReadModel(answers, agreementInputs({ t: createTranslator('en') }));
    const urduModel = { ...model, lang: 'ur' };
    const { fonts } = scriptNeeds(drawnStrings(urduModel), urduModel.lang);
    expect(fonts).toEqual(['bengali', 'urdu']);
    const bytes = await buildEasyReadPdf(urduModel, openSansBytes(), new Map(), await complexScripts(fonts), {
      now: MADE_AT,
    });
    const file = save('scripts-easy-read', bytes);
    expect(poppler('pdffonts', file)).toMatch(/NotoNastaliqUrdu-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(squeezed(poppler('pdftotext', '-enc', 'UTF-8', file, '-'))).toContain('রহিমাখাতুন');
    const pages = await pdfText(bytes);
    expect(
      pages
        .map((page) => page.text)
        .join('')
        .replace(/[^\p{scx=Arabic}]/gu, ''),
    ).toContain('محمدعلی');
  });
});

describe('hostile writing on the shaped path', () => {
  it('still makes a tagged PDF from a 20,000-letter Arabic word, direction overrides, emoji families and Indic runs', async () => {
    const scripts = await complexScripts(['arabic', 'urdu', 'bengali', 'cjk', 'emoji']);
    const mixed = '\u202eمحمد\u202c abc \u2067عل\u2069 👨‍👩‍👧 ﷽ ٢٠٢٦ (قوسین) [x] ' + 'ক্ষ'.repeat(300) + ' 王'.repeat(500);
    const model = samplesModel([{ name: 'long', text: 'م'.repeat(20_000) + '\n' + mixed, font: 'arabic' }]);
    for (const lang of ['en-GB', 'ur']) {
      const file = save(
        `scripts-hostile-${lang}`,
        await buildAgreementPdf({ ...model, lang }, openSansBytes(), scripts),
      );
      expect(poppler('pdfinfo', file)).toMatch(/^Tagged:\s+yes$/m);
      expect(squeezed(poppler('pdftotext', '-enc', 'UTF-8', file, '-'))).toContain('ক্ষক্ষক্ষ');
    }
  });
});
