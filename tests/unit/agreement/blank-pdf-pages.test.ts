import { describe, expect, it } from 'vitest';
import { buildBlankModel, type BlankForm } from '~/core/agreement/build-model';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { pdfText, type PageText } from '../../helpers/pdf-text';
import { ruledLines, type Rule } from '../../helpers/pdf-rules';

const furniture = /^(Page \d+ of \d+|Reference:.*|Made on.*|_+)$/;
const MARGIN = 20 * (72 / 25.4);
/** A numbered question's label, or a section's heading: where a block of the form starts. */
const blockStart = /^(\d+\. |[A-L]\. |The investigation team’s part$)/;

/** Heights on a page of the body's text and its writing lines, top first. */
function bodyLines(page: PageText, rules: Rule[]) {
  const runs = page.runs.filter((run) => !furniture.test(run.str.trim()));
  // Below the page's header (its reference line and the rule under it), above its footer.
  const header = Math.min(...page.runs.filter((run) => /^Reference:/.test(run.str)).map((run) => run.y));
  const lines = rules.filter((rule) => rule.y > MARGIN && rule.y < header - 12 && rule.length > 100);
  return {
    runs,
    ys: [...runs.map((run) => run.y), ...lines.map((rule) => rule.y)].sort((a, b) => b - a),
  };
}

async function blankPages(largePrint: boolean, form: BlankForm = 'family') {
  const bytes = await buildAgreementPdf(buildBlankModel(agreementInputs({ largePrint }), form), openSansBytes());
  const [pages, rules] = await Promise.all([pdfText(bytes), ruledLines(bytes)]);
  return pages.map((page, index) => ({ page, ...bodyLines(page, rules[index]!) }));
}

// Liaison staff print this form; half-empty pages waste paper and look like something is missing. A page ends
// early only when the question (or signatures) that opens the next page would not have fitted whole.
describe.each([false, true])('the blank paper agreement (large print: %s)', (largePrint) => {
  it('fills every page but the last, unless what opens the next page would not fit in the room left', async () => {
    const pages = await blankPages(largePrint);
    const bottom = Math.min(...pages.flatMap((p) => p.ys));
    const early = pages.slice(0, -1).flatMap(({ page, ys }, index) => {
      const lowest = Math.min(...ys);
      if (lowest / page.height <= 1 / 3) return [];
      const next = pages[index + 1]!;
      const top = next.ys[0]!;
      // The continuation sheet starts a page of its own.
      if (next.runs.some((run) => run.str === 'More room to write' && run.y === top)) return [];
      // The block that opens the page runs down to the next question's label (a heading goes with its question).
      const numbered = next.runs.filter((run) => /^\d+\. /.test(run.str));
      const opensWithQuestion = next.runs.some((run) => run.y === top && blockStart.test(run.str));
      const end = opensWithQuestion ? numbered[1] : numbered[0];
      const firstBlock = top - (end ? end.y + end.size * 2 : Math.min(...next.ys));
      const room = lowest - bottom;
      return firstBlock > room ? [] : [{ page: index + 1, room, firstBlock }];
    });
    expect(early, JSON.stringify(early)).toEqual([]);
  });
});

// A question cut in two at a page break gets answered in half: its label, hint and every box or line stay together.
describe.each([
  ['family', false],
  ['family', true],
  ['bothSides', false],
  ['bothSides', true],
] as const)('the blank form (%s, large print: %s) splits no question across pages', (form, largePrint) => {
  const model = buildBlankModel(agreementInputs({ largePrint }), form);
  const pagesOf = blankPages(largePrint, form);

  it('prints every numbered question on the same page as its last box to tick', async () => {
    const pages = await pagesOf;
    const runs = pages.flatMap(({ runs }, page) => runs.map((run) => ({ ...run, page })));
    const questions = model.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'tickBoxes');
    expect(questions.length).toBeGreaterThan(20);
    const split = questions.flatMap((question) => {
      const number = /^\d+\. /.exec(question.label)![0];
      const label = runs.findIndex((run) => run.str.startsWith(number));
      const lastOption = question.options.at(-1)!.slice(0, 20);
      const option = runs.findIndex((run, index) => index > label && run.str.trim().startsWith(lastOption));
      expect({ number, label, option }).toMatchObject({ label: expect.any(Number), option: expect.any(Number) });
      return runs[label]!.page === runs[option]!.page
        ? []
        : [{ question: number, pages: [runs[label]!.page + 1, runs[option]!.page + 1] }];
    });
    expect(split).toEqual([]);
  });

  it('starts no page with writing lines left over from the page before (but for the sheet of more room)', async () => {
    const pages = await pagesOf;
    const more = pages.findIndex(({ runs }) => runs.some((run) => run.str === 'More room to write'));
    const continued = pages.flatMap(({ runs, ys }, index) => {
      const topText = Math.max(...runs.map((run) => run.y), -Infinity);
      return index > more && more >= 0 ? [] : ys[0]! > topText ? [index + 1] : [];
    });
    expect(continued).toEqual([]);
  });
});
