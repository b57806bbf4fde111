import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';
import { buildAgreementPdf } from '../pdf/build-agreement';
import type { Locale } from '../i18n/locales';
import { blankAgreementModel } from './blank-agreement';

const require = createRequire(import.meta.url);
const font = (path: string) => readFile(require.resolve(`@expo-google-fonts/open-sans/${path}`));

/** A build-time endpoint that writes the blank agreement PDF as a static file. */
export function blankPdfRoute(largePrint: boolean): APIRoute {
  return async ({ params, site }) => {
    const [regular, bold] = await Promise.all([font('400Regular/OpenSans_400Regular.ttf'), font('700Bold/OpenSans_700Bold.ttf')]);
    const bytes = await buildAgreementPdf(blankAgreementModel(params.locale as Locale, largePrint, site), {
      regular: new Uint8Array(regular),
      bold: new Uint8Array(bold),
    });
    return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
  };
}
