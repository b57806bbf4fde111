import harfbuzzWasmUrl from 'harfbuzzjs/dist/harfbuzz.wasm?url';
import arabicRegular from '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf?url';
import arabicBold from '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf?url';
import urduRegular from '@expo-google-fonts/noto-nastaliq-urdu/400Regular/NotoNastaliqUrdu_400Regular.ttf?url';
import urduBold from '@expo-google-fonts/noto-nastaliq-urdu/700Bold/NotoNastaliqUrdu_700Bold.ttf?url';
import bengaliRegular from '@expo-google-fonts/noto-sans-bengali/400Regular/NotoSansBengali_400Regular.ttf?url';
import bengaliBold from '@expo-google-fonts/noto-sans-bengali/700Bold/NotoSansBengali_700Bold.ttf?url';
import gurmukhiRegular from '@expo-google-fonts/noto-sans-gurmukhi/400Regular/NotoSansGurmukhi_400Regular.ttf?url';
import gurmukhiBold from '@expo-google-fonts/noto-sans-gurmukhi/700Bold/NotoSansGurmukhi_700Bold.ttf?url';
import devanagariRegular from '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf?url';
import devanagariBold from '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf?url';
import cjkRegular from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import emojiRegular from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import type { ComplexScripts } from '~/core/pdf/scripts/complex-scripts';
import type { ScriptFont } from '~/core/pdf/scripts/script-fonts';
import { ScriptFilesUnavailable } from './script-files-unavailable';

type FontFiles<T> = { regular: T; bold?: T };
interface ScriptNeeds {
  fonts: readonly ScriptFont[];
  shaping: boolean;
}

/**
 * Each script's font, from this site, with its bold where headings need one. Chinese and emoji come in one
 * weight only (the Chinese file alone is 10 MB), so their bold is left out, as ComplexScripts allows.
 */
const FONT_FILES: Record<ScriptFont, FontFiles<string>> = {
  arabic: { regular: arabicRegular, bold: arabicBold },
  urdu: { regular: urduRegular, bold: urduBold },
  bengali: { regular: bengaliRegular, bold: bengaliBold },
  gurmukhi: { regular: gurmukhiRegular, bold: gurmukhiBold },
  devanagari: { regular: devanagariRegular, bold: devanagariBold },
  cjk: { regular: cjkRegular },
  emoji: { regular: emojiRegular },
};

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} for ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function fontsFor(font: ScriptFont): Promise<[ScriptFont, FontFiles<Uint8Array>]> {
  const { regular, bold } = FONT_FILES[font];
  const [regularBytes, boldBytes] = await Promise.all([bytesOf(regular), bold ? bytesOf(bold) : undefined]);
  return [font, boldBytes ? { regular: regularBytes, bold: boldBytes } : { regular: regularBytes }];
}

/**
 * HarfBuzz and the fonts this text needs, fetched from this site only now (never prefetched: the Chinese
 * font alone is 10 MB on a family's phone plan), or nothing at all when the PDF's own font draws it all
 * (Latin text keeps today's path). Whatever is fetched comes with HarfBuzz, which the engine draws it with.
 * `onFetching` is told first, so the page can say that this may take a while.
 *
 * harfbuzzjs fetches its WebAssembly itself when its module first runs (the build points it at this
 * site's copy, the same file as harfbuzzWasmUrl). It is fetched here first so that no signal fails
 * cleanly, before that module runs: a module that failed once stays failed until the page reloads.
 * The second fetch comes from the browser's cache (the file's name carries its hash: cached for a year).
 * Running it needs 'wasm-unsafe-eval', which only the pages that make PDFs allow (astro.config.mjs).
 */
export async function loadComplexScripts(
  needs: ScriptNeeds,
  onFetching: () => void = () => undefined,
): Promise<ComplexScripts | undefined> {
  if (!needs.shaping && needs.fonts.length === 0) return undefined;
  onFetching();
  let fonts: [ScriptFont, FontFiles<Uint8Array>][];
  try {
    [, ...fonts] = await Promise.all([bytesOf(harfbuzzWasmUrl), ...needs.fonts.map(fontsFor)]);
  } catch (error) {
    throw new ScriptFilesUnavailable(error);
  }
  let harfbuzz: typeof import('harfbuzzjs');
  try {
    harfbuzz = await import('harfbuzzjs');
  } catch (error) {
    throw new ScriptFilesUnavailable(error);
  }
  return { harfbuzz, fonts: Object.fromEntries(fonts) };
}
