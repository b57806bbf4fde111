/*
 * The one list of what a host must send besides the files: the security headers a page's <meta> cannot
 * carry, how long each kind of file may be cached, the page for a missing address and where the root
 * goes. Every host's configuration (nginx, Apache, IIS, Azure Static Web Apps, `_headers` hosts, S3 with
 * CloudFront) is written from this list at build, so they cannot drift apart.
 *
 * The page's own <meta> Content-Security-Policy stays the policy: both a header and a <meta> policy
 * apply, so a header adds only what a <meta> cannot say (frame-ancestors). A site-wide script-src here
 * would block the pages' own hashed inline scripts.
 */

export interface ResponseHeader {
  name: string;
  value: string;
}

export const SECURITY_HEADERS: readonly ResponseHeader[] = [
  { name: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { name: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  { name: 'Referrer-Policy', value: 'no-referrer' },
  { name: 'X-Content-Type-Options', value: 'nosniff' },
  {
    name: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
];

/** Files whose names carry a hash of their content: a new build gives new names, so they never go stale. */
export const HASHED_ASSETS_PREFIX = '/_astro/';
/** The service worker's script: always fetched fresh, or a new version would never reach anyone. */
export const SERVICE_WORKER_PATH = '/sw.js';

export const CACHE = {
  hashed: 'public, max-age=31536000, immutable',
  serviceWorker: 'no-cache, no-store, must-revalidate',
  /** Pages and every other file: kept, but checked with the server each time, so a new build shows at once. */
  other: 'no-cache',
} as const;

export const NOT_FOUND_PAGE = '/404.html';
export const ROOT_REDIRECT = '/en/';

/** Every header a response for `path` gets, in order: the security headers and its cache rule. */
export function headersFor(path: string): ResponseHeader[] {
  const cache = path.startsWith(HASHED_ASSETS_PREFIX)
    ? CACHE.hashed
    : path === SERVICE_WORKER_PATH
      ? CACHE.serviceWorker
      : CACHE.other;
  return [...SECURITY_HEADERS, { name: 'Cache-Control', value: cache }];
}
