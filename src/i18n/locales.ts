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
  /**
   * A community language (spoken by families here, not a nation's own): its documents can be made bilingual
   * with English second, so the team can read them too.
   */
  community?: true;
}

declare const __LTW_PSEUDO_LOCALES__: boolean | undefined;
/** The languages this build makes pages for: the trust's `languages` (or LTW_LANGUAGES), set in astro.config.mjs. */
declare const __LTW_LANGUAGES__: readonly string[] | undefined;

/**
 * The one locale table. Adding a language is a line here, its code in the trust settings' list
 * (src/config/trust-schema.ts) and its folder of words (src/i18n/resources/<code>/, content/*\/<code>):
 * routes, the switcher, lang/dir and the PDF follow, once a trust turns it on (README "How to add a language").
 */
const REAL_LOCALES = {
  en: { lang: 'en-GB', dir: 'ltr', label: 'English' },
  cy: { lang: 'cy-GB', dir: 'ltr', label: 'Cymraeg', nation: 'wales' },
  ur: { lang: 'ur', dir: 'rtl', label: 'اردو', community: true },
  pl: { lang: 'pl', dir: 'ltr', label: 'Polski', community: true },
} as const satisfies Record<string, LocaleInfo>;

/** Every language the site has words for, turned on or not (the trust settings' test compares its own list). */
export const KNOWN_LANGUAGES = Object.keys(REAL_LOCALES) as (keyof typeof REAL_LOCALES)[];
/** What a build without a `languages` setting makes: English and Welsh, so nothing unreviewed goes live by accident. */
export const DEFAULT_LANGUAGES: readonly string[] = ['en', 'cy'];

/** Accented, 40% longer English, and the same mirrored right to left: they prove no words are hard-coded. */
const PSEUDO_LOCALES = {
  xa: { lang: 'en-XA', dir: 'ltr', label: 'Ëñğļîšĥ (pseudo)', pseudo: 'accented' },
  xb: { lang: 'en-XB', dir: 'rtl', label: 'Ëñğļîšĥ (mirrored)', pseudo: 'mirrored' },
} as const satisfies Record<string, LocaleInfo>;

const withPseudo = typeof __LTW_PSEUDO_LOCALES__ !== 'undefined' && __LTW_PSEUDO_LOCALES__;
const turnedOn = typeof __LTW_LANGUAGES__ !== 'undefined' ? __LTW_LANGUAGES__ : DEFAULT_LANGUAGES;

export type Locale = keyof typeof REAL_LOCALES | keyof typeof PSEUDO_LOCALES;

/** The real languages turned on, in the table's order (English first), then the pseudo-locales if built. */
export function builtLocales(languages: readonly string[], pseudo: boolean): Record<Locale, LocaleInfo> {
  const real = Object.entries(REAL_LOCALES).filter(([code]) => code === 'en' || languages.includes(code));
  return Object.fromEntries([...real, ...(pseudo ? Object.entries(PSEUDO_LOCALES) : [])]) as Record<Locale, LocaleInfo>;
}

/** Only the locales this build makes: a language the trust has not turned on has no entry. */
export const LOCALES: Readonly<Record<Locale, LocaleInfo>> = builtLocales(turnedOn, withPseudo);

export const DEFAULT_LOCALE: Locale = 'en';
/** Every locale this build makes pages for. */
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];
/** The languages people can choose: the switcher's list. */
export const OFFERED_LOCALES = LOCALE_CODES.filter((code) => !LOCALES[code].pseudo);

/**
 * The two languages of a bilingual document made from this locale's pages, the nation's own language
 * first; a community language first with English second (the team reads the English); undefined when
 * there is none to offer.
 */
export function bilingualPair(locale: Locale, trustNation: string): [Locale, Locale] | undefined {
  if (LOCALES[locale].nation || LOCALES[locale].community) return [locale, DEFAULT_LOCALE];
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
