// Part of `npm run bench`: the agreement PDF built `runs` times in Node and in Chromium (median time, size,
// pages). The same entry (pdf-entry.ts) is bundled for each with esbuild. Times are printed, never asserted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tools/serve.mjs';
import { eagerGlobPlugin } from './eager-glob-plugin.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const require = createRequire(import.meta.url);
const out = join(process.cwd(), 'tests/.output/pdf-bench');
const fontPath = (f) => require.resolve(`@expo-google-fonts/open-sans/${f}`);
const FONTS = { regular: '400Regular/OpenSans_400Regular.ttf', bold: '700Bold/OpenSans_700Bold.ttf' };

async function bundle() {
  mkdirSync(out, { recursive: true });
  for (const platform of ['node', 'browser']) {
    await build({
      entryPoints: ['tests/bench/pdf-entry.ts'],
      bundle: true,
      format: 'esm',
      platform,
      outfile: join(out, `pdf-entry.${platform}.mjs`),
      // "~/" imports resolve through tsconfig.json's paths, which esbuild reads; Vite's globs need the plugin.
      plugins: [eagerGlobPlugin({ root: process.cwd() })],
      logLevel: 'error',
    });
  }
  for (const [name, file] of Object.entries(FONTS))
    writeFileSync(join(out, `${name}.ttf`), readFileSync(fontPath(file)));
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>PDF bench</title>');
}

function report(where, results) {
  for (const r of results) {
    // Not a timing assertion: a PDF with no pages means the build is broken, and the bench must say so.
    if (!(r.pages > 0 && r.bytes > 0)) throw new Error(`${where}: the ${r.name} PDF came out empty`);
    console.log(
      `${where.padEnd(9)} ${r.name.padEnd(9)} median ${r.medianMs.toFixed(0).padStart(5)} ms   ${(r.bytes / 1024).toFixed(1).padStart(7)} KB   ${r.pages} pages`,
    );
  }
}

export async function printPdfTimings({ runs }) {
  await bundle();
  console.log(
    `\nAgreement PDF, median of ${runs} builds (goals: <= 250 ms in Chromium, <= 150 KB for the complete answers)`,
  );
  const { timePdfBuilds } = await import(pathToFileURL(join(out, 'pdf-entry.node.mjs')).href);
  const fonts = {
    regular: new Uint8Array(readFileSync(join(out, 'regular.ttf'))),
    bold: new Uint8Array(readFileSync(join(out, 'bold.ttf'))),
  };
  report('Node', await timePdfBuilds(fonts, runs));

  const server = await serveStatic(out);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`Chromium: ${error.message}`));
    await page.goto(server.url + '/');
    const results = await page.evaluate(
      async ([base, count]) => {
        const { timePdfBuilds: time } = await import(`${base}/pdf-entry.browser.mjs`);
        const bytes = async (name) => new Uint8Array(await (await fetch(`${base}/${name}.ttf`)).arrayBuffer());
        return time({ regular: await bytes('regular'), bold: await bytes('bold') }, count);
      },
      [server.url, runs],
    );
    report('Chromium', results);
  } finally {
    await browser.close();
    await server.close();
  }
}
