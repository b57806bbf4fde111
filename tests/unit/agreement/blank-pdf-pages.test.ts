import { describe, expect, it } from 'vitest';
import { buildBlankModel } from '~/core/agreement/build-model';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { pdfText } from '../../helpers/pdf-text';
import { ruledLines } from '../../helpers/pdf-rules';

// Liaison staff print this form; half-empty pages waste paper and look like something is missing.
describe.each([false, true])('the blank paper agreement (large print: %s)', (largePrint) => {
  it('fills every page but the last: its lowest label or writing line sits in the bottom third of the page', async () => {
    const bytes = await buildAgreementPdf(buildBlankModel(agreementInputs({ largePrint })), openSansBytes());
    const pages = await pdfText(bytes);
    const furniture = /^(Page \d+ of \d+|Reference:.*|Made on.*|_+)$/;
    const rules = await ruledLines(bytes);
    const lowest = pages.slice(0, -1).map((page, index) => {
      const body = page.runs.filter((run) => !furniture.test(run.str.trim()));
      const lines = rules[index]!.filter((rule) => rule.y > 20 * (72 / 25.4)).map((rule) => rule.y);
      return { page: index + 1, fromBottom: Math.min(...body.map((run) => run.y), ...lines) / page.height };
    });
    // The signature block never splits, so the page before a last page that holds only it may end early.
    const lastIsSignatures = pages.at(-1)!.runs.some((run) => run.str.startsWith('L. '));
    const early = lowest.filter((p) => p.fromBottom > 1 / 3 && !(lastIsSignatures && p.page === pages.length - 1));
    expect(early).toEqual([]);
  });
});
