import {
  CACHE,
  HASHED_ASSETS_PREFIX,
  NOT_FOUND_PAGE,
  ROOT_REDIRECT,
  SECURITY_HEADERS,
  SERVICE_WORKER_PATH,
} from './rules';

/** `staticwebapp.config.json` for Azure Static Web Apps, at the root of the built site. */
export function azureStaticWebAppConfig(): string {
  const config = {
    globalHeaders: Object.fromEntries(
      [...SECURITY_HEADERS, { name: 'Cache-Control', value: CACHE.other }].map((h) => [h.name, h.value] as const),
    ),
    routes: [
      { route: '/', redirect: ROOT_REDIRECT, statusCode: 302 },
      { route: `${HASHED_ASSETS_PREFIX}*`, headers: { 'Cache-Control': CACHE.hashed } },
      { route: SERVICE_WORKER_PATH, headers: { 'Cache-Control': CACHE.serviceWorker } },
    ],
    responseOverrides: { '404': { rewrite: NOT_FOUND_PAGE, statusCode: 404 } },
    mimeTypes: { '.ics': 'text/calendar', '.ttf': 'font/ttf', '.wasm': 'application/wasm' },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
