import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEasyReadModel } from '~/core/easy-read/build-easy-read';
import { SYMBOL_IDS, type SymbolId } from '~/core/easy-read/symbols';
import { buildEasyReadPdf } from '~/core/pdf/easy-read/build-easy-read-pdf';
import { createTranslator } from '~/i18n/create-translator';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { MADE_AT } from '../../helpers/agreement-pdf';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { pdfText } from '../../helpers/pdf-text';
import { REPO_ROOT } from '../../helpers/paths';
import { figureAlts, saveAndInspect, smallestText } from '../../helpers/easy-read-pdf';

const symbols = new Map<SymbolId, Uint8Array>(
  SYMBOL_IDS.map((id) => [id, readFileSync(join(REPO_ROOT, `src/assets/symbols/mulberry/${id}.png`))]),
);
const model = buildEasyReadModel(completeFamily, agreementInputs({ t: createTranslator('en') }));
const points = [...model.intro, ...model.sections.flatMap((s) => s.points)];
const pdf = buildEasyReadPdf(model, openSansBytes(), symbols, undefined, { now: MADE_AT });

describe('the easy read PDF', () => {
  it('says every sentence of the easy read model, and nothing smaller than 16pt', async () => {
    const pages = await pdfText(await pdf);
    const text = pages
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const sentence of points.flatMap((p) => p.sentences))
      expect(text).toContain(sentence.replace(/[\u2068\u2069]/g, ''));
    expect(await smallestText(await pdf)).toBeGreaterThanOrEqual(16);
  });

  it('is tagged, with a Figure and its alternative text for every picture', async () => {
    const bytes = await pdf;
    const { info } = saveAndInspect('easy-read-complete', bytes);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const alts = await figureAlts(bytes);
    expect(alts.length).toBe(points.length);
    expect(alts).toEqual(points.map((p) => p.alt));
  });
});
