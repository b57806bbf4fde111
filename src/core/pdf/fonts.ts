import fontkit, { type Font } from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { ComplexScripts } from './scripts/complex-scripts';
import type { LineShaper } from './scripts/line-shaper';

/** Open Sans TTF bytes; callers load them (the browser with fetch, tests from node_modules). */
export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** An embedded font plus what we need to know about it to lay text out safely. */
export interface Typeface {
  font: PDFFont;
  /** Whether the font has a glyph for this code point. */
  covers(codePoint: number): boolean;
  /** Ascent and descent as fractions of the font size (descent positive). */
  ascent: number;
  descent: number;
  /** Draws lines Open Sans cannot (other scripts, right to left); only when the document's text needs it. */
  shaper?: LineShaper;
}

/** The two weights the agreement uses. */
export interface Typefaces {
  regular: Typeface;
  bold: Typeface;
  /** Writes the script fonts drawn with; must run before the document is saved. */
  finish?: () => void;
}

/**
 * Embeds both weights as subsets; `seed` makes the subset tags differ between documents but not between runs.
 * With `scripts`, lines in other scripts are shaped with HarfBuzz and drawn in their own fonts; the code for
 * that loads only then, so a Latin document is made exactly as before.
 */
export async function embedTypefaces(
  doc: PDFDocument,
  bytes: FontBytes,
  seed: string,
  scripts?: { fonts: ComplexScripts; lang: string },
): Promise<Typefaces> {
  doc.registerFontkit(leftToRightFontkit);
  const regular = await embedTypeface(doc, bytes.regular, subsetTag(seed + 'regular'));
  const bold = await embedTypeface(doc, bytes.bold, subsetTag(seed + 'bold'));
  if (!scripts) return { regular, bold };
  const { createLineShapers } = await import('./scripts/line-shaper');
  const shapers = createLineShapers(doc, scripts.fonts, { regular, bold }, scripts.lang, (name) =>
    subsetTag(seed + name),
  );
  return {
    regular: withShaper(regular, shapers.regular),
    bold: withShaper(bold, shapers.bold),
    finish: shapers.finish,
  };
}

function withShaper(face: Typeface, shaper: LineShaper): Typeface {
  return { ...face, shaper, covers: (codePoint) => face.covers(codePoint) || shaper.covers(codePoint) };
}

/**
 * fontkit reverses a whole line when its first letters are Hebrew, Latin words included. Without a bidi
 * algorithm we cannot do better than logical order, so every layout is asked for left to right.
 */
const leftToRightFontkit: typeof fontkit = {
  create(buffer, postscriptName) {
    const font = fontkit.create(buffer, postscriptName);
    // The typings leave out layout's script, language and direction parameters.
    const layout = font.layout.bind(font) as (
      text: string,
      features: unknown,
      script?: string,
      language?: string,
      direction?: 'ltr',
    ) => ReturnType<Font['layout']>;
    font.layout = (text, features) => layout(text, features, undefined, undefined, 'ltr');
    return font;
  },
};

async function embedTypeface(doc: PDFDocument, bytes: Uint8Array, tag: string): Promise<Typeface> {
  // Our own parse of the same bytes: pdf-lib keeps its fontkit font private.
  const parsed = fontkit.create(bytes);
  const customName = `${tag}+${parsed.postscriptName || 'OpenSans'}`;
  const font = await doc.embedFont(bytes, { subset: true, customName });
  const coverage = new Map<number, boolean>();
  return {
    font,
    covers(codePoint) {
      let known = coverage.get(codePoint);
      if (known === undefined) {
        known = parsed.hasGlyphForCodePoint(codePoint);
        coverage.set(codePoint, known);
      }
      return known;
    },
    ascent: parsed.ascent / parsed.unitsPerEm,
    descent: Math.abs(parsed.descent) / parsed.unitsPerEm,
  };
}

/** Six capital letters before "+" mark a subset font (PDF 32000 9.6.4), which is how pdffonts reports "sub yes". */
function subsetTag(seed: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + i * 7919;
  }
  return tag;
}
