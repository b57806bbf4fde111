import {
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  moveText,
  setFontAndSize,
  showText,
  type PDFFont,
} from 'pdf-lib';
import type { ShapedFont, ShapedGlyph } from './shaped-font';
import { hex4 } from './type0-font';

/** A run of a line as laid out, in visual order: Open Sans text, or glyphs HarfBuzz shaped in a script font. */
export type Piece =
  | { kind: 'latin'; text: string; start: number; unitWidth: number }
  | {
      kind: 'shaped';
      font: ShapedFont;
      glyphs: ShapedGlyph[];
      start: number;
      end: number;
      rightToLeft: boolean;
      unitWidth: number;
    };

/** Something drawn at `x` (points from the line's start) that stands for the writing from `start` on. */
interface Group {
  start: number;
  x: number;
  draw(operators: PDFOperator[]): void;
}

const WORD = /\S+/g;

/**
 * The operators that draw a laid-out line, the pen already at its start. Pieces are placed left to right, but
 * drawn in the order they were written (logical order), each moved to its place: software that reads text in
 * the order it is drawn, such as a screen reader, gets the words in order.
 */
export function drawPieces(
  text: string,
  pieces: Piece[],
  size: number,
  openSans: PDFFont,
  fontKey: (font: ShapedFont | undefined) => PDFName,
): PDFOperator[] {
  const groups: Group[] = [];
  let x = 0;
  for (const piece of pieces) {
    if (piece.kind === 'latin') {
      if (piece.text)
        groups.push({
          start: piece.start,
          x,
          draw: (operators) =>
            operators.push(setFontAndSize(fontKey(undefined), size), showText(openSans.encodeText(piece.text))),
        });
    } else {
      groups.push(...wordGroups(text, piece, size, x, fontKey(piece.font)));
    }
    x += piece.unitWidth * size;
  }
  const operators: PDFOperator[] = [];
  let penX = 0;
  for (const group of [...groups].sort((a, b) => a.start - b.start)) {
    // Td moves from the start of the last Td, which TJ and Tj leave alone.
    if (group.x !== penX) operators.push(moveText(round(group.x - penX), 0));
    penX = group.x;
    group.draw(operators);
  }
  return operators;
}

/**
 * A shaped piece cut into its words (and the spaces between), each with its place on the line. A left-to-right
 * word is a Span whose /ActualText gives its letters as typed (Indic vowel signs are drawn before the consonant
 * they follow). A right-to-left word has none: readers such as poppler put right-to-left glyphs back into logical
 * order themselves and would reverse an /ActualText; its glyphs are drawn last letter first, so that software
 * reading in drawing order meets its letters as written, each glyph standing for its own letters (/ToUnicode).
 */
function wordGroups(
  text: string,
  piece: Extract<Piece, { kind: 'shaped' }>,
  size: number,
  pieceX: number,
  key: PDFName,
): Group[] {
  const words = [...text.slice(piece.start, piece.end).matchAll(WORD)].map((match) => ({
    start: piece.start + match.index,
    end: piece.start + match.index + match[0].length,
  }));
  const wordOf = (cluster: number) => words.findIndex((word) => cluster >= word.start && cluster < word.end);
  const cids = recordGlyphs(text, piece);
  const groups: Group[] = [];
  const scale = size / piece.font.unitsPerEm;
  let x = pieceX;
  let from = 0;
  piece.glyphs.forEach((glyph, index) => {
    const next = piece.glyphs[index + 1];
    if (next && wordOf(next.cluster) === wordOf(glyph.cluster)) return;
    const glyphs = piece.glyphs.slice(from, index + 1).map((g, i) => ({ ...g, ...cids[from + i]! }));
    const word = piece.rightToLeft ? undefined : words[wordOf(glyph.cluster)];
    groups.push({
      start: Math.min(...glyphs.map((g) => g.cluster)),
      x,
      draw(operators) {
        operators.push(setFontAndSize(key, size));
        if (word) operators.push(beginSpan(text.slice(word.start, word.end)));
        writeGlyphs(operators, piece.font, glyphs, size, piece.rightToLeft);
        if (word) operators.push(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
      },
    });
    x += glyphs.reduce((sum, g) => sum + g.advance, 0) * scale;
    from = index + 1;
  });
  return groups;
}

function beginSpan(words: string): PDFOperator {
  const actualText = PDFHexString.fromText(words).toString();
  return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
    PDFName.of('Span'),
    `<</ActualText ${actualText}>>`,
  ]);
}

/**
 * Tells the font which glyphs were drawn and what writing each stands for: a cluster's letters go to its first
 * glyph, its other glyphs (marks, Nastaliq's dots) stand for nothing more. Returns the CID to draw each with.
 */
function recordGlyphs(text: string, piece: Extract<Piece, { kind: 'shaped' }>): { cid: number }[] {
  const clusters = [...new Set(piece.glyphs.map((g) => g.cluster))].sort((a, b) => a - b);
  const first = new Map<number, number>();
  piece.glyphs.forEach((glyph, index) => {
    // In a right-to-left run a cluster's glyphs come last to first.
    if (!first.has(glyph.cluster) || piece.rightToLeft) first.set(glyph.cluster, index);
  });
  return piece.glyphs.map((glyph, index) => {
    const next = clusters[clusters.indexOf(glyph.cluster) + 1] ?? piece.end;
    const letters = first.get(glyph.cluster) === index ? text.slice(glyph.cluster, next) : '';
    return { cid: piece.font.pdf.use(glyph.glyph, letters) };
  });
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Writes shaped glyphs (in visual order, drawn in reverse when `backwards`) with one TJ: before each glyph the
 * pen moves to where HarfBuzz put it (its origin plus x offset), so /W widths never decide a position. Glyphs
 * raised or lowered (Nastaliq's cascade, marks) get a text rise (Ts) for their stretch, put back to 0 at the end.
 */
function writeGlyphs(
  operators: PDFOperator[],
  font: ShapedFont,
  glyphs: (ShapedGlyph & { cid: number })[],
  size: number,
  backwards: boolean,
): void {
  const perThousand = 1000 / font.unitsPerEm;
  const origins: number[] = [];
  glyphs.reduce((x, glyph) => (origins.push(x), x + glyph.advance * perThousand), 0);
  let parts: string[] = [];
  let pen = 0;
  let rise = 0;
  const flush = () => {
    if (parts.length > 0) operators.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [`[${parts.join(' ')}]`]));
    parts = [];
  };
  const order = glyphs.map((_, index) => index);
  if (backwards) order.reverse();
  for (const index of order) {
    const glyph = glyphs[index]!;
    const glyphRise = round((glyph.dy * size) / font.unitsPerEm);
    if (glyphRise !== rise) {
      flush();
      operators.push(PDFOperator.of(PDFOperatorNames.SetTextRise, [String(glyphRise)]));
      rise = glyphRise;
    }
    const target = origins[index]! + glyph.dx * perThousand;
    // A TJ number moves the pen left by that many thousandths of the font size.
    if (round(pen - target) !== 0) parts.push(String(round(pen - target)));
    parts.push(`<${hex4(glyph.cid)}>`);
    pen = target + font.pdf.width(glyph.glyph);
  }
  flush();
  if (rise !== 0) operators.push(PDFOperator.of(PDFOperatorNames.SetTextRise, ['0']));
}
