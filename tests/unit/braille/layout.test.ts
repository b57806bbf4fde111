import { describe, expect, it } from 'vitest';
import { buildAgreementModel } from '~/core/agreement/build-model';
import { bilingualModel } from '~/core/agreement/bilingual';
import { agreementBrf, brfFileName } from '~/core/braille/layout';
import { layOutPages, toBrf } from '~/core/braille/pages';
import { CELLS_PER_LINE, LINES_PER_PAGE, type BrailleTranslate } from '~/core/braille/cells';
import { createWizardTranslator } from '~/i18n/wizard-resources';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { completeFamily } from '../../fixtures/answers/complete-family';
import type { Answers } from '~/core/journey/schema';

/** A stand-in for liblouis: the print in capitals, one cell a letter (accents dropped, one space between words). */
const fakeBraille: BrailleTranslate = (text) =>
  text
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim();

const pagesOf = (brf: string) => brf.split('\f').map((page) => page.split('\r\n').slice(0, -1));

const answers = completeFamily as Answers;
const english = buildAgreementModel(answers, agreementInputs());
const welsh = buildAgreementModel(
  answers,
  agreementInputs({ t: createWizardTranslator('cy'), lang: 'cy-GB', copy: { for: 'team', includePrivate: true } }),
);

describe('the braille-ready agreement (layout)', () => {
  for (const [name, model] of [
    ['English', english],
    ['Welsh and English, the team copy', bilingualModel(welsh, english)],
  ] as const) {
    describe(name, () => {
      const brf = agreementBrf(model, fakeBraille);
      const pages = pagesOf(brf);

      it('has pages of at most 25 lines of at most 40 cells, in BRF ASCII with CR LF line ends', () => {
        expect(pages.length).toBeGreaterThan(3);
        for (const lines of pages) {
          expect(lines.length).toBeLessThanOrEqual(LINES_PER_PAGE);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(CELLS_PER_LINE);
        }
        expect(brf).toMatch(/^[\x20-\x5f\r\n\f]+$/);
        expect(brf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      });

      it('numbers each page at the right of its first line, in braille numbers, and starts no page with a blank line', () => {
        const letters = 'JABCDEFGHI';
        pages.forEach((lines, index) => {
          const number = `#${[...String(index + 1)].map((d) => letters[Number(d)]).join('')}`;
          expect(lines[0]).toBe(number.padStart(CELLS_PER_LINE));
          expect(lines[1]?.trim()).not.toBe('');
        });
      });

      it('keeps every heading, paragraph and sentence of the agreement, in order', () => {
        // Without spaces: a web address longer than a line is the one word that has to be split.
        const squash = (text: string) => text.replace(/ /g, '');
        const body = squash(pages.flatMap((lines) => lines.slice(1)).join(''));
        // The headings, paragraphs and sentences the HTML page shows, in its order.
        const texts = model.sections.flatMap((section) => [
          fakeBraille(section.heading, ''),
          ...section.blocks.flatMap((block) =>
            block.kind === 'paragraph' || block.kind === 'statement' ? [fakeBraille(block.text, '')] : [],
          ),
        ]);
        expect(texts.length).toBeGreaterThan(20);
        let from = 0;
        for (const text of [...model.intro.map((p) => fakeBraille(p, '')), ...texts]) {
          const at = body.indexOf(squash(text), from);
          expect(at, text).toBeGreaterThanOrEqual(from);
          from = at + squash(text).length;
        }
      });

      it('centres each section heading and never leaves one at the foot of a page', () => {
        for (const lines of pages) {
          const last = lines[lines.length - 1]!;
          const heading = model.sections.some((s) => fakeBraille(s.heading, s.lang ?? model.lang) === last.trim());
          expect(heading, last).toBe(false);
        }
        const title = pages[0]![1]!;
        const left = title.length - title.trimStart().length;
        expect(Math.abs(left - (CELLS_PER_LINE - title.length))).toBeLessThanOrEqual(1);
      });
    });
  }

  it('starts the second language of a bilingual agreement on a new page', () => {
    const model = bilingualModel(welsh, english);
    const second = model.sections.find((section) => section.newPage)!;
    const pages = pagesOf(agreementBrf(model, fakeBraille));
    const at = pages.findIndex((lines) => lines[1]!.trim() === fakeBraille(second.heading, 'en'));
    expect(at).toBeGreaterThan(0);
  });

  it('wraps between words, runs a list item over two cells in, and splits only a word longer than a line', () => {
    const long = 'X'.repeat(45);
    const [page] = layOutPages([
      { braille: 'ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN', first: 0, runover: 2 },
      'blank',
      { braille: `A ${long}`, first: 0, runover: 0 },
    ]);
    expect(page).toEqual([
      '#A'.padStart(40),
      'ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT',
      '  NINE TEN',
      '',
      'A',
      'X'.repeat(40),
      'XXXXX',
    ]);
  });

  it('puts a form feed between pages and fills each page to 25 lines before the next', () => {
    const flow = Array.from({ length: 30 }, (_, i) => ({ braille: `LINE ${i}`, first: 0, runover: 0 }));
    const pages = layOutPages(flow);
    expect(pages.map((lines) => lines.length)).toEqual([25, 7]);
    expect(pages[1]![0]).toBe('#B'.padStart(40));
    expect(toBrf(pages).split('\f')).toHaveLength(2);
  });

  it('names the file like the PDF, ending .brf', () => {
    expect(brfFileName(english)).toBe(english.fileName.replace(/\.pdf$/, '.brf'));
    expect(brfFileName(english)).toMatch(/\.brf$/);
  });
});
