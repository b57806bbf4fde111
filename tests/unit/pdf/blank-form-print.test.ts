import { describe, expect, it } from 'vitest';
import { buildAgreementModel, buildBlankModel } from '~/core/agreement/build-model';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { pdfText } from '../../helpers/pdf-text';
import { textColours } from '../../helpers/pdf-colours';
import { completeFamily } from '../../fixtures/answers/complete-family';

// The page header and footer (reference, date, page number) are not what the family reads and writes beside.
const furniture = /^(Page \d+ of \d+|Reference:.*|Made on.*)$/;
/** As dark as the body text (#212b32): a photocopier keeps it. The hints' NHS grey (#4c6272) is not. */
const dark = ([r, g, b]: number[]) => Math.max(r!, g!, b!) <= 0.25;

describe.each([
  [false, 12],
  [true, 16],
])('the blank paper form, photocopied (large print: %s)', (largePrint, smallest) => {
  it(`has all its text at ${smallest}pt or more`, async () => {
    const bytes = await buildAgreementPdf(buildBlankModel(agreementInputs({ largePrint })), openSansBytes());
    const runs = (await pdfText(bytes)).flatMap((page) => page.runs);
    const small = runs.filter((run) => run.str.trim() && !furniture.test(run.str.trim()) && run.size < smallest - 0.01);
    expect(runs.some((run) => run.str === 'Tick one')).toBe(true);
    expect(small.map((run) => `${run.size.toFixed(1)}pt ${run.str}`)).toEqual([]);
  });

  it('draws every word, hints and "Tick one" included, in near-black: no grey a copier would lose', async () => {
    const bytes = await buildAgreementPdf(buildBlankModel(agreementInputs({ largePrint })), openSansBytes());
    const colours = (await textColours(bytes)).flat();
    expect(colours.length).toBeGreaterThan(0);
    expect(colours.filter((c) => !dark(c))).toEqual([]);
  });
});

describe('the filled-in agreement', () => {
  it('keeps its own print size (11pt), so only the blank form changes', async () => {
    const model = buildAgreementModel(completeFamily, agreementInputs());
    const runs = (await pdfText(await buildAgreementPdf(model, openSansBytes()))).flatMap((page) => page.runs);
    expect(
      Math.min(...runs.filter((r) => r.str.trim() && !furniture.test(r.str.trim())).map((r) => r.size)),
    ).toBeLessThan(12);
  });
});
