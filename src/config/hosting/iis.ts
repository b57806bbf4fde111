import { CACHE, HASHED_ASSETS_PREFIX, NOT_FOUND_PAGE, SECURITY_HEADERS, SERVICE_WORKER_PATH } from './rules';

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const header = (name: string, value: string, indent: string) =>
  `${indent}<remove name="${name}" />\n${indent}<add name="${name}" value="${attr(value)}" />`;

const cacheFor = (path: string, cache: string) => `  <location path="${path.replace(/^\/|\/$/g, '')}">
    <system.webServer>
      <httpProtocol>
        <customHeaders>
${header('Cache-Control', cache, '          ')}
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>`;

/**
 * `web.config` for IIS, at the root of the built site. The root redirect is left to the site's own
 * root page (it forwards to the default language at once): IIS redirects need the URL Rewrite module,
 * and a missing module would stop the whole site with an error 500.19.
 */
export function iisWebConfig(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Learn Together Wizard: headers, cache rules and missing pages. Written by the build from src/config/hosting/rules.ts. -->
<configuration>
  <system.webServer>
    <defaultDocument enabled="true">
      <files>
        <clear />
        <add value="index.html" />
      </files>
    </defaultDocument>
    <httpErrors errorMode="Custom" existingResponse="Replace">
      <remove statusCode="404" />
      <error statusCode="404" path="${NOT_FOUND_PAGE}" responseMode="ExecuteURL" />
    </httpErrors>
    <staticContent>
      <remove fileExtension=".ics" />
      <mimeMap fileExtension=".ics" mimeType="text/calendar" />
      <remove fileExtension=".ttf" />
      <mimeMap fileExtension=".ttf" mimeType="font/ttf" />
      <remove fileExtension=".json" />
      <mimeMap fileExtension=".json" mimeType="application/json" />
      <remove fileExtension=".wasm" />
      <mimeMap fileExtension=".wasm" mimeType="application/wasm" />
    </staticContent>
    <httpProtocol>
      <customHeaders>
        <remove name="X-Powered-By" />
${[...SECURITY_HEADERS, { name: 'Cache-Control', value: CACHE.other }].map((h) => header(h.name, h.value, '        ')).join('\n')}
      </customHeaders>
    </httpProtocol>
  </system.webServer>
${cacheFor(HASHED_ASSETS_PREFIX, CACHE.hashed)}
${cacheFor(SERVICE_WORKER_PATH, CACHE.serviceWorker)}
</configuration>
`;
}
