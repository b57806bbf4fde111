// Screenshots of the stages 3 to 5 pages with answers seeded, for people to look at (not a test).
// Usage: npm run build && node tests/tools/shots-stages-3-5.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve.mjs';

const out = join(process.cwd(), 'tests/.output/screenshots');
mkdirSync(out, { recursive: true });
const answers = {
  'who-is-filling-in': { choice: 'family-member' },
  'your-name': 'Siân Dŵr',
  'patient-name': 'Rhys',
  'update-frequency': { choice: 'fortnightly' },
  'family-questions': {
    items: [
      'Why was I told to wait for the morning round?',
      'Were his observations written down overnight?',
      'Was sepsis considered, and if not, why not?',
    ],
    ids: ['q1', 'q2', 'q3'],
  },
  'question-ledger': {
    rows: [
      { id: 'q1', question: 'Why was I told to wait for the morning round?', status: 'answered', where: 'Section 5.2' },
      { id: 'q3', question: 'Was sepsis considered, and if not, why not?', status: 'not-answered' },
    ],
  },
  'draft-comments': {
    comments: [
      { id: 'c1', kind: 'wrong-fact', where: 'Page 2', text: 'Rhys was 6, not 7.' },
      { id: 'c2', kind: 'hurtful-words', where: 'Page 4', text: 'Please call him Rhys, not "the child".' },
    ],
  },
};
const envelope = {
  app: 'learn-together-wizard',
  schemaVersion: 3,
  savedAt: new Date().toISOString(),
  answers,
  skipped: [],
  stageMarks: {},
  position: 'hub',
};
const server = await serveStatic(join(process.cwd(), 'dist'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(server.url + '/en/');
  await page.evaluate((text) => localStorage.setItem('ltw:answers', text), JSON.stringify(envelope));
  for (const step of ['question-ledger', 'open-questions', 'draft-comments', 'comments', 'record', 'hub']) {
    await page.goto(`${server.url}/en/wizard/?step=${step}`);
    await page.waitForSelector('main[data-position] h1');
    await page.waitForTimeout(400);
    const file = join(out, `stage-${step}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
await server.close();
