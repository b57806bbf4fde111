// Screenshots of built pages at phone and desktop widths, for people to look at (not a test).
// Usage: npm run build && npm run screenshots -- /en/ /en/support/   (no paths = a few key pages)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve.mjs';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/en/', '/en/stages/1-understanding-you/', '/en/support/'];
const out = join(process.cwd(), 'tests/.output/screenshots');
mkdirSync(out, { recursive: true });
const server = await serveStatic(join(process.cwd(), 'dist'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  for (const path of paths) {
    await page.goto(server.url + path);
    const file = join(out, `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
await server.close();
