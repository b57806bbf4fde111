import { describe, expect, it } from 'vitest';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { buildAgreementModel } from '~/core/agreement/build-model';
import { hostileModel } from '../../fixtures/agreement/models';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { LONG_VALUE_END, LONG_VALUE_START } from '../../fixtures/answers/hostile';
import { agreementInputs } from '../../helpers/agreement-inputs';

const WELSH = 'Ŵ Ŷ ŵ ŷ';
const POLISH = 'ąęłńśźż';
import { agreementPdf, poppler } from '../../helpers/agreement-pdf';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { structureOf } from '../../helpers/pdf-structure';
import { pdfText } from '../../helpers/pdf-text';

const pdf = () => agreementPdf('hostile', hostileModel);
const allText = async () => (await pdfText((await pdf()).bytes)).map((page) => page.text).join('\n');

describe('letters and characters in the PDF', () => {
  it('keeps Welsh ŵ ŷ Ŵ Ŷ and Polish ąęłńśźż exactly as written', async () => {
    const text = await allText();
    expect(text).toContain('Ysbyty Gŵyr, Tŷ Ŵyn');
    expect(text).toContain('Łukasz Żółć-Wąsiewicz');
    expect(text).toContain(POLISH);
    expect(poppler('pdftotext', '-enc', 'UTF-8', (await pdf()).file, '-')).toContain('Ŷr-Dŵr');
    expect(text).toContain(WELSH.split(' ')[0]);
  });

  it('shows a visible replacement for each emoji code point the font lacks, and drops the invisible joiners', async () => {
    // "Evenings 🙂 — not before 10:00": the one emoji becomes one replacement, the words around it stay.
    expect(await allText()).toContain('Evenings \uFFFD — not before 10:00');
  });

  it('shows Arabic, which Open Sans cannot draw, as replacements', async () => {
    const text = await allText();
    expect(text).toContain('(Ward 7)');
    expect(text).not.toMatch(/\p{Script=Arabic}/u);
  });

  it('draws Hebrew left to right in the order it was typed, without reversing the Latin words beside it', async () => {
    // Extractors assume right-to-left text is stored in visual order, so logical order reads back mirrored:
    // the documented limit of a PDF without bidi. The HTML page is the accessible version.
    const text = poppler('pdftotext', '-enc', 'UTF-8', (await pdf()).file, '-');
    expect(text).toContain('please do not call it a');
    expect(text).not.toContain('ti llac ton od esaelp');
  });

  it('draws markup as plain text and leaves out control characters', async () => {
    const text = await allText();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Control characters vanish; tabs become spaces; CRLF');
    // eslint-disable-next-line no-control-regex -- the test is that no control character reaches the PDF.
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('never throws, whatever the text', async () => {
    const strange = [
      '\uD800',
      '\uDFFF',
      '\u0000'.repeat(50),
      '\u202E\u2066reversed',
      '\uFEFF',
      'a\u0301\u0301\u0301',
      '🏳️‍🌈👍🏽',
      '\n'.repeat(500),
      ' '.repeat(5000),
      'x'.repeat(30_000),
    ];
    // Each strange string as the answer to a question the agreement shows, and as the person's name.
    const fields = [
      'best-times',
      'places-to-avoid',
      'avoid-upset',
      'questions-outside-scope',
      'where-it-happened',
    ] as const;
    const answers = { ...completeFamily, 'your-name': strange.join(''), 'family-questions': { items: strange } };
    fields.forEach(
      (id, i) => ((answers as unknown as Record<string, string>)[id] = strange.slice(i * 2, i * 2 + 2).join('')),
    );
    const model = buildAgreementModel(answers, agreementInputs({ caseDetails: { reference: 'x'.repeat(2_000) } }));
    const pages = await pdfText(await buildAgreementPdf(model, openSansBytes()));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.at(-1)!.text).toContain(`Page ${pages.length} of ${pages.length}`);
  });
});

describe('the PDF of an agreement full of hostile text', () => {
  it('flows across several pages', async () => {
    expect((await pdfText((await pdf()).bytes)).length).toBeGreaterThanOrEqual(5);
  });

  it('includes the whole 5,000-character answer, from its first word to its last', async () => {
    const text = await allText();
    expect(text).toContain(LONG_VALUE_START);
    expect(text).toContain(LONG_VALUE_END);
  });

  it('breaks the 300-character address into pieces that each fit a line', async () => {
    const pages = await pdfText((await pdf()).bytes);
    const pieces = pages.flatMap((page) => page.runs).filter((run) => run.str.includes('fmt07bipw3'));
    expect(pieces.length).toBeGreaterThan(4);
  });

  it('is still tagged, with the people table and the 30-item list in its structure', async () => {
    const structure = await structureOf((await pdf()).bytes);
    expect(structure.unmarkedText).toEqual([]);
    expect(structure.orphanedText).toEqual([]);
    for (const role of ['Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody']) expect(structure.roles).toContain(role);
    expect(poppler('pdfinfo', (await pdf()).file)).toMatch(/^Tagged:\s+yes$/m);
  });
});
