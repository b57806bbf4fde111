import type { APIRoute } from 'astro';
import { localePaths } from '~/site/locale-paths';
import { wizardMessages } from '~/i18n/wizard-resources';
import { withProductName } from '~/site/product-name';
import type { Locale } from '~/i18n/locales';

/** A locale's wizard words as a file, fetched when a bilingual agreement needs the other language's. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(withProductName(wizardMessages(params.locale as Locale), params.locale as Locale)), {
    headers: { 'Content-Type': 'application/json' },
  });
