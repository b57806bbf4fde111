import { describe, expect, inject, it } from 'vitest';
import { axeAtWidths, runAxe } from '../helpers/axe';
import { cspViolations } from '../helpers/csp';
import { BLANK_PAGE, browserSession, isTestRoute } from '../helpers/session';
import { seed } from '../helpers/wizard';

// The checks only mean something if the harness does what it says: prove each part on purpose.
const baseUrl = inject('baseUrl');
const session = browserSession();

it('axe reports missing labels, low contrast, a missing lang and tiny targets (WCAG 2.2 target-size)', async () => {
  const page = await session.page();
  await page.setContent(`<!doctype html><html><head><title>Broken</title></head><body><main>
    <h1>Broken</h1>
    <input type="text">
    <p style="color:#bbb;background:#fff">Pale text</p>
    <button style="width:10px;height:10px;padding:0;border:0" aria-label="A"></button>
    <button style="width:10px;height:10px;padding:0;border:0" aria-label="B"></button>
  </main></body></html>`);
  const ids = (await runAxe(page)).violations.map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['label', 'color-contrast', 'html-has-lang', 'target-size']));
});

it('axeAtWidths finds targets too small on a phone only (target-size at 320px, as every-page runs it)', async () => {
  const page = await session.page({ width: 1280, height: 800 });
  // A list of phone links, crowded together only on a narrow screen.
  await page.setContent(`<!doctype html><html lang="en"><head><title>Crowded</title>
    <style>li { margin-block: 16px; } @media (max-width: 400px) { li { margin: 0; line-height: 1; font-size: 12px; } }</style>
    </head><body><main><h1>Crowded</h1><ul>
    <li><a href="tel:999">999</a></li><li><a href="tel:111">111</a></li><li><a href="tel:116123">116 123</a></li>
  </ul></main></body></html>`);
  const found = await axeAtWidths(page);
  expect(found.filter((v) => v.includes('target-size')).map((v) => v.slice(0, v.indexOf(':')))).toEqual(['at 320px']);
});

it("axe comes from the test server and runs under the site's own policy, breaking nothing in it", async () => {
  const page = await session.page();
  await page.goto(baseUrl + '/en/');
  expect((await runAxe(page)).violations).toEqual([]);
  const scripts = await page.locator('script[src]').evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).src));
  expect(scripts.filter(isTestRoute)).toEqual([`${baseUrl}/__test__/axe.min.js`]);
  expect(await cspViolations(page)).toEqual([]);
});

describe('a reset between cases leaves nothing of the case before', () => {
  it('no storage of any kind, no window.name, no other tab, and no page behind it in the history', async () => {
    let page = await session.page();
    await page.goto(baseUrl + '/en/');
    await page.evaluate(async () => {
      localStorage.setItem('ltw:answers', 'left over');
      sessionStorage.setItem('ltw:answers', 'left over');
      window.name = 'ltw-carry:left over';
      await new Promise((done) => (indexedDB.open('left-over').onsuccess = done));
    });
    await session.newTab();
    await page.goto(baseUrl + '/en/start/');

    page = await session.page();
    expect(page.url()).toBe(baseUrl + BLANK_PAGE);
    expect(page.context().pages()).toEqual([page]);
    expect(
      await page.evaluate(async () => ({
        stored: localStorage.length + sessionStorage.length,
        name: window.name,
        databases: (await indexedDB.databases()).map((d) => d.name),
        history: history.length,
      })),
    ).toEqual({ stored: 0, name: '', databases: [], history: 1 });
    // Back goes nowhere: the case before left no page behind this one.
    expect(await page.goBack()).toBeNull();
    expect(page.url()).toBe(baseUrl + BLANK_PAGE);
  });

  it('and the page is back at the size the file asked for', async () => {
    let page = await session.page(320);
    expect(page.viewportSize()).toEqual({ width: 320, height: 800 });
    page = await session.page();
    expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });
  });
});

it('seed() writes the answers once: deleted after, they stay deleted on reload (no init script brings them back)', async () => {
  const page = await session.page();
  await seed(page, baseUrl, { answers: { 'your-name': 'Siân' } });
  expect(await page.evaluate(() => localStorage.getItem('ltw:answers'))).toContain('Siân');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
