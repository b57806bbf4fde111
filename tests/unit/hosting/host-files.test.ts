import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { apacheHtaccess } from '~/config/hosting/apache';
import { azureStaticWebAppConfig } from '~/config/hosting/azure';
import { cloudFrontFunction, cloudFrontHeadersPolicy, s3UploadScript } from '~/config/hosting/cloudfront';
import { iisWebConfig } from '~/config/hosting/iis';
import { headersFile, redirectsFile } from '~/config/hosting/netlify';
import { CACHE, ROOT_REDIRECT, SECURITY_HEADERS, headersFor } from '~/config/hosting/rules';

/* Each host's configuration says every rule of the one list (nginx is proven on a real nginx in the browser tests). */

describe('host configurations, all from one list', () => {
  it('Apache sets every security header always, and each cache rule for its files', () => {
    const text = apacheHtaccess();
    for (const { name, value } of SECURITY_HEADERS) expect(text).toContain(`Header always set ${name} "${value}"`);
    for (const cache of Object.values(CACHE)) expect(text).toContain(`Cache-Control "${cache}"`);
    expect(text).toContain(`RedirectMatch 302 ^/$ ${ROOT_REDIRECT}`);
    expect(text).toContain('ErrorDocument 404 /404.html');
  });

  it('IIS sets every header, the 404 page and the cache of hashed files, with XML special characters escaped', () => {
    const text = iisWebConfig();
    for (const { name, value } of SECURITY_HEADERS) {
      expect(text).toContain(`<add name="${name}" value="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`);
    }
    expect(text).toContain('<location path="_astro">');
    expect(text).toContain(`value="${CACHE.hashed}"`);
    expect(text).toContain('path="/404.html"');
    expect(text.match(/<(\w+)[\s>]/g)?.length).toBeGreaterThan(10);
  });

  it('Azure Static Web Apps: global headers, per-route cache, the 404 page and the root redirect', () => {
    const config = JSON.parse(azureStaticWebAppConfig());
    for (const { name, value } of SECURITY_HEADERS) expect(config.globalHeaders[name]).toBe(value);
    expect(config.globalHeaders['Cache-Control']).toBe(CACHE.other);
    expect(config.routes).toContainEqual({ route: '/_astro/*', headers: { 'Cache-Control': CACHE.hashed } });
    expect(config.routes).toContainEqual({ route: '/', redirect: ROOT_REDIRECT, statusCode: 302 });
    expect(config.responseOverrides['404'].rewrite).toBe('/404.html');
  });

  it('_headers hosts never get two Cache-Control values for one file', () => {
    const text = headersFile();
    for (const { name, value } of SECURITY_HEADERS) expect(text).toContain(`  ${name}: ${value}`);
    const catchAll = text.split('\n/_astro/*')[0]!;
    expect(catchAll).not.toContain('Cache-Control');
    expect(text).toContain(`/_astro/*\n  Cache-Control: ${CACHE.hashed}`);
    expect(redirectsFile()).toBe(`/ ${ROOT_REDIRECT} 302\n`);
  });

  it('CloudFront: a response headers policy with every header, a function for the root and folders, uploads with cache rules', () => {
    const policy = JSON.parse(cloudFrontHeadersPolicy());
    const said = JSON.stringify(policy);
    expect(policy.SecurityHeadersConfig.StrictTransportSecurity.AccessControlMaxAgeSec).toBe(31536000);
    expect(policy.SecurityHeadersConfig.ReferrerPolicy.ReferrerPolicy).toBe('no-referrer');
    expect(said).toContain("frame-ancestors 'none'");
    expect(said).toContain('Permissions-Policy');
    // The function is plain JavaScript CloudFront can run: try it on the root and a folder.
    const handler = runInNewContext(`${cloudFrontFunction()}; handler`) as (e: unknown) => {
      uri?: string;
      statusCode?: number;
    };
    expect(handler({ request: { uri: '/' } }).statusCode).toBe(302);
    expect(handler({ request: { uri: '/en/start/' } }).uri).toBe('/en/start/index.html');
    expect(handler({ request: { uri: '/en/start' } }).uri).toBe('/en/start/index.html');
    expect(handler({ request: { uri: '/_astro/a.js' } }).uri).toBe('/_astro/a.js');
    expect(s3UploadScript()).toContain(`--cache-control "${CACHE.hashed}"`);
  });

  it('gives each kind of file its cache rule', () => {
    const cache = (path: string) => headersFor(path).find((h) => h.name === 'Cache-Control')?.value;
    expect(cache('/_astro/x.js')).toBe(CACHE.hashed);
    expect(cache('/sw.js')).toBe(CACHE.serviceWorker);
    expect(cache('/en/')).toBe(CACHE.other);
  });
});
