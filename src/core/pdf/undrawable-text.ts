import fontkit from '@pdf-lib/fontkit';
import type { AgreementModel } from '~/core/agreement/model';
import type { FontBytes } from './fonts';
import { findUndrawable } from './script-support';

/** Parts of the model that are not drawn on the pages: viewers show the document information in their own fonts. */
const NOT_DRAWN = new Set<string>(['lang', 'fileName', 'meta']);

/** Every string the PDF may draw, in reading order. */
function drawnStrings(value: unknown, key = ''): string[] {
  if (NOT_DRAWN.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => drawnStrings(item));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => drawnStrings(v, k));
  return [];
}

/**
 * Samples of the writing in the agreement that the PDF cannot draw correctly (e.g. an Arabic name), each once;
 * empty when every character will print as it should, in both weights of the font.
 */
export function findUndrawableText(model: AgreementModel, fonts: FontBytes): string[] {
  const regular = fontkit.create(fonts.regular);
  const bold = fontkit.create(fonts.bold);
  const covers = (codePoint: number) => regular.hasGlyphForCodePoint(codePoint) && bold.hasGlyphForCodePoint(codePoint);
  const words = findUndrawable(drawnStrings(model), covers).map((found) => found.word);
  return [...new Set(words)];
}
