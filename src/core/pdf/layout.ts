import type { RGB } from 'pdf-lib';
import type { TextStyle } from './canvas';
import type { Typeface, Typefaces } from './fonts';
import type { Theme, TypeSize } from './theme';
import { measurer, type Measure } from './wrap';

/** A text style together with its line height. */
export interface LineStyle extends TextStyle {
  lineHeight: number;
}

/** What every block layout needs: the theme, the fonts and the column text may use. */
export interface Layout {
  theme: Theme;
  faces: Typefaces;
  /** Left edge and width of the body column. */
  left: number;
  width: number;
  /** Whether the document reads right to left (Urdu): lists and indents then start at the right edge. */
  rightToLeft: boolean;
  /** A cached width function for a style. */
  measure(style: TextStyle): Measure;
  style(face: 'regular' | 'bold', type: TypeSize, colour?: RGB): LineStyle;
  /** Where a line starts in a box from `x`, `width` wide: right-to-left lines are set against its right edge. */
  lineStart(line: string, style: TextStyle, x: number, width: number): number;
}

/** Sets up the body column and shared measuring for one document. */
export function createLayout(theme: Theme, faces: Typefaces): Layout {
  const measures = new Map<string, Measure>();
  const names = new Map<Typeface, string>([
    [faces.regular, 'regular'],
    [faces.bold, 'bold'],
  ]);
  return {
    theme,
    faces,
    left: theme.margin.left,
    width: theme.page.width - theme.margin.left - theme.margin.right,
    // An empty line takes the document's own direction: right to left only for a right-to-left language.
    rightToLeft: faces.regular.shaper?.rightToLeft('') ?? false,
    measure(style) {
      const key = `${names.get(style.face)}/${style.size}`;
      let measure = measures.get(key);
      if (!measure) {
        measure = measurer(style.face, style.size);
        measures.set(key, measure);
      }
      return measure;
    },
    style(face, type, colour = theme.colour.text) {
      return { face: faces[face], size: type.size, lineHeight: type.lineHeight, colour };
    },
    lineStart(line, style, x, width) {
      const { shaper } = style.face;
      if (!shaper || !shaper.rightToLeft(line)) return x;
      return Math.max(x, x + width - this.measure(style)(line));
    },
  };
}

/** The baseline that centres a line's glyphs (ascent to descent) in a line box whose top edge is `top`. */
export function baselineIn(top: number, style: LineStyle): number {
  const glyphHeight = (style.face.ascent + style.face.descent) * style.size;
  return top - (style.lineHeight - glyphHeight) / 2 - style.face.ascent * style.size;
}
