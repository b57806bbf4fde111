export interface LocaleInfo {
  /** BCP 47 tag for the html lang attribute, hreflang, Intl formats and the PDF's /Lang. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, for the language switcher. */
  label: string;
  /**
   * Test-only locales made from English by src/i18n/pseudo.ts: never offered in the switcher, built only
   * when LTW_PSEUDO_LOCALES=1 (the browser tests' build).
   */
  pseudo?: 'accented' | 'mirrored';
  /**
   * The nation whose own language this is. Its documents can be made bilingual (this language first, then
   * English), and so can English ones from a trust in that nation.
   */
  nation?: 'wales' | 'scotland' | 'northern-ireland';
}

declare const __LTW_PSEUDO_LOCALES__: boolean | undefined;

/**
 * The one locale table. Adding a language is a line here plus its folder of words
 * (src/i18n/resources/<code>/, content/*\/<code>): routes, the switcher, lang/dir and the PDF follow.
 */
const REAL_LOCALES = {
  en: { lang: 'en-GB', dir: 'ltr', label: 'English' },
  cy: { lang: 'cy-GB', dir: 'ltr', label: 'Cymraeg', nation: 'wales' },
} as const satisfies Record<string, LocaleInfo>;

/** Accented, 40% longer English, and the same mirrored right to left: they prove no words are hard-coded. */
const PSEUDO_LOCALES = {
  xa: { lang: 'en-XA', dir: 'ltr', label: 'Ëñğļîšĥ (pseudo)', pseudo: 'accented' },
  xb: { lang: 'en-XB', dir: 'rtl', label: 'Ëñğļîšĥ (mirrored)', pseudo: 'mirrored' },
} as const satisfies Record<string, LocaleInfo>;

const withPseudo = typeof __LTW_PSEUDO_LOCALES__ !== 'undefined' && __LTW_PSEUDO_LOCALES__;

export type Locale = keyof typeof REAL_LOCALES | keyof typeof PSEUDO_LOCALES;

export const LOCALES: Readonly<Record<Locale, LocaleInfo>> = withPseudo
  ? { ...REAL_LOCALES, ...PSEUDO_LOCALES }
  : (REAL_LOCALES as Record<Locale, LocaleInfo>);

export const DEFAULT_LOCALE: Locale = 'en';
/** Every locale this build makes pages for. */
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];
/** The languages people can choose: the switcher's list. */
export const OFFERED_LOCALES = LOCALE_CODES.filter((code) => !LOCALES[code].pseudo);

/**
 * The two languages of a bilingual document made from this locale's pages, the nation's own language
 * first; undefined when there is none to offer.
 */
export function bilingualPair(locale: Locale, trustNation: string): [Locale, Locale] | undefined {
  if (LOCALES[locale].nation) return [locale, DEFAULT_LOCALE];
  const home = OFFERED_LOCALES.find((code) => LOCALES[code].nation === trustNation);
  return home && locale === DEFAULT_LOCALE ? [home, DEFAULT_LOCALE] : undefined;
}

/** The other language of this locale's bilingual documents, and whether it comes first; undefined if none. */
export function secondLanguageOf(
  locale: Locale,
  trustNation: string,
): { locale: Locale; goesFirst: boolean } | undefined {
  const pair = bilingualPair(locale, trustNation);
  const other = pair?.find((l) => l !== locale);
  return other && { locale: other, goesFirst: pair![0] === other };
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}
