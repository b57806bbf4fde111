import type { APIRoute } from 'astro';
import { localePaths } from '~/site/locale-paths';
import { easyReadMessages } from '~/i18n/easy-read-resources';
import type { Locale } from '~/i18n/locales';

/** A locale's easy read words as a file, fetched when the family asks for the easy read agreement. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(easyReadMessages(params.locale as Locale)), {
    headers: { 'Content-Type': 'application/json' },
  });
