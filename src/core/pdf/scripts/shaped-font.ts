import type { PDFContext } from 'pdf-lib';
import type { HarfBuzz } from './complex-scripts';
import { Type0Font } from './type0-font';

/** One glyph as HarfBuzz placed it, in font units; `cluster` is the UTF-16 index of the text it came from. */
export interface ShapedGlyph {
  glyph: number;
  cluster: number;
  advance: number;
  dx: number;
  dy: number;
}

/** A script font ready to shape with and to draw: HarfBuzz's view of it and its PDF embedding. */
export interface ShapedFont {
  pdf: Type0Font;
  unitsPerEm: number;
  covers(codePoint: number): boolean;
  /** Shapes `text[start..end)` with the rest of the line as context; glyphs come back in visual order. */
  shape(text: string, start: number, end: number, rightToLeft: boolean): ShapedGlyph[];
}

/** Opens a font for HarfBuzz and prepares its PDF font (written only if a glyph is drawn). */
export function openShapedFont(
  hb: HarfBuzz,
  context: PDFContext,
  bytes: Uint8Array,
  lang: string,
  subsetTag: string,
): ShapedFont {
  const face = new hb.Face(new hb.Blob(bytes));
  const font = new hb.Font(face);
  const buffer = new hb.Buffer();
  const extents = font.hExtents();
  const head = new DataView(bytes.buffer, bytes.byteOffset + tableOffset(bytes, 'head'), 54);
  const glyphCount = new DataView(bytes.buffer, bytes.byteOffset + tableOffset(bytes, 'maxp'), 6).getUint16(4);
  const postscriptName = (face.getName(6, 'en') || 'Font').replace(/[^A-Za-z0-9-]/g, '');
  const coverage = new Map<number, boolean>();
  const pdf = new Type0Font(
    context,
    bytes,
    {
      unitsPerEm: face.upem,
      ascent: extents.ascender,
      descent: extents.descender,
      bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
      advance: (glyph) => font.glyphHAdvance(glyph),
      glyphCount,
    },
    `${subsetTag}+${postscriptName}`,
  );
  const language = lang.split('-')[0] || 'en';
  return {
    pdf,
    unitsPerEm: face.upem,
    covers(codePoint) {
      let known = coverage.get(codePoint);
      if (known === undefined) {
        known = font.nominalGlyph(codePoint) !== undefined;
        coverage.set(codePoint, known);
      }
      return known;
    },
    shape(text, start, end, rightToLeft) {
      buffer.reset();
      buffer.addText(text, start, end - start);
      buffer.setDirection(rightToLeft ? hb.Direction.RTL : hb.Direction.LTR);
      buffer.setLanguage(language);
      buffer.guessSegmentProperties();
      hb.shape(font, buffer);
      return buffer.getGlyphInfosAndPositions().map((g) => ({
        glyph: g.codepoint,
        cluster: g.cluster,
        advance: g.xAdvance ?? 0,
        dx: g.xOffset ?? 0,
        dy: g.yOffset ?? 0,
      }));
    },
  };
}

/** Where one of the font's tables starts (from its table directory). */
function tableOffset(bytes: Uint8Array, tag: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...bytes.subarray(record, record + 4)) === tag) return view.getUint32(record + 8);
  }
  throw new Error(`Not a TrueType font: no ${tag} table`);
}
