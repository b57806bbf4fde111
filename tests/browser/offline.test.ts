import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createEnvelope } from '~/core/store';
import { STORAGE_KEYS } from '~/core/store/types';
import { SERVICE_WORKER_PATH } from '~/config/hosting/rules';
import { offlineManifest } from '~/config/hosting/write-service-worker';
import { completeFamily } from '../fixtures/answers/complete-family';
import { sharedBrowser } from '../helpers/chromium';
import { cspViolations, watchCsp } from '../helpers/csp';
import { startNginx } from '../helpers/nginx';
import { DIST, REPO_ROOT } from '../helpers/paths';

/*
 * Works offline after one visit: the site on nginx with its generated rules, one visit, then the server
 * stopped (Playwright's setOffline does not reach a service worker's own requests) and every kind of page
 * opened again. Then the server comes back with a changed worker file, and the open page says a new version
 * is ready without reloading. The site is served from a folder of links to dist/ with its own copy of
 * sw.js, so the worker can change without a second build.
 */

const RULES = join(REPO_ROOT, 'hosting/nginx/learn-together-rules.conf');
const manifest = offlineManifest(DIST, STORAGE_KEYS.offlineCachePrefix);
const root = mkdtempSync(join(tmpdir(), 'ltw-offline-'));
for (const name of readdirSync(DIST))
  if (`/${name}` !== SERVICE_WORKER_PATH) symlinkSync(join(DIST, name), join(root, name));
const worker = readFileSync(join(DIST, SERVICE_WORKER_PATH), 'utf8');
writeFileSync(join(root, SERVICE_WORKER_PATH), worker);

const browser = sharedBrowser();
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
let port = 0;
let context: BrowserContext;
let page: Page;
const at = (path: string) => `http://127.0.0.1:${port}${path}`;

beforeAll(async () => {
  nginx = await startNginx(root, RULES);
  port = Number(new URL(nginx.url).port);
  context = await browser().newContext({ serviceWorkers: 'allow', viewport: { width: 1024, height: 900 } });
  await watchCsp(context);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await nginx?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Every address the worker's caches hold, by cache. */
const cached = () =>
  page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) all[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return all;
  });

const TYPED_OFFLINE = 'Typed with no signal';

/** The wizard at a step, once its island has started. */
async function wizardAt(step: string) {
  await page.goto(at(`/en/wizard/?step=${step}`));
  await page.waitForSelector(`astro-island:not([ssr]) main[data-position="${step}"] h1`);
}

async function continueFrom(step: string) {
  await page.click('main form button[type=submit]');
  await page.waitForSelector(`main:not([data-position="${step}"])`);
}

const storedAnswers = () => page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEYS.answers);

describe('after one visit, with the server stopped', () => {
  it('keeps the shared files and the pages of the language visited, and only the site’s own files', async () => {
    await page.goto(at('/en/'));
    await page.evaluate(() => navigator.serviceWorker.ready);
    const expected = [...manifest.shared, ...manifest.languages.en!].map(at).sort();
    await expect
      .poll(
        async () =>
          Object.values(await cached())
            .flat()
            .sort(),
        { timeout: 60_000 },
      )
      .toEqual(expected);
    expect(Object.keys(await cached())).toEqual([`${STORAGE_KEYS.offlineCachePrefix}${manifest.version}`]);
    // No query, no fragment, never another language's pages until one is visited.
    expect(expected.filter((url) => /[?#]/.test(url) || url.includes('/cy/'))).toEqual([]);
  });

  it('opens the home page, a guidance page, the blank form and its PDF, and the team’s area', async () => {
    await nginx!.close();
    nginx = undefined;
    await page.goto(at('/en/'));
    expect(await page.locator('h1').count()).toBe(1);
    await page.goto(at('/en/stages/1-understanding-you/'));
    expect(await page.locator('main h1').innerText()).not.toBe('');
    await page.goto(at('/en/agreement/blank/'));
    expect(await page.locator('main h1').innerText()).not.toBe('');
    const pdf = await page.evaluate(async () => (await (await fetch('/en/agreement/blank.pdf')).text()).slice(0, 5));
    expect(pdf).toBe('%PDF-');
    await page.goto(at('/en/investigator/'));
    await page.waitForSelector('astro-island:not([ssr]) main h1');
    expect(await cspViolations(page)).toEqual([]);
  });

  it('opens the wizard: an answer given offline is still there after a reload', async () => {
    await page.evaluate(
      ([key, text]) => localStorage.setItem(key!, text!),
      [
        STORAGE_KEYS.answers,
        JSON.stringify(
          createEnvelope({ answers: completeFamily, skipped: [], stageMarks: {}, position: 'hub' }, new Date()),
        ),
      ],
    );
    await wizardAt('what-happened');
    await page.fill('#what-happened', TYPED_OFFLINE);
    await continueFrom('what-happened');
    await wizardAt('what-happened');
    expect(await page.inputValue('#what-happened')).toBe(TYPED_OFFLINE);
    expect(await storedAnswers()).toContain(TYPED_OFFLINE);
  });

  it('makes the agreement and its PDF', async () => {
    await wizardAt('answers');
    await page.click('text=Create your agreement');
    await page.waitForSelector('main[data-position="confirmation"] h1');
    await page.click('text=View, print or download your agreement');
    await page.waitForSelector('main[data-position="agreement"] .ltw-agreement[aria-busy="false"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download as a PDF')]);
    const file = join(root, 'agreement.pdf');
    await download.saveAs(file);
    // pdf-lib and the fonts it embeds are loaded only now, with no server: from the worker's copy.
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Siân Dŵr');
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe('a new version deployed', () => {
  it('says "A new version is ready" without reloading, and reloads only when asked', async () => {
    nginx = await startNginx(root, RULES, { port });
    await wizardAt('what-happened');
    await page.fill('#what-happened', 'Half typed');
    await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
    const next = manifest.version.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    writeFileSync(
      join(root, SERVICE_WORKER_PATH),
      worker.replace(`"version":"${manifest.version}"`, `"version":"${next}"`),
    );
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.locator('[data-new-version][aria-live="polite"] .ltw-notification-banner');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('A new version is ready');
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.inputValue('#what-happened')).toBe('Half typed');

    await Promise.all([page.waitForEvent('load'), notice.locator('button', { hasText: 'Reload' }).click()]);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
    // The new version's cache holds what the old one did, and the old one is gone.
    await expect
      .poll(async () => Object.entries(await cached()).map(([name, urls]) => `${name} ${urls.length}`))
      .toEqual([`${STORAGE_KEYS.offlineCachePrefix}${next} ${manifest.shared.length + manifest.languages.en!.length}`]);
  });

  it('a tab of the older version never saves over answers a newer one saved, and asks to reload', async () => {
    await wizardAt('what-happened');
    const newer = JSON.stringify({ ...JSON.parse(await storedAnswers()), build: '9999-01-01T00:00:00.000Z' });
    const other = await context.newPage();
    await other.goto(at('/en/'));
    await other.evaluate(([key, text]) => localStorage.setItem(key!, text!), [STORAGE_KEYS.answers, newer]);
    await other.close();
    await page.fill('#what-happened', 'Typed in the older tab');
    await continueFrom('what-happened');
    expect(await storedAnswers()).toBe(newer);
    expect(await page.locator('main').innerText()).toContain('Reload this page');
  });
});

describe('"Delete everything"', () => {
  it("deletes the site's offline copy and its worker too, as the privacy page says", async () => {
    await page.goto(at('/en/delete/'));
    await page.click('[data-erase-form] button[type=submit]');
    await page.locator('[data-erase="done"]').waitFor();
    expect(await cached()).toEqual({});
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  });
});
