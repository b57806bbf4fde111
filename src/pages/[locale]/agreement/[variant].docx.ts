import type { APIRoute } from 'astro';
import { buildAgreementDocx } from '~/core/word/build-agreement-docx';
import { LOCALE_CODES, type Locale } from '~/i18n/locales';
import { blankAgreementModel, blankBilingualModel, bilingualBlankPair } from '~/site/blank-agreement';

/**
 * The blank form as a Word document, written at build time like the blank PDFs: for a person who fills it
 * in on a computer, with a screen reader or their own text size. Each question is a table header over an
 * empty cell to type into; the options to tick are a list. In two languages where the locale has a pair.
 */
const VARIANTS = { blank: { bilingual: false }, 'blank-bilingual': { bilingual: true } } as const;

export function getStaticPaths() {
  return LOCALE_CODES.flatMap((locale) =>
    Object.entries(VARIANTS)
      .filter(([, v]) => !v.bilingual || bilingualBlankPair(locale))
      .map(([variant]) => ({ params: { locale, variant } })),
  );
}

export const GET: APIRoute = async ({ params, site }) => {
  const { bilingual } = VARIANTS[params.variant as keyof typeof VARIANTS];
  const locale = params.locale as Locale;
  const model = bilingual ? blankBilingualModel(locale, false, site) : blankAgreementModel(locale, false, site);
  const bytes = await buildAgreementDocx(model);
  return new Response(bytes as BodyInit, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
