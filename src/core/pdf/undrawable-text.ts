import fontkit from '@pdf-lib/fontkit';
import type { AgreementModel } from '~/core/agreement/model';
import type { FontBytes } from './fonts';
import { findUndrawable } from './script-support';
import { charFont, type ScriptFont } from './scripts/script-fonts';

/** Parts of the model that are not drawn on the pages: viewers show the document information in their own fonts. */
const NOT_DRAWN = new Set<string>(['lang', 'fileName', 'meta']);

/** Every string the PDF may draw, in reading order (what scriptNeeds looks at to choose the fonts to load). */
export function drawnStrings(value: unknown, key = ''): string[] {
  if (NOT_DRAWN.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => drawnStrings(item));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => drawnStrings(v, k));
  return [];
}

/**
 * Samples of the writing in the agreement that the PDF cannot draw correctly (e.g. Thai, for which no font is
 * shipped), each once; empty when every character will print as it should, in both weights of Open Sans or in
 * one of the `available` script fonts (shaped with HarfBuzz).
 */
export function findUndrawableText(
  model: Pick<AgreementModel, 'lang'>,
  fonts: FontBytes,
  available: ScriptFont[] = [],
): string[] {
  const regular = fontkit.create(fonts.regular);
  const bold = fontkit.create(fonts.bold);
  const covers = (codePoint: number) => regular.hasGlyphForCodePoint(codePoint) && bold.hasGlyphForCodePoint(codePoint);
  const shaped = (char: string, next: string) => {
    const font = charFont(char, model.lang, next);
    return (available as string[]).includes(font);
  };
  const found = findUndrawable(drawnStrings(model), covers, undefined, available.length > 0 ? shaped : undefined);
  const words = found.map((item) => item.word);
  return [...new Set(words)];
}
