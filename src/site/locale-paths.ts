import { LOCALE_CODES, type Locale } from '~/i18n/locales';

/** getStaticPaths for pages that exist once per locale. */
export function localePaths(): { params: { locale: Locale } }[] {
  return LOCALE_CODES.map((locale) => ({ params: { locale } }));
}
