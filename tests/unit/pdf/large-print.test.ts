import { describe, expect, it } from 'vitest';
import { completeModel, largePrintModel } from '../../fixtures/agreement/models';
import { agreementPdf } from '../../helpers/agreement-pdf';
import { pdfText } from '../../helpers/pdf-text';

describe('the large-print PDF', () => {
  it('sets every piece of text at 16pt or more, page header and footer included', async () => {
    const pages = await pdfText((await agreementPdf('large-print', largePrintModel)).bytes);
    const runs = pages.flatMap((page) => page.runs);
    expect(runs.length).toBeGreaterThan(100);
    expect(runs.filter((run) => run.size < 16 - 0.01).map((run) => `${run.str} (${run.size}pt)`)).toEqual([]);
  });

  it('makes headings larger than the body text', async () => {
    const pages = await pdfText((await agreementPdf('large-print', largePrintModel)).bytes);
    const sizeOf = (text: string) => pages.flatMap((page) => page.runs).find((run) => run.str === text)?.size;
    expect(sizeOf(completeModel.title)).toBeGreaterThanOrEqual(24);
    expect(sizeOf('B. People')).toBeGreaterThanOrEqual(20);
  });

  it('takes more pages than the normal print', async () => {
    const normal = await pdfText((await agreementPdf('complete', completeModel)).bytes);
    const large = await pdfText((await agreementPdf('large-print', largePrintModel)).bytes);
    expect(large.length).toBeGreaterThan(normal.length);
  });

  it('uses 11pt body text in normal print', async () => {
    const pages = await pdfText((await agreementPdf('complete', completeModel)).bytes);
    expect(pages[0]!.runs.find((run) => run.str.startsWith(completeModel.intro[0]!.slice(0, 20)))?.size).toBeCloseTo(
      11,
    );
  });
});
