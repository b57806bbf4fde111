import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CACHE, ROOT_REDIRECT, SECURITY_HEADERS, SERVICE_WORKER_PATH } from '~/config/hosting/rules';
import { NGINX, startNginx } from '../helpers/nginx';
import { DIST, REPO_ROOT } from '../helpers/paths';
import { browserSession } from '../helpers/session';

/*
 * The deployment check page (/deployment-check/) as a trust's web team opens it: once on Debian's nginx
 * with the rules the build writes, where every header and cache rule is in place, and once on the plain
 * test server, which sends none of them, where it must name each missing header and the file to fix.
 */

const PATH = '/deployment-check/';
const session = browserSession();
let page: Page;
let nginx: Awaited<ReturnType<typeof startNginx>>;

beforeAll(async () => {
  nginx = await startNginx(DIST, join(REPO_ROOT, 'hosting/nginx/learn-together-rules.conf'));
  page = await session.page();
});
afterAll(() => nginx?.close());

interface Row {
  status: string;
  text: string;
  /** "Where to fix it", when shown. */
  fix: string;
}

/** Opens the page and waits for its live summary to say it is done; every row, by its check's id. */
async function check(origin: string): Promise<{ summary: string; rows: Record<string, Row> }> {
  await page.goto(origin + PATH);
  const summary = page.locator('[role="status"][data-check-summary][data-done]');
  await summary.waitFor();
  const rows = await page.locator('[data-check]').evaluateAll((elements) =>
    Object.fromEntries(
      elements.map((row) => {
        const fix = row.querySelector<HTMLElement>('[data-check-fix]')!;
        const read = (selector: string) => row.querySelector(selector)!.textContent.replace(/\s+/g, ' ').trim();
        return [
          (row as HTMLElement).dataset.check!,
          {
            status: read('[data-check-status]'),
            text: read('[data-check-text]'),
            fix: fix.hidden ? '' : read('[data-check-fix]'),
          },
        ];
      }),
    ),
  );
  return { summary: (await summary.textContent())!, rows };
}

const hasWorkerFile = existsSync(join(DIST, SERVICE_WORKER_PATH));
const builtFor = process.env.LTW_SITE;
const securityExpires = /^Expires: (\d{4}-\d\d-\d\d)/m.exec(
  readFileSync(join(DIST, '.well-known/security.txt'), 'utf8'),
)![1];
const NOT_REGISTERED = `Not registered in this browser yet. Open the site’s home page once (it registers ${SERVICE_WORKER_PATH}), then check again.`;
const HSTS_NOT_ON_HTTPS = 'Not on HTTPS: browsers obey this header only on an HTTPS address, so check it there.';
const unlessHsts = SECURITY_HEADERS.filter((h) => h.name !== 'Strict-Transport-Security');

describe('the deployment check page', () => {
  it('on nginx with the generated rules: every header and cache rule passes, and it says what it cannot check over HTTP', async () => {
    const { summary, rows } = await check(nginx.url);
    for (const { name, value } of unlessHsts) {
      expect(rows[`header:${name}`], name).toEqual({
        status: 'Passed',
        text: `This page is sent with “${name}: ${value}”.`,
        fix: '',
      });
    }
    expect(rows['header:Strict-Transport-Security']).toEqual({
      status: 'Not checked',
      text: HSTS_NOT_ON_HTTPS,
      fix: '',
    });
    expect(rows['https']!.status).toBe('Needs fixing');
    expect(rows['https']!.text).toBe(
      `Not on HTTPS: this page was opened at ${nginx.url}. A live site must be served over HTTPS only.`,
    );
    expect(rows['https']!.fix).toContain('nginx: start from hosting/nginx/learn-together.conf');
    expect(rows['meta-policy']!.status).toBe('Passed');
    expect(rows['page-cache']).toMatchObject({
      status: 'Passed',
      text: `This page is sent with “Cache-Control: ${CACHE.other}”.`,
    });
    expect(rows['asset-cache']!.status).toBe('Passed');
    expect(rows['asset-cache']!.text).toMatch(
      new RegExp(`^/_astro/\\S+\\.css is sent with “Cache-Control: ${CACHE.hashed}”\\.$`),
    );
    expect(rows['worker-cache']!.status).toBe(hasWorkerFile ? 'Passed' : 'Not checked');
    expect(rows['not-found']).toEqual({
      status: 'Passed',
      text: 'A missing address answers 404 with the site’s own “Page not found” page.',
      fix: '',
    });
    expect(rows['root']).toEqual({
      status: 'Passed',
      text: `The root address redirects to ${ROOT_REDIRECT}.`,
      fix: '',
    });
    expect(rows['site']!.text).toBe(
      builtFor
        ? `The site was built for ${new URL(builtFor).origin}, but this page is at ${nginx.url}. Build again with LTW_SITE=${nginx.url}.`
        : `The site was built without LTW_SITE. Build again with LTW_SITE=${nginx.url} (its links to itself and security.txt use it).`,
    );
    expect(rows['security-txt']).toMatchObject({ status: 'Passed' });
    expect(rows['security-txt']!.text).toContain(`expires on ${securityExpires}`);
    expect(rows['service-worker']).toEqual({ status: 'Not checked', text: NOT_REGISTERED, fix: '' });
    const passed = Object.values(rows).filter((row) => row.status === 'Passed').length;
    expect(passed).toBe(Object.keys(rows).length - 4 + (hasWorkerFile ? 0 : -1));
    expect(summary).toBe(
      `${passed} of ${Object.keys(rows).length} checks passed; 2 need fixing; ${hasWorkerFile ? 2 : 3} not checked here.`,
    );
  });

  it('on a host that sends no headers: names each missing one and the file to fix for each host', async () => {
    const baseUrl = inject('baseUrl');
    const { rows } = await check(baseUrl);
    for (const { name, value } of unlessHsts) {
      const row = rows[`header:${name}`]!;
      expect(row.status, name).toBe('Needs fixing');
      expect(row.text).toBe(`Missing: this page is sent without ${name}. It should be “${name}: ${value}”.`);
      expect(row.fix).toContain('nginx: include hosting/nginx/learn-together-rules.conf inside your server block');
      expect(row.fix).toContain('Apache: dist/.htaccess');
      expect(row.fix).toContain('IIS: dist/web.config');
      expect(row.fix).toContain('Azure Static Web Apps: dist/staticwebapp.config.json');
      expect(row.fix).toContain('Netlify or Cloudflare Pages: dist/_headers');
      expect(row.fix).toContain('S3 with CloudFront: attach hosting/cloudfront/response-headers-policy.json');
    }
    expect(rows['header:Strict-Transport-Security']!.text).toBe(HSTS_NOT_ON_HTTPS);
    expect(rows['page-cache']!.text).toBe(
      `Missing: this page is sent without Cache-Control. It should be “Cache-Control: ${CACHE.other}”.`,
    );
    expect(rows['page-cache']!.fix).toContain('S3 with CloudFront: upload with hosting/cloudfront/s3-upload.sh');
    expect(rows['root']!.status).toBe('Needs fixing');
    expect(rows['root']!.text).toContain(`answers with a page instead of a redirect to ${ROOT_REDIRECT}`);
    expect(rows['root']!.fix).toContain('Netlify or Cloudflare Pages: dist/_redirects');
    // The test server keeps hashed files a year and answers a missing page with 404.html, as a host must.
    expect(rows['asset-cache']!.status).toBe('Passed');
    expect(rows['not-found']!.status).toBe('Passed');
    expect(rows['meta-policy']!.status).toBe('Passed');
  });

  it('is in English only, so it offers no other language (a Welsh link would open a different page)', async () => {
    await page.goto(inject('baseUrl') + PATH);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
    await expect(page.locator('header a[hreflang], header [aria-current="true"][lang]').count()).resolves.toBe(0);
  });
});

describe('the nginx server block docs/deploy/nginx.md installs', () => {
  it('passes nginx -t as installed there: the rules beside nginx.conf, the server block in a folder of its own', () => {
    const etc = mkdtempSync(join(tmpdir(), 'ltw-nginx-t-'));
    try {
      mkdirSync(join(etc, 'sites-enabled'));
      const hosting = join(REPO_ROOT, 'hosting/nginx');
      writeFileSync(join(etc, 'learn-together-rules.conf'), readFileSync(join(hosting, 'learn-together-rules.conf')));
      // A certificate named by a variable is read at the first connection, not by nginx -t: none is needed here.
      const server = readFileSync(join(hosting, 'learn-together.conf'), 'utf8')
        .replace(/ssl_certificate(_key)? .*;/g, 'ssl_certificate$1 data:$no_certificate;')
        .replace(/root .*;/, `root ${DIST};`);
      writeFileSync(join(etc, 'sites-enabled/learn-together.conf'), server);
      writeFileSync(
        join(etc, 'nginx.conf'),
        `pid ${join(etc, 'nginx.pid')};\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  map $host $no_certificate { default ""; }\n  include sites-enabled/learn-together.conf;\n}\n`,
      );
      const args = ['-t', '-q', '-e', join(etc, 'error.log'), '-c', join(etc, 'nginx.conf')];
      expect(() => execFileSync(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] })).not.toThrow();
    } finally {
      rmSync(etc, { recursive: true, force: true });
    }
  });
});
