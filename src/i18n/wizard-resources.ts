import i18next from 'i18next';
import type { Translate } from '~/core/words/translate';
import { LOCALE_CODES, type Locale } from './locales';
import { localeResources } from './resources';
import { flattenResources, type Messages } from './messages';
import enWizard from '~/i18n/resources/en/wizard.json';
import enUi from '~/i18n/resources/en/ui.json';
import enErrors from '~/i18n/resources/en/errors.json';
import enAgreement from '~/i18n/resources/en/agreement.json';

/** The wizard's namespaces: question words, interface, error messages, the agreement. */
export type WizardResources = {
  wizard: typeof enWizard;
  ui: typeof enUi;
  errors: typeof enErrors;
  agreement: typeof enAgreement;
};

const ENGLISH: WizardResources = { wizard: enWizard, ui: enUi, errors: enErrors, agreement: enAgreement };

export const WIZARD_RESOURCES = Object.fromEntries(
  LOCALE_CODES.map((locale) => [locale, localeResources(locale, ENGLISH)]),
) as Record<Locale, WizardResources>;

/** An isolated, synchronous i18next instance over one locale's wizard strings (build time and tests); keys name their namespace. */
export function createWizardTranslator(
  locale: Locale,
  resources: WizardResources = WIZARD_RESOURCES[locale],
): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    ns: Object.keys(resources),
    resources: { [locale]: resources },
    initAsync: false,
    // Preact and Astro escape what they render, so i18next must not escape too.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // To i18next the keys are plain strings; Translate checks them against Key.
  return instance.getFixedT(locale);
}

/** One locale's wizard strings as the flat table the island reads (see messages.ts). */
export const wizardMessages = (locale: Locale): Messages => flattenResources(WIZARD_RESOURCES[locale]);
