import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { LOCALE_CODES, type Locale } from '~/i18n/locales';
import { blankAgreementModel, blankBilingualModel, bilingualBlankPair } from '~/site/blank-agreement';

/**
 * The blank paper agreement, normal and large print, written as static PDFs at build time; and in two
 * languages together where the locale has a bilingual pair (Welsh and English).
 */
const VARIANTS = {
  blank: { largePrint: false, bilingual: false },
  'blank-large-print': { largePrint: true, bilingual: false },
  'blank-bilingual': { largePrint: false, bilingual: true },
  'blank-bilingual-large-print': { largePrint: true, bilingual: true },
} as const;

export function getStaticPaths() {
  return LOCALE_CODES.flatMap((locale) =>
    Object.entries(VARIANTS)
      .filter(([, v]) => !v.bilingual || bilingualBlankPair(locale))
      .map(([variant]) => ({ params: { locale, variant } })),
  );
}

const require = createRequire(import.meta.url);
const font = async (path: string) =>
  new Uint8Array(await readFile(require.resolve(`@expo-google-fonts/open-sans/${path}`)));

export const GET: APIRoute = async ({ params, site }) => {
  const { largePrint, bilingual } = VARIANTS[params.variant as keyof typeof VARIANTS];
  const locale = params.locale as Locale;
  const fonts = {
    regular: await font('400Regular/OpenSans_400Regular.ttf'),
    bold: await font('700Bold/OpenSans_700Bold.ttf'),
  };
  const model = bilingual
    ? blankBilingualModel(locale, largePrint, site)
    : blankAgreementModel(locale, largePrint, site);
  const bytes = await buildAgreementPdf(model, fonts);
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
