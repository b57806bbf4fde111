import {
  CACHE,
  HASHED_ASSETS_PREFIX,
  NOT_FOUND_PAGE,
  ROOT_REDIRECT,
  SECURITY_HEADERS,
  SERVICE_WORKER_PATH,
} from './rules';

const set = (name: string, value: string) => `  Header always set ${name} "${value.replace(/"/g, '\\"')}"`;

/** `.htaccess` for Apache (mod_headers, mod_alias; Apache 2.4 for <If>), at the root of the built site. */
export function apacheHtaccess(): string {
  return `# Learn Together Wizard: headers, cache rules, missing pages and the root redirect.
# Written by the build from src/config/hosting/rules.ts. Needs AllowOverride FileInfo Indexes and mod_headers.
DirectoryIndex index.html
ErrorDocument 404 ${NOT_FOUND_PAGE}
AddType text/calendar .ics
AddType font/ttf .ttf
RedirectMatch 302 ^/$ ${ROOT_REDIRECT}
<IfModule mod_headers.c>
${SECURITY_HEADERS.map((h) => set(h.name, h.value)).join('\n')}
${set('Cache-Control', CACHE.other)}
  <If "%{REQUEST_URI} =~ m#^${HASHED_ASSETS_PREFIX}#">
  ${set('Cache-Control', CACHE.hashed)}
  </If>
  <If "%{REQUEST_URI} == '${SERVICE_WORKER_PATH}'">
  ${set('Cache-Control', CACHE.serviceWorker)}
  </If>
</IfModule>
`;
}
