import { LOCALE_CODES, type Locale } from './locales';
import { localeResources } from './resources';
import { flattenResources, type Messages } from './messages';
import enEasyRead from '~/i18n/resources/en/easy-read.json';

/**
 * The easy read agreement's words. Kept out of the wizard's own words so a family's first load never
 * carries them: the agreement page fetches them (/<locale>/wizard/easy-read.json) when easy read is asked for.
 */
export type EasyReadResources = { easyRead: typeof enEasyRead };

export const EASY_READ_RESOURCES = Object.fromEntries(
  LOCALE_CODES.map((locale) => [locale, localeResources(locale, { easyRead: enEasyRead })]),
) as Record<Locale, EasyReadResources>;

/** One locale's easy read words as the flat table the island's formatter reads. */
export const easyReadMessages = (locale: Locale): Messages => flattenResources(EASY_READ_RESOURCES[locale]);
