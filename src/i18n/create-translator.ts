import i18next, { type TFunction } from 'i18next';
import { LOCALES, LOCALE_CODES, type Locale } from './locales';
import { localeResources } from './resources';
import enCommon from '~/i18n/resources/en/common.json';

export const RESOURCES = Object.fromEntries(
  LOCALE_CODES.map((locale) => [locale, localeResources(locale, { common: enCommon })]),
) as Record<Locale, { common: typeof enCommon }>;

export type Translator = TFunction<'common'> & { locale: Locale; dir: 'ltr' | 'rtl' };

/** An isolated, synchronously initialised i18next instance for one locale. */
export function createTranslator(locale: Locale): Translator {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    ns: ['common'],
    defaultNS: 'common',
    resources: RESOURCES,
    initAsync: false,
    // Astro escapes text it renders itself; strings rendered with set:html are our own, not user input.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = instance.getFixedT(locale, 'common') as Translator;
  t.locale = locale;
  t.dir = LOCALES[locale].dir;
  return t;
}
