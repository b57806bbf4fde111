import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComplexScripts } from '~/core/pdf/scripts/complex-scripts';
import type { ScriptFont } from '~/core/pdf/scripts/script-fonts';
import { REPO_ROOT } from './paths';

/** Each script font's TrueType files in node_modules: the same files the site serves. */
export const SCRIPT_FONT_FILES: Record<ScriptFont, { regular: string; bold?: string }> = {
  arabic: {
    regular: 'noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
    bold: 'noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
  },
  urdu: {
    regular: 'noto-nastaliq-urdu/400Regular/NotoNastaliqUrdu_400Regular.ttf',
    bold: 'noto-nastaliq-urdu/700Bold/NotoNastaliqUrdu_700Bold.ttf',
  },
  bengali: {
    regular: 'noto-sans-bengali/400Regular/NotoSansBengali_400Regular.ttf',
    bold: 'noto-sans-bengali/700Bold/NotoSansBengali_700Bold.ttf',
  },
  gurmukhi: {
    regular: 'noto-sans-gurmukhi/400Regular/NotoSansGurmukhi_400Regular.ttf',
    bold: 'noto-sans-gurmukhi/700Bold/NotoSansGurmukhi_700Bold.ttf',
  },
  devanagari: {
    regular: 'noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
    bold: 'noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
  },
  cjk: {
    regular: 'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bold: 'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
  emoji: { regular: 'noto-emoji/400Regular/NotoEmoji_400Regular.ttf' },
};

/** A font file's absolute path. */
export const scriptFontPath = (file: string) => join(REPO_ROOT, 'node_modules/@expo-google-fonts', file);

const read = (file: string) => new Uint8Array(readFileSync(scriptFontPath(file)));

/** HarfBuzz (its WebAssembly instantiated, as in the browser) and the named fonts, read from node_modules. */
export async function complexScripts(fonts: Iterable<ScriptFont>): Promise<ComplexScripts> {
  const harfbuzz = await import('harfbuzzjs');
  const chosen: ComplexScripts['fonts'] = {};
  for (const name of fonts) {
    const files = SCRIPT_FONT_FILES[name];
    chosen[name] = { regular: read(files.regular), ...(files.bold ? { bold: read(files.bold) } : {}) };
  }
  return { harfbuzz, fonts: chosen };
}
