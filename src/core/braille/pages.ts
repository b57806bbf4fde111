import { brailleNumber, CELLS_PER_LINE, LINES_PER_PAGE, type BrailleFlow } from './cells';
import { wrapParagraph } from './wrap';

/** Line 1 of every page carries only its braille page number, at the right (UK practice). */
const BODY_LINES = LINES_PER_PAGE - 1;

const numberLine = (page: number) => {
  const number = brailleNumber(page);
  return ' '.repeat(CELLS_PER_LINE - number.length) + number;
};

/**
 * Lays the flow out on braille pages: at most 25 lines of at most 40 cells, numbered at the top right,
 * no blank line at the top of a page, and a heading always followed on its page by the start of what it heads.
 */
export function layOutPages(flow: BrailleFlow[]): string[][] {
  const bodies: string[][] = [[]];
  const current = () => bodies[bodies.length - 1]!;
  const newPage = () => {
    if (current().length > 0) bodies.push([]);
  };
  for (const [index, item] of flow.entries()) {
    if (item === 'newPage') newPage();
    else if (item === 'blank') {
      if (current().length > 0 && current().length < BODY_LINES) current().push('');
    } else {
      const lines = wrapParagraph(item);
      const nextAt = flow.findIndex((later, at) => at > index && typeof later !== 'string');
      // A heading keeps its own lines, the blank lines after it and the first line of what it heads together.
      const between = nextAt < 0 ? 0 : flow.slice(index + 1, nextAt).filter((later) => later === 'blank').length;
      const needed = item.keepWithNext && nextAt >= 0 ? lines.length + between + 1 : Math.min(lines.length, 1);
      if (current().length + needed > BODY_LINES) newPage();
      for (const line of lines) {
        if (current().length === BODY_LINES) newPage();
        current().push(line);
      }
    }
  }
  return bodies.map((body, page) => {
    while (body[body.length - 1] === '') body.pop();
    return [numberLine(page + 1), ...body];
  });
}

/** The pages as a BRF file: each line ends with CR LF, and a form feed starts each page after the first. */
export const toBrf = (pages: string[][]) =>
  pages.map((lines) => lines.map((line) => `${line}\r\n`).join('')).join('\f');
