import type { Locale } from '~/i18n/locales';

/** Absolute path of a page in a locale: pageUrl('en', 'stages/1-understanding-you') -> '/en/stages/1-understanding-you/'. */
export function pageUrl(locale: Locale, path = ''): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${locale}/${trimmed}/` : `/${locale}/`;
}
