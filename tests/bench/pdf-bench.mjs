// PDF build time (median of 20) in Node and in Chromium, and file sizes. Part of `npm run bench`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tools/serve.mjs';

const require = createRequire(import.meta.url);
const out = join(process.cwd(), 'tests/.output/pdf-bench');
mkdirSync(out, { recursive: true });
const fontPath = (f) => require.resolve(`@expo-google-fonts/open-sans/${f}`);
const FONTS = { regular: '400Regular/OpenSans_400Regular.ttf', bold: '700Bold/OpenSans_700Bold.ttf' };

for (const platform of ['node', 'browser']) {
  await build({
    entryPoints: ['tests/bench/pdf-entry.ts'],
    bundle: true,
    format: 'esm',
    platform,
    outfile: join(out, `pdf-entry.${platform}.mjs`),
    logLevel: 'error',
  });
}
for (const [name, file] of Object.entries(FONTS)) writeFileSync(join(out, `${name}.ttf`), readFileSync(fontPath(file)));
writeFileSync(join(out, 'index.html'), '<!doctype html><title>PDF bench</title>');

const report = (where, results) => {
  for (const r of results) {
    console.log(
      `${where.padEnd(9)} ${r.name.padEnd(9)} median ${r.medianMs.toFixed(0).padStart(5)} ms   ${(r.bytes / 1024).toFixed(1).padStart(7)} KB   ${r.pages} pages`,
    );
  }
};

console.log('\nAgreement PDF, median of 20 builds (goals: <= 250 ms in Chromium, <= 150 KB for the complete answers)');
const { timePdfBuilds } = await import(pathToFileURL(join(out, 'pdf-entry.node.mjs')).href);
const fonts = {
  regular: new Uint8Array(readFileSync(join(out, 'regular.ttf'))),
  bold: new Uint8Array(readFileSync(join(out, 'bold.ttf'))),
};
report('Node', await timePdfBuilds(fonts));

const server = await serveStatic(out);
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
try {
  const page = await browser.newPage();
  await page.goto(server.url + '/');
  const results = await page.evaluate(async (base) => {
    const { timePdfBuilds: time } = await import(`${base}/pdf-entry.browser.mjs`);
    const bytes = async (name) => new Uint8Array(await (await fetch(`${base}/${name}.ttf`)).arrayBuffer());
    return time({ regular: await bytes('regular'), bold: await bytes('bold') });
  }, server.url);
  report('Chromium', results);
} finally {
  await browser.close();
  await server.close();
}
