import bidiFactory from 'bidi-js';

/** A stretch of one line in one font and one direction: `start`..`end` (UTF-16, end exclusive) of the line's text. */
export interface Run<F> {
  start: number;
  end: number;
  font: F;
  rightToLeft: boolean;
}

let bidi: ReturnType<typeof bidiFactory> | undefined;

/**
 * Splits one line into runs by font and bidi level (Unicode bidi algorithm, UAX #9) and returns them in
 * visual order, left to right, with the paragraph's resolved direction. `base` is the document's direction,
 * or 'auto' for the first strong character's (a family's own words in a left-to-right document).
 * `fontAt` gives the font for the character starting at each UTF-16 index.
 */
export function visualRuns<F>(
  text: string,
  base: 'ltr' | 'rtl' | 'auto',
  fontAt: (index: number) => F,
): { rightToLeft: boolean; runs: Run<F>[] } {
  bidi ??= bidiFactory();
  const { levels: resolved, paragraphs } = bidi.getEmbeddingLevels(text, base);
  const levels = keepNumberGroupsTogether(text, Uint8Array.from(resolved));
  const paragraphLevel = paragraphs[0]?.level ?? (base === 'rtl' ? 1 : 0);
  const logical: (Run<F> & { level: number })[] = [];
  for (let index = 0; index < text.length;) {
    const width = (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
    const font = fontAt(index);
    const level = levels[index]!;
    const last = logical[logical.length - 1];
    if (last && last.font === font && last.level === level) last.end = index + width;
    else logical.push({ start: index, end: index + width, font, level, rightToLeft: level % 2 === 1 });
    index += width;
  }
  // UAX #9 L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.
  const highest = Math.max(0, ...logical.map((run) => run.level));
  const lowestOdd = Math.min(...logical.map((run) => run.level).filter((level) => level % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    for (let i = 0; i < logical.length;) {
      if (logical[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < logical.length && logical[j]!.level >= level) j++;
      logical.splice(i, j - i, ...logical.slice(i, j).reverse());
      i = j;
    }
  }
  return {
    rightToLeft: paragraphLevel % 2 === 1,
    runs: logical.map(({ start, end, font, rightToLeft }) => ({ start, end, font, rightToLeft })),
  };
}

const NUMBER_GROUPS = /[\d\u0660-\u0669\u06F0-\u06F9]+(?:[ \u00A0][\d\u0660-\u0669\u06F0-\u06F9]+)+/g;
const DIGIT = /[\d\u0660-\u0669\u06F0-\u06F9]/;

/**
 * A number written in groups, such as the phone number "01632 960 000", reads left to right in right-to-left
 * text too. The bidi algorithm alone gives the spaces between its groups the paragraph's direction, so the
 * groups would come out in reverse ("000 960 01632"); the HTML isolates such numbers, and here the spaces
 * take the digits' level instead, which draws the same.
 */
function keepNumberGroupsTogether(text: string, levels: Uint8Array): Uint8Array {
  for (const match of text.matchAll(NUMBER_GROUPS)) {
    const start = match.index;
    const end = start + match[0].length;
    const level = levels[start]!;
    let sameLevel = level % 2 === 0;
    for (let i = start; i < end && sameLevel; i++) if (DIGIT.test(text[i]!) && levels[i] !== level) sameLevel = false;
    if (sameLevel) levels.fill(level, start, end);
  }
  return levels;
}

/** The character to draw for `char` in right-to-left text: "(" becomes ")" and so on. */
export function mirrored(char: string): string {
  bidi ??= bidiFactory();
  return bidi.getMirroredCharacter(char) ?? char;
}
