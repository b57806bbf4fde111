import { CELLS_PER_LINE, type BrailleParagraph } from './cells';

/** Breaks a word longer than a line into pieces that fit: the only time a braille word is split. */
const pieces = (word: string, width: number): string[] =>
  word.length <= width ? [word] : [word.slice(0, width), ...pieces(word.slice(width), width)];

/**
 * Sets a paragraph's braille into lines of at most 40 cells, breaking only between words, with its first
 * line and runovers indented as asked (a list item's runovers start two cells in) or each line centred.
 */
export function wrapParagraph(paragraph: BrailleParagraph): string[] {
  const { first, runover, centred } = paragraph;
  const lines: string[] = [];
  let line = '';
  const indent = () => (lines.length === 0 ? first : runover);
  const width = () => CELLS_PER_LINE - indent();
  const finish = () => {
    if (line) lines.push(' '.repeat(indent()) + line);
    line = '';
  };
  for (const word of paragraph.braille.split(' ').filter(Boolean)) {
    if (line && line.length + 1 + word.length <= width()) {
      line += ` ${word}`;
      continue;
    }
    finish();
    const parts = pieces(word, width());
    for (const part of parts.slice(0, -1)) {
      line = part;
      finish();
    }
    line = parts[parts.length - 1]!;
  }
  finish();
  if (!centred) return lines;
  return lines.map((text) => {
    const trimmed = text.trim();
    return ' '.repeat(Math.floor((CELLS_PER_LINE - trimmed.length) / 2)) + trimmed;
  });
}
