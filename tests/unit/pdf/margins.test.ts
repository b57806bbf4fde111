import { blankModel, completeModel, hostileModel, largePrintModel } from '../../fixtures/agreement/models';
import { describe, expect, it } from 'vitest';
import type { AgreementModel } from '~/core/agreement/model';
import { agreementPdf } from '../../helpers/agreement-pdf';
import { pdfText } from '../../helpers/pdf-text';

const MM = 72 / 25.4;
/** Left and right margins of the body column; the running header and footer sit inside the top and bottom ones. */
const SIDE = 20 * MM;
const END = 15 * MM;
const TOLERANCE = 0.5;

const MODELS: [string, AgreementModel][] = [
  ['hostile', hostileModel],
  ['complete', completeModel],
  ['large-print', largePrintModel],
  ['blank', blankModel],
];

describe.each(MODELS)('the %s PDF', (name, model) => {
  it('keeps every piece of text on every page inside the margins', async () => {
    const pages = await pdfText((await agreementPdf(name, model)).bytes);
    const outside = pages.flatMap((page, index) =>
      page.runs
        .filter(
          (run) =>
            run.x < SIDE - TOLERANCE ||
            run.x + run.width > page.width - SIDE + TOLERANCE ||
            run.y < END ||
            run.y + run.size > page.height - END,
        )
        .map(
          (run) =>
            `page ${index + 1}: "${run.str.slice(0, 40)}" at ${run.x.toFixed(1)},${run.y.toFixed(1)} width ${run.width.toFixed(1)}`,
        ),
    );
    expect(pages.flatMap((page) => page.runs).length).toBeGreaterThan(30);
    expect(outside).toEqual([]);
  });

  it('is A4 portrait on every page', async () => {
    const pages = await pdfText((await agreementPdf(name, model)).bytes);
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
  });
});
