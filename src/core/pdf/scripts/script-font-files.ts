import type { ScriptFont } from './script-fonts';

/**
 * Each script font's TrueType files, as paths inside node_modules/@expo-google-fonts: what the build reads for
 * the blank forms, and the same files the browser fetches by URL (src/browser/complex-scripts.ts). Chinese and
 * emoji have no bold here: the Chinese file alone is 10 MB, and headings fall back to the regular weight.
 */
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
  cjk: { regular: 'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
  emoji: { regular: 'noto-emoji/400Regular/NotoEmoji_400Regular.ttf' },
};
