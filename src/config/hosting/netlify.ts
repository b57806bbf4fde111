import { CACHE, HASHED_ASSETS_PREFIX, ROOT_REDIRECT, SECURITY_HEADERS, SERVICE_WORKER_PATH } from './rules';

/**
 * `_headers` and `_redirects` for hosts that read them (Netlify, Cloudflare Pages). Such hosts join the
 * values of a header set by two matching rules, so Cache-Control is given only where it differs from the
 * host's own default for pages (revalidate every time), never on the catch-all rule. Missing pages: these
 * hosts serve 404.html by themselves.
 */
export function headersFile(): string {
  return `# Learn Together Wizard: written by the build from src/config/hosting/rules.ts.
/*
${SECURITY_HEADERS.map((h) => `  ${h.name}: ${h.value}`).join('\n')}
${HASHED_ASSETS_PREFIX}*
  Cache-Control: ${CACHE.hashed}
${SERVICE_WORKER_PATH}
  Cache-Control: ${CACHE.serviceWorker}
`;
}

export function redirectsFile(): string {
  return `/ ${ROOT_REDIRECT} 302\n`;
}
