/** The extra fonts the PDF can draw with, besides Open Sans (Latin, Greek, Cyrillic). */
export type ScriptFont = 'arabic' | 'urdu' | 'bengali' | 'gurmukhi' | 'devanagari' | 'cjk' | 'emoji';

/** Which font a character belongs to: Open Sans ('latin'), a script font, 'common' (takes its neighbours'), or 'none'. */
export type CharFont = 'latin' | ScriptFont | 'common' | 'none';

const LATIN = /^[\p{scx=Latin}\p{scx=Greek}\p{scx=Cyrillic}]$/u;
const ARABIC = /^\p{scx=Arabic}$/u;
const BENGALI = /^\p{scx=Bengali}$/u;
const GURMUKHI = /^\p{scx=Gurmukhi}$/u;
const DEVANAGARI = /^\p{scx=Devanagari}$/u;
// Noto Sans SC covers Han, kana, bopomofo and the CJK punctuation and full-width forms.
const CJK = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const COMMON = /^[\p{scx=Common}\p{scx=Inherited}]$/u;
const EMOJI_VARIATION = '\uFE0F';

/** The Arabic-script font for a document language: Nastaliq is how Urdu is written; Naskh for the rest. */
export function arabicFontFor(lang: string): 'arabic' | 'urdu' {
  return /^ur\b/i.test(lang) ? 'urdu' : 'arabic';
}

/**
 * The font family for one character. `next` is the character after it, because a pictograph such as
 * U+2764 is an emoji only when followed by the emoji variation selector.
 */
export function charFont(char: string, lang: string, next = ''): CharFont {
  if (EMOJI_PRESENTATION.test(char) || (PICTOGRAPHIC.test(char) && next === EMOJI_VARIATION)) return 'emoji';
  if (LATIN.test(char)) return 'latin';
  if (ARABIC.test(char)) return arabicFontFor(lang);
  if (BENGALI.test(char)) return 'bengali';
  if (GURMUKHI.test(char)) return 'gurmukhi';
  if (DEVANAGARI.test(char)) return 'devanagari';
  if (CJK.test(char)) return 'cjk';
  if (COMMON.test(char)) return 'common';
  return 'none';
}

const RIGHT_TO_LEFT_LANGS = /^(ar|ur|fa|ps|sd|ug|he|yi|dv|ckb)\b/i;

/** Whether a document in this language reads right to left. */
export function isRightToLeftLang(lang: string): boolean {
  return RIGHT_TO_LEFT_LANGS.test(lang);
}

// Strong right-to-left characters and the Arabic letters' bidi class: Hebrew, Arabic, Syriac, Thaana, NKo...
const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const SIMPLE = /^[\p{scx=Latin}\p{scx=Greek}\p{scx=Cyrillic}\p{scx=Common}\p{scx=Inherited}]*$/u;

/**
 * Which extra fonts the strings need and whether HarfBuzz must shape them. Cheap: no fonts needed.
 * `lang` (the document's language) picks Nastaliq for Urdu and Naskh for other Arabic-script text.
 */
export function scriptNeeds(texts: Iterable<string>, lang: string): { fonts: ScriptFont[]; shaping: boolean } {
  const fonts = new Set<ScriptFont>();
  let shaping = false;
  for (const text of texts) {
    if (SIMPLE.test(text) && !/\p{Extended_Pictographic}/u.test(text)) continue;
    if (STRONG_RTL.test(text)) shaping = true;
    const chars = Array.from(text);
    chars.forEach((char, index) => {
      const font = charFont(char, lang, chars[index + 1]);
      if (font === 'latin' || font === 'common' || font === 'none') return;
      fonts.add(font);
      shaping = true;
    });
  }
  return { fonts: [...fonts].sort(), shaping };
}
