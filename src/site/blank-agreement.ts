import { buildBlankModel, type BlankForm } from '~/core/agreement/build-model';
import { createWizardTranslator } from '~/i18n/wizard-resources';
import { LOCALES, bilingualPair, type Locale } from '~/i18n/locales';
import { bilingualModel } from '~/core/agreement/bilingual';
import { localised, type TrustContact } from '~/config/trust-schema';
import { trust } from '~/config/trust';
import { supportOrganisations } from '~/content/data';
import { contactLine } from './agreement-details';
import { pageUrl } from '~/i18n/urls';

/**
 * Organisations for a family on paper: every one covering the trust's nation (its own first), with its
 * phone number where one is confirmed and its web address.
 */
export function paperOrganisations(locale: Locale) {
  const covering = supportOrganisations(locale).filter(
    (o) => o.nations.includes(trust.nation) || o.nations.includes('uk'),
  );
  const own = covering.filter((o) => o.nations.includes(trust.nation));
  return [...own, ...covering.filter((o) => !own.includes(o))];
}

/** How to reach a trust team on paper: its phone, email and web address, then its hours. */
function contactOnPaper(contact: TrustContact, locale: Locale) {
  const hours = contact.hours ? localised(contact.hours, locale) : '';
  return hours ? `${contactLine(contact)} (${hours})` : contactLine(contact);
}

/** The blank paper agreement for a locale, built at build time from the same sections as the real one. */
export function blankAgreementModel(locale: Locale, largePrint: boolean, site?: URL, form: BlankForm = 'family') {
  return buildBlankModel(
    {
      t: createWizardTranslator(locale),
      lang: LOCALES[locale].lang,
      organisation: localised(trust.organisationName, locale),
      pals: { name: localised(trust.pals.name, locale), contact: contactLine(trust.pals) },
      team: {
        name: localised(trust.patientSafetyTeam.name, locale),
        contact: contactOnPaper(trust.patientSafetyTeam, locale),
      },
      supportUrl: site ? new URL(pageUrl(locale, 'support'), site).href : pageUrl(locale, 'support'),
      signposting: { organisations: paperOrganisations(locale), guidance: [] },
      now: new Date(),
      largePrint,
    },
    form,
  );
}

/** The languages of this locale's bilingual blank form, if it has one (Welsh first, then English). */
export const bilingualBlankPair = (locale: Locale) => bilingualPair(locale, trust.nation);

/** Where this locale's blank agreements are: the web page, the PDFs, and both languages together where it has a pair. */
export function blankLinks(locale: Locale) {
  const pdf = (variant: string) => `/${locale}/agreement/${variant}.pdf`;
  return {
    html: pageUrl(locale, 'agreement/blank'),
    pdf: pdf('blank'),
    pdfLarge: pdf('blank-large-print'),
    bothSides: pdf('blank-both-sides'),
    bothSidesLarge: pdf('blank-both-sides-large-print'),
    ...(bilingualBlankPair(locale)
      ? { pdfBilingual: pdf('blank-bilingual'), pdfBilingualLarge: pdf('blank-bilingual-large-print') }
      : {}),
    // A community language's pair is itself and English: its links say so, not "Welsh and English".
    ...(LOCALES[locale].community ? { withEnglish: true } : {}),
  };
}

/** The blank form as a Word document to fill in on a computer; in both languages too where the locale has a pair. */
export function blankWordLinks(locale: Locale) {
  const word = (variant: string) => `/${locale}/agreement/${variant}.docx`;
  return {
    word: word('blank'),
    ...(bilingualBlankPair(locale) ? { wordBilingual: word('blank-bilingual') } : {}),
    ...(LOCALES[locale].community ? { withEnglish: true } : {}),
  };
}

/** The blank paper agreement in both languages of the pair, one after the other. */
export function blankBilingualModel(locale: Locale, largePrint: boolean, site?: URL) {
  const [first, second] = bilingualBlankPair(locale)!;
  return bilingualModel(blankAgreementModel(first, largePrint, site), blankAgreementModel(second, largePrint, site));
}
