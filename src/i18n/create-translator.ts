import i18next from 'i18next';
import type { Translate } from '~/core/words/translate';
import { LOCALES, LOCALE_CODES, type Locale } from './locales';
import { localeResources } from './resources';
import { WIZARD_RESOURCES } from './wizard-resources';
import { INVESTIGATOR_RESOURCES } from './investigator-resources';
import { EASY_READ_RESOURCES } from './easy-read-resources';
import enCommon from '~/i18n/resources/en/common.json';

export const RESOURCES = Object.fromEntries(
  LOCALE_CODES.map((locale) => [locale, localeResources(locale, { common: enCommon })]),
) as Record<Locale, { common: typeof enCommon }>;

const EVERY_NAMESPACE = Object.fromEntries(
  LOCALE_CODES.map((locale) => [
    locale,
    {
      ...RESOURCES[locale],
      ...WIZARD_RESOURCES[locale],
      ...INVESTIGATOR_RESOURCES[locale],
      ...EASY_READ_RESOURCES[locale],
    },
  ]),
);

export type Translator = Translate & { locale: Locale; dir: 'ltr' | 'rtl' };

/**
 * The pages' translator at build time: an isolated, synchronously initialised i18next instance over
 * every namespace of one locale, so any Key ("common:nav.home", "ui:back") says its words.
 */
export function createTranslator(locale: Locale): Translator {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    ns: Object.keys(EVERY_NAMESPACE[locale]!),
    resources: EVERY_NAMESPACE,
    initAsync: false,
    // Astro escapes text it renders itself; strings rendered with set:html are our own, not user input.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // To i18next the keys are plain strings; Translate checks them against Key.
  const t: Translate = instance.getFixedT(locale);
  return Object.assign(t, { locale, dir: LOCALES[locale].dir });
}
