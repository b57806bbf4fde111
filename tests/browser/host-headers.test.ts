import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CACHE, NOT_FOUND_PAGE, ROOT_REDIRECT, SECURITY_HEADERS } from '~/config/hosting/rules';
import { DIST } from '../helpers/paths';

/*
 * The nginx rules the build writes (hosting/nginx/learn-together-rules.conf), served by Debian's nginx
 * over the built site (started once for every browser test: tests/browser/global-setup.ts): every header
 * on a page, a hashed asset and a missing page, and the root redirect.
 */

const nginxUrl = inject('nginxUrl');
const get = (path: string) => fetch(nginxUrl + path, { redirect: 'manual' });
const expectSecurityHeaders = (response: Response) => {
  for (const { name, value } of SECURITY_HEADERS) expect(response.headers.get(name), name).toBe(value);
};

describe('the nginx configuration the build writes, on a real nginx', () => {
  it('sends every security header on a page, which is revalidated each time', async () => {
    const page = await get('/en/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expectSecurityHeaders(page);
    expect(page.headers.get('cache-control')).toBe(CACHE.other);
    expect(page.headers.get('server')).toBe('nginx');
  });

  it('caches a hashed asset for a year, with the same security headers', async () => {
    const asset = readdirSync(join(DIST, '_astro')).find((name) => name.endsWith('.js'))!;
    const response = await get(`/_astro/${asset}`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe(CACHE.hashed);
  });

  it('answers a missing page with the site’s own 404 page, status 404 and every header', async () => {
    const response = await get('/en/no-such-page/');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('<title>');
    expect(NOT_FOUND_PAGE).toBe('/404.html');
  });

  it('sends the root to the default language', async () => {
    const response = await get('/');
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location')!, nginxUrl).pathname).toBe(ROOT_REDIRECT);
    expectSecurityHeaders(response);
  });

  it('serves the PDFs and the security contact with their own types', async () => {
    const pdf = await get('/en/agreement/blank.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const security = await get('/.well-known/security.txt');
    expect(security.status).toBe(200);
    expect(security.headers.get('content-type')).toContain('text/plain');
  });
});
