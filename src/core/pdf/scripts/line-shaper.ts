import { type PDFName, type PDFOperator, type PDFDocument, type PDFFont, type PDFRef } from 'pdf-lib';
import { mirrored, visualRuns } from './bidi-runs';
import { charFont, isRightToLeftLang, type ScriptFont } from './script-fonts';
import type { ComplexScripts } from './complex-scripts';
import { drawPieces, type Piece } from './draw-line';
import { openShapedFont, type ShapedFont } from './shaped-font';

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

interface LaidOut {
  rightToLeft: boolean;
  pieces: Piece[];
}

const SIMPLE = /^[\p{scx=Latin}\p{scx=Greek}\p{scx=Cyrillic}\p{scx=Common}\p{scx=Inherited}]*$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const INVISIBLE = /^(\u200C|\u200D|\uFE0F)$/;
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
  openSans: Record<'regular' | 'bold', { font: PDFFont; covers(codePoint: number): boolean }>,
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

function lineShaper(
  fonts: Map<ScriptFont, ShapedFont>,
  { font: openSans, covers: openSansCovers }: { font: PDFFont; covers(codePoint: number): boolean },
  lang: string,
): LineShaper {
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
      // A symbol Open Sans lacks, such as ☺ written without the emoji selector, is drawn by the emoji font.
      if (!openSansCovers(codePoint) && PICTOGRAPHIC.test(chars[i]!) && emoji?.covers(codePoint)) return emoji;
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
        let chars = Array.from(text.slice(run.start, run.end)).filter((char) => !INVISIBLE.test(char));
        if (run.rightToLeft) chars = chars.reverse().map(mirrored);
        const visual = chars.join('');
        return { kind: 'latin', text: visual, start: run.start, unitWidth: openSans.widthOfTextAtSize(visual, 1) };
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
      const char = String.fromCodePoint(codePoint);
      if (scriptFontOf(char, '') !== undefined) return true;
      return PICTOGRAPHIC.test(char) && emoji?.covers(codePoint) === true;
    },
    handles(text) {
      return !SIMPLE.test(text) || PICTOGRAPHIC.test(text) || /\u200C|\u200D|\uFE0F/.test(text);
    },
    width(text, size) {
      return layOut(text).pieces.reduce((sum, piece) => sum + piece.unitWidth * size, 0);
    },
    rightToLeft(text) {
      return layOut(text).rightToLeft;
    },
    draw(text, size, fontKey) {
      return drawPieces(text, layOut(text).pieces, size, openSans, (font) =>
        font ? fontKey(font.pdf.name, font.pdf.ref) : fontKey(openSans.name, openSans.ref),
      );
    },
  };
}
