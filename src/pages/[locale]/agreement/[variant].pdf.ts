import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';
import { buildAgreementPdf } from '../../../pdf/build-agreement';
import { LOCALE_CODES, type Locale } from '../../../i18n/locales';
import { blankAgreementModel } from '../../../site/blank-agreement';

/** The blank paper agreement, normal and large print, written as static PDFs at build time. */
const VARIANTS = { blank: false, 'blank-large-print': true } as const;

export function getStaticPaths() {
  return LOCALE_CODES.flatMap((locale) => Object.keys(VARIANTS).map((variant) => ({ params: { locale, variant } })));
}

const require = createRequire(import.meta.url);
const font = async (path: string) =>
  new Uint8Array(await readFile(require.resolve(`@expo-google-fonts/open-sans/${path}`)));

export const GET: APIRoute = async ({ params, site }) => {
  const largePrint = VARIANTS[params.variant as keyof typeof VARIANTS];
  const fonts = {
    regular: await font('400Regular/OpenSans_400Regular.ttf'),
    bold: await font('700Bold/OpenSans_700Bold.ttf'),
  };
  const bytes = await buildAgreementPdf(blankAgreementModel(params.locale as Locale, largePrint, site), fonts);
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
