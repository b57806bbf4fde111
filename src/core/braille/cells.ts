/** A braille page as an embosser and a braille display expect it (BRF): 40 cells a line, 25 lines a page. */
export const CELLS_PER_LINE = 40;
export const LINES_PER_PAGE = 25;

/**
 * Turns print into braille as BRF ASCII (one character a cell), in the given language's braille code.
 * Injected, so the layout can be checked without liblouis.
 */
export type BrailleTranslate = (text: string, lang: string) => string;

/** A run of braille set on the page: where its first line and its runover lines start, or centred. */
export interface BrailleParagraph {
  braille: string;
  first: number;
  runover: number;
  centred?: boolean;
  /** A heading: never left alone at the foot of a page. */
  keepWithNext?: boolean;
}

/** What the layout places, in order: paragraphs, a blank line between blocks, or a new page. */
export type BrailleFlow = BrailleParagraph | 'blank' | 'newPage';

/** The braille page number: the numeric sign and the digits as the letters a to j (UEB and Welsh braille alike). */
export const brailleNumber = (n: number) => `#${[...String(n)].map((digit) => 'JABCDEFGHI'[Number(digit)]).join('')}`;
