import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { drawnStrings } from '~/core/pdf/undrawable-text';
import { scriptNeeds } from '~/core/pdf/scripts/script-fonts';
import { SCRIPT_FONT_FILES } from '~/core/pdf/scripts/script-font-files';
import type { ComplexScripts } from '~/core/pdf/scripts/complex-scripts';
import type { AgreementModel } from '~/core/agreement/model';
import { LOCALE_CODES, type Locale } from '~/i18n/locales';
import type { BlankForm } from '~/core/agreement/build-model';
import { blankAgreementModel, blankBilingualModel, bilingualBlankPair } from '~/site/blank-agreement';

/**
 * The blank paper agreement, normal and large print, written as static PDFs at build time; in two languages
 * together where the locale has a bilingual pair (Welsh and English); and the agreement from both sides, with
 * the team's part, for a meeting.
 */
const VARIANTS = {
  blank: { largePrint: false, bilingual: false },
  'blank-large-print': { largePrint: true, bilingual: false },
  'blank-bilingual': { largePrint: false, bilingual: true },
  'blank-bilingual-large-print': { largePrint: true, bilingual: true },
  'blank-both-sides': { largePrint: false, bilingual: false, form: 'bothSides' },
  'blank-both-sides-large-print': { largePrint: true, bilingual: false, form: 'bothSides' },
} as const satisfies Record<string, { largePrint: boolean; bilingual: boolean; form?: BlankForm }>;

export function getStaticPaths() {
  return LOCALE_CODES.flatMap((locale) =>
    Object.entries(VARIANTS)
      .filter(([, v]) => !v.bilingual || bilingualBlankPair(locale))
      .map(([variant]) => ({ params: { locale, variant } })),
  );
}

const require = createRequire(import.meta.url);
const fontFile = async (path: string) => new Uint8Array(await readFile(require.resolve(`@expo-google-fonts/${path}`)));
const font = (path: string) => fontFile(`open-sans/${path}`);

/** HarfBuzz and the script fonts a form in Urdu (or any other script) needs, as the browser gets them for its PDFs. */
async function complexScriptsFor(model: AgreementModel): Promise<ComplexScripts | undefined> {
  const needs = scriptNeeds(drawnStrings(model), model.lang);
  if (!needs.shaping && needs.fonts.length === 0) return undefined;
  const fonts: ComplexScripts['fonts'] = {};
  for (const name of needs.fonts) {
    const { regular, bold } = SCRIPT_FONT_FILES[name];
    fonts[name] = { regular: await fontFile(regular), ...(bold ? { bold: await fontFile(bold) } : {}) };
  }
  return { harfbuzz: await import('harfbuzzjs'), fonts };
}

export const GET: APIRoute = async ({ params, site }) => {
  const variant: { largePrint: boolean; bilingual: boolean; form?: BlankForm } =
    VARIANTS[params.variant as keyof typeof VARIANTS];
  const { largePrint, bilingual, form } = variant;
  const locale = params.locale as Locale;
  const fonts = {
    regular: await font('400Regular/OpenSans_400Regular.ttf'),
    bold: await font('700Bold/OpenSans_700Bold.ttf'),
  };
  const model = bilingual
    ? blankBilingualModel(locale, largePrint, site)
    : blankAgreementModel(locale, largePrint, site, form);
  const bytes = await buildAgreementPdf(model, fonts, await complexScriptsFor(model));
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
