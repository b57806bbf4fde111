import { LOCALE_CODES, type Locale } from './locales';
import { localeResources } from './resources';
import { flattenResources, type Messages } from './messages';
import { WIZARD_RESOURCES, type WizardResources } from './wizard-resources';
import enInvestigator from '~/i18n/resources/en/investigator.json';
import enLetter from '~/i18n/resources/en/letter.json';
import enFamilyView from '~/i18n/resources/en/family-view.json';
import enChecklist from '~/i18n/resources/en/checklist.json';

/**
 * The investigator's pages' own namespaces. Kept apart from the wizard's so a family's first load never
 * carries them: only the investigator's pages ship these (with the wizard's, which they also use).
 */
export type InvestigatorResources = {
  investigator: typeof enInvestigator;
  letter: typeof enLetter;
  familyView: typeof enFamilyView;
  checklist: typeof enChecklist;
};

const ENGLISH: InvestigatorResources = {
  investigator: enInvestigator,
  letter: enLetter,
  familyView: enFamilyView,
  checklist: enChecklist,
};

export const INVESTIGATOR_RESOURCES = Object.fromEntries(
  LOCALE_CODES.map((locale) => [locale, localeResources(locale, ENGLISH)]),
) as Record<Locale, InvestigatorResources>;

/** Everything an investigator page's island reads: the wizard's strings and the investigator's. */
export const investigatorMessages = (locale: Locale): Messages =>
  flattenResources({ ...WIZARD_RESOURCES[locale], ...INVESTIGATOR_RESOURCES[locale] });

export type AllWizardResources = WizardResources & InvestigatorResources;
