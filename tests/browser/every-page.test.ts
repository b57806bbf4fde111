import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AXE_WIDTHS, againstKnownProblems, axeAtWidths } from '../helpers/axe';
import { WITH_PLAIN_PAGE_SCRIPT, builtPages } from '../helpers/built-pages';
import { DIST } from '../helpers/paths';
import { browserSession, isTestRoute } from '../helpers/session';
import { cspViolations, declaredPolicy } from '../helpers/csp';
import { SECURITY_HEADERS } from '~/config/hosting/rules';

// Pages are discovered from the build, so a new page is checked without a new test: every language,
// the test-only pseudo-locales included (their words are longer, and xb runs right to left).
const pages = builtPages(DIST).filter((path) => path !== '/');
// Only these need JavaScript: the wizard, deleting what it saved, the family link, the team's pages and the web
// team's deployment check. The rest is plain HTML, and the home and start pages carry only the one small shared
// script (WITH_PLAIN_PAGE_SCRIPT).
const NEEDS_JAVASCRIPT =
  /^(\/[a-z]{2}\/(wizard|delete|investigator|investigator\/letter|from-your-team)|\/deployment-check)\/$/;
/**
 * The pages that make PDFs (the agreement, the record, the comments, the team's downloads): only they may compile
 * WebAssembly (HarfBuzz, for writing Open Sans cannot draw), so only they add 'wasm-unsafe-eval' to script-src.
 */
const MAKES_PDFS = /^\/[a-z]{2}\/(wizard|investigator)\/$/;
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;
/** The plain-page script as each page that has it carries it: its address, or its text when inlined. */
const plainPageScripts = new Map<string, string[]>();
// Served by nginx with the rules the build writes, as a trust's server would: the pages' own <meta> policy and
// the header one (frame-ancestors) apply together, and the sweep below proves nothing breaks under both.
const siteUrl = inject('nginxUrl');
const titles = new Map<string, string>();
const session = browserSession({ viewport: { width: 1280, height: 800 } });
let page: Page;
/** What each document asked for, by the id Chromium gives its loading: the last page's late fetches are not this one's. */
const requestsOf = new Map<string, string[]>();
let requests: string[] = [];

// One page visits them all: the checks only read, and a page opened without saved answers saves nothing.
beforeAll(async () => {
  page = await session.page();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', ({ loaderId, request }) => {
    if (!requestsOf.has(loaderId)) requestsOf.set(loaderId, []);
    requestsOf.get(loaderId)!.push(request.url);
  });
  await cdp.send('Network.enable');
});

describe.each(pages)('%s', (path) => {
  let scriptsOnLoad = -1;
  let scriptsAsLoaded: string[] = [];
  let headerPolicy: string | undefined;

  beforeAll(async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    requestsOf.clear();
    const response = await page.goto(siteUrl + path, { waitUntil: 'load' });
    headerPolicy = response?.headers()['content-security-policy'];
    // The document's own loading shares its id with every request the document makes.
    const own = [...requestsOf.entries()].find(([, urls]) => urls[0] === siteUrl + path);
    requests = own?.[1] ?? [];
    scriptsOnLoad = await page.locator('script').count();
    scriptsAsLoaded = await page
      .locator('script')
      .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).src || s.textContent || ''));
  });

  it('declares a strict Content Security Policy, and nothing on the page breaks it nor the server’s', async () => {
    // nginx's header policy, which a <meta> cannot carry, applies beside the page's own.
    const header = SECURITY_HEADERS.find(({ name }) => name === 'Content-Security-Policy')!;
    expect(headerPolicy).toBe(header.value);
    const policy = await declaredPolicy(page);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['form-action']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    // Exactly these sources, and hashes of Astro's own inline code: no 'unsafe-inline', no 'unsafe-eval', no other
    // origin; and 'wasm-unsafe-eval' on the pages that make PDFs, never on any other.
    const sources = (directive: string) => (policy[directive] ?? []).filter((v) => !HASH.test(v));
    expect(sources('script-src')).toEqual(MAKES_PDFS.test(path) ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
    expect(sources('style-src')).toEqual(["'self'"]);
    for (const directive of ['script-src', 'style-src']) expect(policy[directive]?.[0]).toBe("'self'");
    expect(await cspViolations(page)).toEqual([]);
  });

  it(`has no axe violations at ${AXE_WIDTHS.join(' and ')}px wide (WCAG 2.2 A and AA, best practice)`, async () => {
    const { unexpected, fixed } = againstKnownProblems(path, await axeAtWidths(page));
    expect(unexpected).toEqual([]);
    expect(fixed, 'fixed: take it out of KNOWN_PROBLEMS (tests/helpers/axe.ts)').toEqual([]);
  });

  it('has one h1, lang and dir, a title, and no repeated ids', async () => {
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toMatch(/^[a-z]{2,3}(-[A-Z]{2})?$/);
    expect(await page.getAttribute('html', 'dir')).toMatch(/^(ltr|rtl)$/);
    const title = await page.title();
    expect(title.trim()).not.toBe('');
    titles.set(path, title);
    const repeatedIds = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return ids.filter((id, index) => ids.indexOf(id) !== index);
    });
    expect(repeatedIds).toEqual([]);
  });

  it('requests nothing from another origin', () => {
    // Its style sheet is among them: what the page fetched is all here.
    expect(requests.filter((url) => /\.css$/.test(url))).not.toEqual([]);
    if (NEEDS_JAVASCRIPT.test(path)) expect(requests.filter((url) => /\.m?js$/.test(url))).not.toEqual([]);
    expect(requests.filter((url) => !url.startsWith(siteUrl + '/'))).toEqual([]);
  });

  if (WITH_PLAIN_PAGE_SCRIPT.test(path)) {
    it('ships one script, the shared plain-page script, and no other', () => {
      expect(scriptsAsLoaded).toHaveLength(1);
      // A file of the site's own, or, while it is small enough for Astro to inline, its text in the page.
      const [script] = scriptsAsLoaded as [string];
      const file = script.startsWith(`${siteUrl}/_astro/`);
      expect(file || script.includes('data-continue-link')).toBe(true);
      expect(requests.filter((url) => /\.m?js(\?|$)/.test(url) && !isTestRoute(url))).toEqual(file ? [script] : []);
      plainPageScripts.set(path, scriptsAsLoaded);
    });
  } else if (!NEEDS_JAVASCRIPT.test(path)) {
    it('ships no JavaScript (plain HTML guidance)', () => {
      expect(scriptsOnLoad).toBe(0);
      // axe, which the tests add from the test server, is the only script allowed.
      expect(requests.filter((url) => /\.m?js(\?|$)/.test(url) && !isTestRoute(url))).toEqual([]);
    });
  }

  it('reflows at 320px wide (the same as 1280px at 400% zoom) with no sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('across all pages', () => {
  it("'wasm-unsafe-eval' is allowed on each language's wizard and team area, and those pages were checked", () => {
    const languages = new Set(pages.map((path) => path.split('/')[1]).filter((part) => /^[a-z]{2}$/.test(part!)));
    expect(pages.filter((path) => MAKES_PDFS.test(path))).toHaveLength(2 * languages.size);
  });

  it('include every page in Urdu and in Polish, as many as in English (the tests build every language)', () => {
    const count = (locale: string) => pages.filter((path) => path.startsWith(`/${locale}/`)).length;
    expect(count('en')).toBeGreaterThan(30);
    expect([count('ur'), count('pl')]).toEqual([count('en'), count('en')]);
  });

  it('the pages with the plain-page script all carry the same one', () => {
    const withScript = pages.filter((path) => WITH_PLAIN_PAGE_SCRIPT.test(path));
    expect(withScript.length).toBeGreaterThanOrEqual(4);
    expect([...plainPageScripts.keys()]).toEqual(withScript);
    expect(new Set([...plainPageScripts.values()].map((scripts) => scripts.join())).size).toBe(1);
  });

  it('every page has a title no other page in its language has', () => {
    expect(titles.size).toBe(pages.length);
    // A page shown in English until it is translated shares its title with the English page: that is fine.
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [path, title] of titles) {
      const key = `${path.split('/')[1]}|${title}`;
      if (seen.has(key)) clashes.push(`${path} and ${seen.get(key)}: "${title}"`);
      seen.set(key, path);
    }
    expect(clashes).toEqual([]);
  });
});
