export interface LocaleInfo {
  /** BCP 47 tag for the html lang attribute and PDF /Lang. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, for the language switcher. */
  label: string;
}

/** Every locale the site is built in. Adding one here builds a whole new set of pages. */
export const LOCALES = {
  en: { lang: 'en-GB', dir: 'ltr', label: 'English' },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}
