import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Request } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { DIST, REPO_ROOT } from '../helpers/paths';
import { WITH_PLAIN_PAGE_SCRIPT, builtPages } from '../helpers/built-pages';
import { openStep, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import { layoutShifts } from '../helpers/layout-shift';
import { pageCost } from '../tools/page-cost.mjs';
import {
  FAMILY_LINK_FIRST_LOAD_BUDGET_BYTES,
  PLAIN_PAGE_SCRIPT_BUDGET_BYTES,
  WIZARD_FIRST_LOAD_BUDGET_KB,
} from '../tools/page-budgets.mjs';

const baseUrl = inject('baseUrl');
const require = createRequire(import.meta.url);
const session = browserSession({ viewport: { width: 375, height: 700 } });
const wizard = pageCost(DIST, join(DIST, 'en/wizard/index.html'));
const familyLink = pageCost(DIST, join(DIST, 'en/from-your-team/index.html'));
// A real link, as a team's letter prints it (the format fixture), so the page decodes and shows real details.
const linkFixture = readFileSync(join(REPO_ROOT, 'tests/fixtures/formats/family-link.v1.txt'), 'utf8').trim();
const fragment = linkFixture.slice(linkFixture.indexOf('#'));

describe("the wizard's first load", () => {
  it(`is at most ${WIZARD_FIRST_LOAD_BUDGET_KB} KB of gzipped JavaScript (sizes of the built files, not timings)`, () => {
    expect(wizard.jsFiles.length).toBeGreaterThan(1);
    expect(wizard.js.gzip / 1024).toBeLessThanOrEqual(WIZARD_FIRST_LOAD_BUDGET_KB);
  });

  it('carries neither i18next nor pdf-lib, fontkit or the pages that come later', () => {
    const code = wizard.jsFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(code).not.toMatch(/i18next|PDFDocument|fontkit|StructTreeRoot/);
    expect(code).not.toContain('ltw-agreement__signatures');
    // Nor the team's saved details, their schema or the offer of their incident date (loaded with the date question).
    expect(code.match(/data-team-date-offer|not a date in the calendar|ZodError/g) ?? []).toEqual([]);
  });

  it.each([
    ['a fresh visit, at the first question', undefined],
    ['a returning visit, at the task list', 'hub'],
  ])('does not move the page while the wizard starts (%s): cumulative layout shift 0', async (_, step) => {
    // A context of its own: a first load means nothing in the browser's cache yet (fonts, chunks).
    const page = await session.freshPage();
    if (step) await seed(page, baseUrl, { answers: completeFamily });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.defineProperty(window, '__shifts', { value: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openStep(page, baseUrl, step);
    // Let any late layout (fonts, lazy chunks fetched when idle) settle before reading the shifts.
    await page.evaluate(
      () => new Promise((done) => requestIdleCallback(() => requestAnimationFrame(() => done(null)))),
    );
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
  });
});

describe("the wizard's first load in every built language", () => {
  const locales = builtPages(DIST)
    .map((path) => /^\/([a-z]{2})\/wizard\/$/.exec(path)?.[1])
    .filter((locale) => locale !== undefined);
  // bidi-js's table of character classes, which its minified code keeps as written.
  const BIDI_JS = '1c+9,3d+1,6,187+9';

  it('no built page preloads or prefetches HarfBuzz, WebAssembly or a font for other scripts', () => {
    const offenders = builtPages(DIST).flatMap((path) => {
      const html = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      return (html.match(/<link\b[^>]*>/g) ?? [])
        .filter((tag) => /\brel="?(modulepreload|prefetch|preload)\b/.test(tag) && /harfbuzz|\.wasm|\/Noto/.test(tag))
        .map((tag) => `${path}: ${tag}`);
    });
    expect(offenders).toEqual([]);
  });

  it.each(locales)(`%s: is at most ${WIZARD_FIRST_LOAD_BUDGET_KB} KB of gzipped JavaScript`, (locale) => {
    const cost = pageCost(DIST, join(DIST, locale, 'wizard/index.html'));
    expect(cost.js.gzip / 1024).toBeLessThanOrEqual(WIZARD_FIRST_LOAD_BUDGET_KB);
  });

  it.each(locales)(
    '%s: fetches no WebAssembly, no font for other scripts and no bidi-js (they wait for a PDF that needs them)',
    async (locale) => {
      expect(readFileSync(require.resolve('bidi-js'), 'utf8')).toContain(BIDI_JS);
      const page = await session.freshPage();
      const requested: string[] = [];
      const scripts: Promise<string>[] = [];
      // Urdu pages are drawn in Nastaliq (src/styles/urdu.css): that page font is the page's own, not the PDF's.
      const pageFont = (request: Request) =>
        locale === 'ur' && request.resourceType() === 'font' && /\/NotoNastaliqUrdu_400Regular\./.test(request.url());
      page.on('request', (request) => {
        if (!pageFont(request)) requested.push(request.url());
      });
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.text());
      });
      await openStep(page, baseUrl, undefined, locale);
      await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null))));
      expect(requested.filter((url) => url.startsWith(`${baseUrl}/_astro/`))).not.toEqual([]);
      expect(requested.filter((url) => /\.wasm$|\/Noto\w*\.[\w-]+\.ttf$|\/harfbuzz\./.test(url))).toEqual([]);
      expect((await Promise.all(scripts)).filter((code) => code.includes(BIDI_JS))).toEqual([]);
    },
  );
});

describe("the family link page's first load (the page that opens the team's link)", () => {
  it(`is at most ${FAMILY_LINK_FIRST_LOAD_BUDGET_BYTES} bytes of gzipped JavaScript, half the wizard's`, () => {
    expect(familyLink.jsFiles.length).toBeGreaterThan(1);
    expect(familyLink.js.gzip).toBeLessThanOrEqual(FAMILY_LINK_FIRST_LOAD_BUDGET_BYTES);
  });

  it("never loads the wizard's machine (XState) nor makes a date formatter (the first costs a phone ~100 ms), neither to paint nor while the link is read and shown", async () => {
    const page = await session.freshPage();
    await page.addInitScript(() => {
      const Original = Intl.DateTimeFormat;
      const made: string[] = [];
      Object.defineProperty(window, '__datesMade', { value: made });
      Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Original>) {
        made.push(String(args[0]));
        return new Original(...args);
      } as unknown as typeof Intl.DateTimeFormat;
      Object.assign(Intl.DateTimeFormat, { supportedLocalesOf: Original.supportedLocalesOf });
    });
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    await page.goto(`${baseUrl}/en/from-your-team/${fragment}`);
    await page.locator('main [data-view="review"] h1').waitFor();
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null))));
    const code = (await Promise.all(scripts)).join('\n');
    expect(code).toContain('history.replaceState');
    expect(code.match(/xstate\.\w+/g) ?? []).toEqual([]);
    // The link's incident date is on the page, in words made from the page's own month names.
    await expect(page.locator('main').innerText()).resolves.toContain('14 March 2026');
    expect(await page.evaluate(() => (window as unknown as { __datesMade: string[] }).__datesMade)).toEqual([]);
  });

  it('leaves the views, the saving and the decoding until the link is read (they are not needed to paint)', () => {
    const code = familyLink.jsFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
    // The details list, the in-app browser notice, the copy button and the language links' helper.
    expect(code.match(/ltw-case-details|data-in-app-notice|execCommand|data-language-link/g) ?? []).toEqual([]);
  });

  it.each([375, 1280])(
    'does not move while a real link is read and its details appear, at %ipx: cumulative layout shift 0',
    async (width) => {
      const page = await session.freshPage({ viewport: { width, height: 700 } });
      await page.goto(`${baseUrl}/en/from-your-team/${fragment}`);
      await page.locator('main [data-view="review"] h1').waitFor();
      await expect(page.locator('main').innerText()).resolves.toContain('Northshire');
      await page.evaluate(
        () => new Promise((done) => requestIdleCallback(() => requestAnimationFrame(() => done(null)))),
      );
      expect(await layoutShifts(page)).toEqual([]);
    },
  );
});

describe('the one script of pages without an island (home and start: "Continue where you left off")', () => {
  const plainPages = builtPages(DIST).filter((path) => WITH_PLAIN_PAGE_SCRIPT.test(path));
  const costs = plainPages.map((path) => pageCost(DIST, join(DIST, path, 'index.html')));

  it(`is at most ${PLAIN_PAGE_SCRIPT_BUDGET_BYTES} bytes of gzip, with nothing it imports`, () => {
    expect(plainPages.length).toBeGreaterThanOrEqual(4);
    for (const cost of costs) {
      expect(cost.js.gzip).toBeGreaterThan(0);
      expect(cost.js.gzip).toBeLessThanOrEqual(PLAIN_PAGE_SCRIPT_BUDGET_BYTES);
      // One file at most: the script itself, importing nothing (or inlined by Astro, then no file at all).
      expect(cost.jsFiles.length).toBeLessThanOrEqual(1);
    }
  });

  it('is the same script on every one of those pages', () => {
    expect(new Set(costs.map((cost) => `${cost.jsFiles.join()}|${cost.js.gzip}`)).size).toBe(1);
  });
});
