import { investigatorChecklists } from '~/content/data';
import { caseSummary, type CaseSummary } from '~/core/cases/summary/case-summary';
import type { CaseRecord } from '~/core/cases/record';
import { createFormatter } from '~/i18n/messages';
import { investigatorMessages } from '~/i18n/investigator-resources';
import { LOCALES, type Locale } from '~/i18n/locales';
import { SUMMARY_NOW } from '../fixtures/cases/summary-case';

/** The team's words in a locale, as the case page's island has them. */
export const teamWords = (locale: Locale = 'en') => createFormatter(LOCALES[locale].lang, investigatorMessages(locale));

/** A case's summary as the case page makes it, on a clock in London (British Summer Time from 29 March 2026). */
export function summaryOf(record: CaseRecord, locale: Locale = 'en'): CaseSummary {
  return caseSummary(record, {
    t: teamWords(locale),
    lang: LOCALES[locale].lang,
    checklists: investigatorChecklists(locale),
    now: SUMMARY_NOW,
    timeZone: 'Europe/London',
  });
}
