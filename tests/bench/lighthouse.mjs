// Part of `npm run bench`: Lighthouse 12 scores for one page of each type, and the wizard's own start
// measured in Chromium at 4x CPU slowdown (long tasks, layout shift). Timings belong here, never in tests.
// Pages that need something saved get it from today's format fixtures (tests/fixtures/formats).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tools/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const FORMATS = join(process.cwd(), 'tests/fixtures/formats');
const fixture = (name) => readFileSync(join(FORMATS, name), 'utf8').trim();
// The team's case and the link printed in its letter; the family's answers, saved "now" so they have not expired.
const CASE_ID = 'northshire-0142';
const teamCase = fixture('team-case.v1.answers-v3.json');
const link = fixture('family-link.v1.txt');
const fragment = link.slice(link.indexOf('#'));
const savedAnswers = JSON.stringify({ ...JSON.parse(fixture('saved-answers.v3.json')), savedAt: new Date() });

const ISLAND_HEADING = 'astro-island:not([ssr]) main h1';
const PAGES = [
  { type: 'home', path: '/en/', ready: 'main h1' },
  { type: 'guidance', path: '/en/stages/1-understanding-you/', ready: 'main h1' },
  { type: 'wizard question (first visit)', path: '/en/wizard/', ready: ISLAND_HEADING },
  {
    type: 'agreement (in the wizard)',
    path: '/en/wizard/?step=agreement',
    seed: { 'ltw:answers': savedAnswers },
    ready: 'main :text("Siân Dŵr")',
  },
  { type: 'agreement (blank, for paper)', path: '/en/agreement/blank/', ready: 'main h1' },
  { type: "team's area (no case yet)", path: '/en/investigator/', ready: 'main :text("Set up a new case")' },
  {
    type: "team's case page",
    path: `/en/investigator/?view=case&case=${CASE_ID}`,
    seed: { [`ltw:team-case:${CASE_ID}`]: teamCase },
    ready: 'main :text("PSII-2026-0142")',
  },
  {
    type: 'letter (with a family link)',
    path: `/en/investigator/letter/${fragment}`,
    ready: 'main :text("Dr Priya Shah")',
  },
  // A real link with its '#...' part, as the letter prints it: scored once its details are on screen.
  {
    type: 'family link page',
    path: `/en/from-your-team/${fragment}`,
    ready: 'main [data-view="review"] :text("PSII-2026-0142")',
  },
];
/** The one page `bench --quick` scores: the first page a family sees from their team's letter (issue 22). */
export const QUICK_PAGES = ['family link page'];

/** Scores every page, or only those of `only` (by type; then the wizard's start is not timed). */
export async function printLighthouse({ dist, only }) {
  const server = await serveStatic(dist);
  const port = 9300 + Math.floor(Math.random() * 500);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ltw-lh-')), {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
    // Every page is scored as a first visit: storage is kept between pages, and a service worker
    // registered by one page would serve the next from its offline copy.
    serviceWorkers: 'block',
  });
  try {
    await scorePages(context, server.url, port, only ? PAGES.filter((page) => only.includes(page.type)) : PAGES);
    if (!only) await wizardStart(context, server.url);
  } finally {
    await context.close();
    await server.close();
  }
}

// The team's pages ask "What is your name?" once per tab (sessionStorage), and Lighthouse scores in a tab of
// its own: every tab of this context starts with a name, so the team's pages are scored as they are used.
const WORKING_AS = 'Sam Patel';

async function scorePages(context, baseUrl, port, pages) {
  await context.addInitScript((name) => {
    if (window.location.pathname.includes('/investigator/')) sessionStorage.setItem('ltw:team-working-as', name);
  }, WORKING_AS);
  const helper = await context.newPage();
  const cdp = await context.newCDPSession(helper);
  await helper.goto(baseUrl + '/en/');
  console.log('\nLighthouse 12 (mobile, simulated 4x CPU and slow 4G), scores out of 100');
  console.log(
    `${'page'.padEnd(34)}${'perf'.padStart(6)}${'a11y'.padStart(6)}${'best'.padStart(6)}${'seo'.padStart(6)}${'CLS'.padStart(7)}${'TBT'.padStart(8)}${'LCP'.padStart(8)}`,
  );
  for (const { type, path, seed = {}, ready } of pages) {
    // Storage is kept between runs (disableStorageReset), so each page gets exactly what it needs.
    await helper.goto(baseUrl + '/en/');
    await helper.evaluate((items) => {
      localStorage.clear();
      sessionStorage.clear();
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    }, seed);
    // First make sure the page shows what it should (the case, the letter), so no score is of an error page;
    // then empty the HTTP cache, so every page is scored as a first visit.
    await helper.goto(baseUrl + path);
    await helper.locator(ready).first().waitFor({ timeout: 60_000 });
    await cdp.send('Network.clearBrowserCache');
    const { lhr } = await lighthouse(baseUrl + path, {
      port,
      output: 'json',
      logLevel: 'error',
      disableStorageReset: true,
    });
    if (lhr.runtimeError) throw new Error(`Lighthouse could not score ${path}: ${lhr.runtimeError.message}`);
    const score = (id) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(6);
    const audit = (id) => (lhr.audits[id]?.displayValue ?? '').replace(/\s/g, '');
    console.log(
      `${type.padEnd(34)}${score('performance')}${score('accessibility')}${score('best-practices')}${score('seo')}${audit('cumulative-layout-shift').padStart(7)}${audit('total-blocking-time').padStart(8)}${audit('largest-contentful-paint').padStart(8)}`,
    );
    const failing = Object.values(lhr.audits).filter(
      (a) =>
        a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
    );
    if (failing.length)
      console.log(`  below 90: ${failing.map((a) => `${a.id} (${a.displayValue ?? a.score})`).join(', ')}`);
  }
  await helper.close();
}

// The wizard starting on a phone-like CPU: real 4x slowdown, every long task and layout shift observed.
async function wizardStart(context, baseUrl) {
  console.log('\nWizard start at 4x CPU slowdown (Chromium, median of 5)');
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(baseUrl + '/en/');
    await page.evaluate(() => localStorage.clear());
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const seen = { longTasks: [], shift: 0 };
      Object.defineProperty(window, '__perf', { value: seen });
      new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => seen.longTasks.push(Math.round(e.duration))),
      ).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => (seen.shift += e.hadRecentInput ? 0 : e.value)),
      ).observe({ type: 'layout-shift', buffered: true });
    });
    const start = Date.now();
    await page.goto(baseUrl + '/en/wizard/');
    await page.waitForSelector('astro-island:not([ssr]) main[data-position] h1');
    const ready = Date.now() - start;
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 3000 })));
    runs.push({ ready, ...(await page.evaluate(() => window.__perf)) });
    await page.close();
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`  first question on screen after ${median(runs.map((r) => r.ready))} ms`);
  console.log(
    `  longest task ${median(runs.map((r) => Math.max(0, ...r.longTasks)))} ms (goal: none over 50 ms); tasks over 50 ms per load: ${runs.map((r) => r.longTasks.filter((d) => d > 50).length).join(', ')}`,
  );
  console.log(`  cumulative layout shift ${median(runs.map((r) => r.shift)).toFixed(3)} (goal 0)`);
}
