// npm run bench (part 3): Lighthouse 12 scores for one page of each type, and the wizard's own start
// measured in Chromium at 4x CPU slowdown (long tasks, layout shift). Timings belong here, never in tests.
// Runs on the dist/ that `npm run build` made (bench.mjs builds it first).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tools/serve.mjs';

const dist = join(process.cwd(), process.env.LTW_OUT_DIR || 'dist');
const server = await serveStatic(dist);
const port = 9300 + Math.floor(Math.random() * 500);
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ltw-lh-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...ARGS, `--remote-debugging-port=${port}`],
});

// Saved answers for the agreement page, the way the wizard saves them (storage is kept between runs).
const seed = await context.newPage();
await seed.goto(server.url + '/en/');
const saved = {
  app: 'learn-together-wizard',
  schemaVersion: 2,
  savedAt: new Date().toISOString(),
  answers: { 'who-is-filling-in': { choice: 'family-member' }, 'your-name': 'Siân Dŵr', 'patient-name': 'Rhys' },
  skipped: [],
  stageMarks: {},
  position: 'hub',
  agreementMadeAt: new Date().toISOString(),
};
const clear = () => seed.evaluate(() => localStorage.clear());
const plant = () => seed.evaluate((text) => localStorage.setItem('ltw:answers', text), JSON.stringify(saved));

const PAGES = [
  { type: 'home', path: '/en/', prepare: clear },
  { type: 'guidance', path: '/en/stages/1-understanding-you/', prepare: clear },
  { type: 'wizard question (first visit)', path: '/en/wizard/', prepare: clear },
  { type: 'agreement (in the wizard)', path: '/en/wizard/?step=agreement', prepare: plant },
  { type: 'agreement (blank, for paper)', path: '/en/agreement/blank/', prepare: clear },
];

console.log('\nLighthouse 12 (mobile, simulated 4x CPU and slow 4G), scores out of 100');
console.log(
  `${'page'.padEnd(34)}${'perf'.padStart(6)}${'a11y'.padStart(6)}${'best'.padStart(6)}${'seo'.padStart(6)}${'CLS'.padStart(7)}${'TBT'.padStart(8)}${'LCP'.padStart(8)}`,
);
for (const { type, path, prepare } of PAGES) {
  await prepare();
  const { lhr } = await lighthouse(server.url + path, {
    port,
    output: 'json',
    logLevel: 'error',
    disableStorageReset: true,
  });
  const score = (id) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(6);
  const audit = (id) => (lhr.audits[id]?.displayValue ?? '').replace(/\s/g, '');
  console.log(
    `${type.padEnd(34)}${score('performance')}${score('accessibility')}${score('best-practices')}${score('seo')}${audit('cumulative-layout-shift').padStart(7)}${audit('total-blocking-time').padStart(8)}${audit('largest-contentful-paint').padStart(8)}`,
  );
  const failing = Object.values(lhr.audits).filter(
    (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
  );
  if (failing.length)
    console.log(`  below 90: ${failing.map((a) => `${a.id} (${a.displayValue ?? a.score})`).join(', ')}`);
}

// The wizard starting on a phone-like CPU: real 4x slowdown, every long task and layout shift observed.
console.log('\nWizard start at 4x CPU slowdown (Chromium, median of 5)');
const runs = [];
for (let i = 0; i < 5; i++) {
  await clear();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const seen = { longTasks: [], shift: 0 };
    Object.defineProperty(window, '__perf', { value: seen });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => seen.longTasks.push(Math.round(e.duration)))).observe({
      type: 'longtask',
      buffered: true,
    });
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => (seen.shift += e.hadRecentInput ? 0 : e.value)),
    ).observe({ type: 'layout-shift', buffered: true });
  });
  const start = Date.now();
  await page.goto(server.url + '/en/wizard/');
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

await context.close();
await server.close();
