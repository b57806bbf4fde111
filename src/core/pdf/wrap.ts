import type { Typeface } from './fonts';

/** Width of a piece of text in points. */
export type Measure = (text: string) => number;

/** A width function for one font and size, remembering words it has already measured. */
export function measurer(face: Typeface, size: number): Measure {
  const { font, shaper } = face;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = shaper?.handles(text) ? shaper.width(text, size) : font.widthOfTextAtSize(text, size);
      if (cache.size < 20_000) cache.set(text, width);
    }
    return width;
  };
}

/**
 * Breaks text into lines no wider than `width` (the first line: `firstWidth`). Explicit newlines are kept and an
 * empty line stays an empty string; a word longer than a line is split between characters. When even the first word
 * does not fit `firstWidth` but would fit `width`, the first line is empty so the caller can start on the next one.
 */
export function wrapText(text: string, measure: Measure, width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  const limit = () => (lines.length === 0 ? firstWidth : width);
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(' ').filter((word) => word.length > 0);
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      if (line && lineWidth + space + wordWidth <= limit()) {
        line += ' ' + word;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (wordWidth > limit() && lines.length === 0 && wordWidth <= width) lines.push('');
      if (wordWidth <= limit()) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      const pieces = breakWord(word, measure, limit, (piece) => lines.push(piece));
      line = pieces;
      lineWidth = measure(pieces);
    }
    lines.push(line);
  }
  return lines;
}

/** Emits full-width pieces of a too-long word and returns the last, shorter piece. */
function breakWord(word: string, measure: Measure, limit: () => number, emit: (piece: string) => void): string {
  const points = Array.from(word);
  let start = 0;
  while (start < points.length) {
    const count = fittingCount(points, start, limit(), measure);
    const piece = points.slice(start, start + count).join('');
    start += count;
    if (start >= points.length) return piece;
    emit(piece);
  }
  return '';
}

/** How many code points from `start` fit in `max` (at least one, so a too-narrow column still makes progress). */
function fittingCount(points: string[], start: number, max: number, measure: Measure): number {
  const available = points.length - start;
  const fits = (count: number) => measure(points.slice(start, start + count).join('')) <= max;
  // Gallop first: measuring the whole remaining word each time would be slow for a 20,000-character token.
  let good = 0;
  let bad = available + 1;
  for (let probe = 8; probe < bad; probe *= 2) {
    const count = Math.min(probe, available);
    if (fits(count)) good = count;
    else bad = count;
    if (count === available) break;
  }
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (fits(middle)) good = middle;
    else bad = middle;
  }
  return Math.max(1, good);
}
