import i18next from 'i18next';
import type { Locale } from './locales';
import enWizard from './resources/en/wizard.json';
import enUi from './resources/en/wizard-ui.json';
import enErrors from './resources/en/errors.json';
import enAgreement from './resources/en/agreement.json';

/** The wizard's strings for one locale: passed to the island as props, so only that locale is shipped. */
export interface WizardResources {
  wizard: typeof enWizard;
  ui: typeof enUi;
  errors: typeof enErrors;
  agreement: typeof enAgreement;
}

export const WIZARD_RESOURCES: Record<Locale, WizardResources> = {
  en: { wizard: enWizard, ui: enUi, errors: enErrors, agreement: enAgreement },
};

/** Keys are built from question ids at run time, so the wizard's t takes plain strings. */
export type WizardT = (key: string, options?: Record<string, unknown>) => string;

/** A synchronous, isolated i18next instance over one locale's wizard strings. */
export function createWizardTranslator(locale: string, resources: WizardResources): WizardT {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    ns: ['wizard', 'ui', 'errors', 'agreement'],
    defaultNS: 'ui',
    resources: { [locale]: resources } as never,
    initAsync: false,
    // Preact escapes everything it renders, and nothing is rendered as HTML, so i18next must not escape too.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = instance.getFixedT(locale);
  return (key, options) => t(key, options as never) as unknown as string;
}
