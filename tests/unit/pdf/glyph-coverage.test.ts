import fontkit from '@pdf-lib/fontkit';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blankModel, completeModel, hostileModel } from '../../fixtures/agreement/models';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { SCRIPT_FONT_FILES, scriptFontPath } from '../../helpers/script-fonts';
import { charFont } from '~/core/pdf/scripts/script-fonts';
import { LOCALES, type Locale } from '~/i18n/locales';

const bytes = openSansBytes();
const FONTS = { regular: fontkit.create(bytes.regular), bold: fontkit.create(bytes.bold) };
const RESOURCES = join(REPO_ROOT, 'src/i18n/resources');

/** Every string anywhere inside a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The characters of some text that a font has no glyph for, each listed once. */
function missing(text: string[], font: fontkit.Font, skip: RegExp = /\n/u): string[] {
  const characters = new Set(text.flatMap((t) => Array.from(t)));
  return [...characters]
    .filter((c) => !skip.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0)!))
    .map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);
}

const translations = readdirSync(RESOURCES).flatMap((locale) =>
  readdirSync(join(RESOURCES, locale))
    .filter((file) => file.endsWith('.json'))
    .map(
      (file) =>
        [`${locale}/${file}`, strings(JSON.parse(readFileSync(join(RESOURCES, locale, file), 'utf8')))] as const,
    ),
);

/** A script font's weight, as the PDF draws that writing with it (bold falls back to regular). */
const opened = new Map<string, fontkit.Font>();
const scriptFont = (name: keyof typeof SCRIPT_FONT_FILES, weight: 'regular' | 'bold') => {
  const file = SCRIPT_FONT_FILES[name][weight] ?? SCRIPT_FONT_FILES[name].regular;
  if (!opened.has(file)) opened.set(file, fontkit.create(readFileSync(scriptFontPath(file))));
  return opened.get(file)!;
};

describe.each(Object.entries(FONTS))('Open Sans %s', (weight, font) => {
  it.each(translations)('has a glyph for every character in %s (or its script font does)', (file, text) => {
    expect(text.length).toBeGreaterThan(0);
    const lang = LOCALES[file.split('/')[0] as Locale]?.lang ?? 'en';
    const lacking = missing(text, font).filter((entry) => {
      const char = entry.split(' ')[0]!;
      const family = charFont(char, lang);
      if (family === 'latin' || family === 'common' || family === 'none') return true;
      return !scriptFont(family, weight as 'regular' | 'bold').hasGlyphForCodePoint(char.codePointAt(0)!);
    });
    expect(lacking).toEqual([]);
  });

  it('has a glyph for every character of the filled-in and blank agreements', () => {
    // Direction isolates around names are format characters the PDF leaves out (it has no bidi).
    expect(missing([...strings(completeModel), ...strings(blankModel)], font, /[\n\p{Cf}]/u)).toEqual([]);
  });

  it('has a glyph for every character of the hostile agreement except emoji, Arabic and control characters', () => {
    const expectedMissing = /[\p{Extended_Pictographic}\p{Cf}\p{Cc}\p{Script_Extensions=Arabic}]/u;
    expect(missing(strings(hostileModel), font, expectedMissing)).toEqual([]);
  });

  it('has the replacement character the PDF uses for characters it cannot draw', () => {
    expect(font.hasGlyphForCodePoint(0xfffd)).toBe(true);
  });
});
