import {
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  setFontAndSize,
  showText,
  type PDFDocument,
  type PDFFont,
  type PDFRef,
} from 'pdf-lib';
import { mirrored, visualRuns } from './bidi-runs';
import { charFont, isRightToLeftLang, type ScriptFont } from './script-fonts';
import type { ComplexScripts } from './complex-scripts';
import { openShapedFont, type ShapedFont, type ShapedGlyph } from './shaped-font';
import { hex4 } from './type0-font';

/** Lays out and draws lines that Open Sans alone cannot: right-to-left, shaped or in another script's font. */
export interface LineShaper {
  /** Whether a script font draws this character (Open Sans's own coverage is the typeface's business). */
  covers(codePoint: number): boolean;
  /** Whether the line must take this path; Latin, Greek and Cyrillic lines keep Open Sans's. */
  handles(text: string): boolean;
  width(text: string, size: number): number;
  /** The line's paragraph direction: the document's, or in a left-to-right document its first strong letter's. */
  rightToLeft(text: string): boolean;
  /** Text operators (inside BT/ET, after the pen is at the baseline's start) that draw the line. */
  draw(text: string, size: number, fontKey: (name: string, ref: PDFRef) => PDFName): PDFOperator[];
}

type Piece =
  | { kind: 'latin'; text: string; unitWidth: number }
  | {
      kind: 'shaped';
      font: ShapedFont;
      glyphs: ShapedGlyph[];
      start: number;
      end: number;
      rightToLeft: boolean;
      unitWidth: number;
    };

interface LaidOut {
  rightToLeft: boolean;
  pieces: Piece[];
}

const SIMPLE = /^[\p{scx=Latin}\p{scx=Greek}\p{scx=Cyrillic}\p{scx=Common}\p{scx=Inherited}]*$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const JOINER = /^[\u200C\u200D]$/;
// Listed as code points on purpose: the zero-width joiner, the keycap mark and the emoji variation selector.
const EMOJI_JOINERS = new Set(['\u200D', '\u20E3', '\uFE0F']);
const CACHE_LIMIT = 5_000;

/**
 * One shaper per weight, sharing the document's direction. Script fonts are opened once; each is embedded
 * (subset to the glyphs drawn) by `finish`, which must run before the document is saved.
 */
export function createLineShapers(
  doc: PDFDocument,
  scripts: ComplexScripts,
  openSans: { regular: PDFFont; bold: PDFFont },
  lang: string,
  subsetTag: (seed: string) => string,
): { regular: LineShaper; bold: LineShaper; finish(): void } {
  // A script with no bold draws bold text in its regular weight: one font, embedded once.
  const opened = new Map<Uint8Array, ShapedFont>();
  const open = (weight: 'regular' | 'bold') => {
    const fonts = new Map<ScriptFont, ShapedFont>();
    for (const [name, bytes] of Object.entries(scripts.fonts) as [
      ScriptFont,
      { regular: Uint8Array; bold?: Uint8Array },
    ][]) {
      const chosen = weight === 'bold' ? (bytes.bold ?? bytes.regular) : bytes.regular;
      let font = opened.get(chosen);
      if (!font) {
        font = openShapedFont(scripts.harfbuzz, doc.context, chosen, lang, subsetTag(name + weight));
        opened.set(chosen, font);
      }
      fonts.set(name, font);
    }
    return lineShaper(fonts, openSans[weight], lang);
  };
  return {
    regular: open('regular'),
    bold: open('bold'),
    finish: () => opened.forEach((font) => font.pdf.finish()),
  };
}

function lineShaper(fonts: Map<ScriptFont, ShapedFont>, openSans: PDFFont, lang: string): LineShaper {
  const base = isRightToLeftLang(lang) ? 'rtl' : 'auto';
  const cache = new Map<string, LaidOut>();
  const emoji = fonts.get('emoji');

  const scriptFontOf = (char: string, next: string): ShapedFont | undefined => {
    const family = charFont(char, lang, next);
    if (family === 'latin' || family === 'common' || family === 'none') return undefined;
    const font = fonts.get(family);
    return font?.covers(char.codePointAt(0)!) ? font : undefined;
  };

  /** The font for each UTF-16 index: a script font, or undefined for Open Sans. Neutral characters join their neighbours. */
  const fontsOf = (text: string): (ShapedFont | undefined)[] => {
    const chars = Array.from(text);
    const found: (ShapedFont | undefined | 'common')[] = chars.map((char, i) => {
      const family = charFont(char, lang, chars[i + 1]);
      return family === 'common' ? 'common' : scriptFontOf(char, chars[i + 1] ?? '');
    });
    // The nearest font before and after each character that is not neutral itself.
    const before: (ShapedFont | undefined | null)[] = [];
    const after: (ShapedFont | undefined | null)[] = [];
    let last: ShapedFont | undefined | null = null;
    found.forEach((font, i) => {
      before[i] = last;
      if (font !== 'common') last = font;
    });
    last = null;
    for (let i = found.length - 1; i >= 0; i--) {
      after[i] = last;
      const font = found[i];
      if (font !== 'common') last = font;
    }
    const resolved = found.map((font, i) => {
      if (font !== 'common') return font;
      const codePoint = chars[i]!.codePointAt(0)!;
      // Spaces and punctuation beside an emoji stay in Open Sans: the emoji font's are far wider.
      const joinsEmoji = EMOJI_JOINERS.has(chars[i]!);
      for (const neighbour of [before[i], after[i]]) {
        if (neighbour === null) continue;
        if (neighbour === undefined || (neighbour === emoji && !joinsEmoji)) return undefined;
        if (neighbour.covers(codePoint)) return neighbour;
      }
      return undefined;
    });
    const byIndex: (ShapedFont | undefined)[] = [];
    chars.forEach((char, i) => {
      byIndex.push(resolved[i]);
      if (char.length === 2) byIndex.push(resolved[i]);
    });
    return byIndex;
  };

  const layOut = (text: string): LaidOut => {
    let laidOut = cache.get(text);
    if (laidOut) return laidOut;
    const byIndex = fontsOf(text);
    const { rightToLeft, runs } = visualRuns(text, base, (index) => byIndex[index]);
    const pieces = runs.map((run): Piece => {
      if (!run.font) {
        let chars = Array.from(text.slice(run.start, run.end)).filter((char) => !JOINER.test(char));
        if (run.rightToLeft) chars = chars.reverse().map(mirrored);
        const visual = chars.join('');
        return { kind: 'latin', text: visual, unitWidth: openSans.widthOfTextAtSize(visual, 1) };
      }
      const glyphs = run.font.shape(text, run.start, run.end, run.rightToLeft);
      const advance = glyphs.reduce((sum, glyph) => sum + glyph.advance, 0);
      const { font, start, end, rightToLeft } = run;
      return { kind: 'shaped', font, glyphs, start, end, rightToLeft, unitWidth: advance / font.unitsPerEm };
    });
    laidOut = { rightToLeft, pieces };
    if (cache.size < CACHE_LIMIT) cache.set(text, laidOut);
    return laidOut;
  };

  return {
    covers(codePoint) {
      return scriptFontOf(String.fromCodePoint(codePoint), '\uFE0F') !== undefined;
    },
    handles(text) {
      return !SIMPLE.test(text) || PICTOGRAPHIC.test(text) || /[\u200C\u200D]/.test(text);
    },
    width(text, size) {
      return layOut(text).pieces.reduce((sum, piece) => sum + piece.unitWidth * size, 0);
    },
    rightToLeft(text) {
      return layOut(text).rightToLeft;
    },
    draw(text, size, fontKey) {
      const operators: PDFOperator[] = [];
      let rise = 0;
      for (const piece of layOut(text).pieces) {
        if (piece.kind === 'latin') {
          if (!piece.text) continue;
          if (rise !== 0) operators.push(PDFOperator.of(PDFOperatorNames.SetTextRise, [String((rise = 0))]));
          operators.push(
            setFontAndSize(fontKey(openSans.name, openSans.ref), size),
            showText(openSans.encodeText(piece.text)),
          );
          continue;
        }
        const { font } = piece;
        operators.push(setFontAndSize(fontKey(font.pdf.name, font.pdf.ref), size));
        recordGlyphs(text, piece);
        const words = actualText(text, piece);
        if (words) operators.push(words.begin);
        rise = writeGlyphs(operators, piece, size, rise);
        if (words) operators.push(words.end);
      }
      if (rise !== 0) operators.push(PDFOperator.of(PDFOperatorNames.SetTextRise, ['0']));
      return operators;
    },
  };
}

/** Tells the font which glyphs were drawn and what writing each cluster's first glyph stands for. */
function recordGlyphs(text: string, piece: Extract<Piece, { kind: 'shaped' }>): void {
  const clusters = [...new Set(piece.glyphs.map((g) => g.cluster))].sort((a, b) => a - b);
  const seen = new Set<number>();
  const inLogicalOrder = [...piece.glyphs].sort((a, b) => a.cluster - b.cluster);
  for (const glyph of inLogicalOrder) {
    const first = !seen.has(glyph.cluster);
    seen.add(glyph.cluster);
    const next = clusters[clusters.indexOf(glyph.cluster) + 1] ?? piece.end;
    piece.font.pdf.use(glyph.glyph, first ? text.slice(glyph.cluster, next) : '');
  }
}

/**
 * A left-to-right shaped run (Indic letters reordered and combined, CJK, emoji) is marked as a Span whose
 * /ActualText gives copying, search and screen readers its words as written. Right-to-left runs are not: readers
 * such as poppler turn visual right-to-left glyphs back into logical order themselves (through /ToUnicode) and
 * would reverse an /ActualText too.
 */
function actualText(text: string, piece: Extract<Piece, { kind: 'shaped' }>) {
  if (piece.rightToLeft) return undefined;
  const words = PDFHexString.fromText(text.slice(piece.start, piece.end)).toString();
  return {
    begin: PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
      PDFName.of('Span'),
      `<</ActualText ${words}>>`,
    ]),
    end: PDFOperator.of(PDFOperatorNames.EndMarkedContent),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Writes shaped glyphs with TJ: each glyph is shown after moving by its x offset, and the pen then moves on by
 * HarfBuzz's advance rather than the width in /W. Glyphs raised or lowered (Nastaliq's cascade, marks) get a
 * text rise (Ts) for their stretch. Returns the rise in force at the end.
 */
function writeGlyphs(
  operators: PDFOperator[],
  piece: Extract<Piece, { kind: 'shaped' }>,
  size: number,
  rise: number,
): number {
  const { font, glyphs } = piece;
  const perThousand = 1000 / font.unitsPerEm;
  let parts: string[] = [];
  let pending = 0;
  const flush = () => {
    if (parts.length > 0) operators.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [`[${parts.join(' ')}]`]));
    parts = [];
  };
  for (const glyph of glyphs) {
    const glyphRise = round((glyph.dy * size) / font.unitsPerEm);
    if (glyphRise !== rise) {
      flush();
      operators.push(PDFOperator.of(PDFOperatorNames.SetTextRise, [String(glyphRise)]));
      rise = glyphRise;
    }
    // A positive TJ number moves the pen left by that many thousandths of the font size.
    pending -= glyph.dx * perThousand;
    if (round(pending) !== 0) parts.push(String(round(pending)));
    parts.push(`<${hex4(glyph.glyph)}>`);
    pending = font.pdf.width(glyph.glyph) + glyph.dx * perThousand - glyph.advance * perThousand;
  }
  if (round(pending) !== 0) parts.push(String(round(pending)));
  flush();
  return rise;
}
