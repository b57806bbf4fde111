import { describe, expect, it } from 'vitest';
import { buildAgreementPdf } from '../../../src/pdf/build-agreement';
import { completeModel } from '../../fixtures/agreement/complete-model';
import { hostileModel, LONG_VALUE_END, LONG_VALUE_START, POLISH, WELSH } from '../../fixtures/agreement/hostile-model';
import { agreementPdf, poppler } from '../../helpers/agreement-pdf';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { structureOf } from '../../helpers/pdf-structure';
import { pdfText } from '../../helpers/pdf-text';

const pdf = () => agreementPdf('hostile', hostileModel);
const allText = async () => (await pdfText((await pdf()).bytes)).map((page) => page.text).join('\n');

describe('letters and characters in the PDF', () => {
  it('keeps Welsh ŵ ŷ Ŵ Ŷ and Polish ąęłńśźż exactly as written', async () => {
    const text = await allText();
    expect(text).toContain(`Tŷ Ŵyn, Ysbyty Gŵyr ${WELSH}`);
    expect(text).toContain(`Łukasz Żółć-Wąsiewicz ${POLISH} ĄĘŁŃŚŹŻ`);
    expect(poppler('pdftotext', '-enc', 'UTF-8', (await pdf()).file, '-')).toContain(WELSH);
  });

  it('shows a visible replacement for each emoji code point the font lacks, and drops the invisible joiners', async () => {
    expect(await allText()).toContain('Family \uFFFD\uFFFD\uFFFD\uFFFD here');
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
    expect(text).toContain('הרק המ תעדל הצור ינא');
    expect(text).toMatch(/הרק המ תעדל הצור ינא.*We waited on/);
    expect(text).not.toContain('no detiaw eW');
  });

  it('draws markup as plain text and leaves out control characters', async () => {
    const text = await allText();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Reference: PSII-2026-0142[31m');
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
    const model = {
      ...completeModel,
      title: strange.join(''),
      reference: 'x'.repeat(2_000),
      dateText: strange.join(' '),
      pageOf: 'no placeholders',
      sections: [
        { id: 's', heading: strange.join(''), blocks: strange.map((text) => ({ kind: 'paragraph' as const, text })) },
      ],
    };
    const pages = await pdfText(await buildAgreementPdf(model, openSansBytes()));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.at(-1)!.text).toContain(`no placeholders ${pages.length}/${pages.length}`);
  });
});

describe('the PDF of an agreement full of hostile text', () => {
  it('flows across several pages', async () => {
    expect((await pdfText((await pdf()).bytes)).length).toBeGreaterThanOrEqual(5);
  });

  it('includes the whole 20,000-character answer, from its first word to its last', async () => {
    const text = await allText();
    expect(text).toContain(LONG_VALUE_START);
    expect(text).toContain(LONG_VALUE_END);
  });

  it('breaks the 300-character address into pieces that each fit a line', async () => {
    const pages = await pdfText((await pdf()).bytes);
    const pieces = pages.flatMap((page) => page.runs).filter((run) => run.str.includes('fmt07bipw3'));
    expect(pieces.length).toBeGreaterThan(4);
  });

  it('is still tagged, with the 40-row table and the 30-item list in its structure', async () => {
    const structure = await structureOf((await pdf()).bytes);
    expect(structure.unmarkedText).toEqual([]);
    expect(structure.orphanedText).toEqual([]);
    for (const role of ['Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody']) expect(structure.roles).toContain(role);
    expect(poppler('pdfinfo', (await pdf()).file)).toMatch(/^Tagged:\s+yes$/m);
  });
});
