// npm run bench: what each built page costs a person on a phone, in bytes (raw and gzip -9).
// Builds the site first unless --no-build is given. Measures files; never times anything.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

import { bytesByPackage } from './js-by-package.mjs';

const root = process.cwd();
// A separate build with source maps, so the shipped dist/ never carries them.
const dist = join(root, 'tests/.output/bench-dist');
if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LTW_OUT_DIR: dist, LTW_SOURCEMAP: '1' },
  });
}

const sizeOf = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO = { raw: 0, gzip: 0 };
const attr = (html, tag, name, filter = () => true) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))]
    .map((m) => m[0])
    .filter(filter)
    .map((t) => t.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1])
    .filter(Boolean);

/** A JS file and every file it imports statically (what the browser must fetch before it runs). */
function jsClosure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    jsClosure(resolve(dirname(file), spec), seen);
  }
  return seen;
}

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

const rows = [];
for (const file of pages(dist).sort()) {
  const html = readFileSync(file, 'utf8');
  const local = (href) => join(dist, href.split('?')[0]);
  const css = attr(html, 'link', 'href', (t) => /rel="stylesheet"/.test(t))
    .map(local)
    .reduce((s, f) => add(s, sizeOf(f)), ZERO);
  const entries = [
    ...attr(html, 'script', 'src'),
    ...attr(html, 'link', 'href', (t) => /rel="modulepreload"/.test(t)),
    ...attr(html, 'astro-island', 'component-url'),
    ...attr(html, 'astro-island', 'renderer-url'),
  ].map(local);
  const jsFiles = new Set(entries.flatMap((f) => [...jsClosure(f)]));
  const inlineJs = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).join('');
  const js = [...jsFiles].reduce(
    (s, f) => add(s, sizeOf(f)),
    inlineJs ? { raw: Buffer.byteLength(inlineJs), gzip: gzipSync(inlineJs, { level: 9 }).length } : ZERO,
  );
  const path =
    '/' +
    relative(dist, file)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '');
  rows.push({ path, html: sizeOf(file), css, js, jsFiles: [...jsFiles] });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const pad = (s, n) => s.padEnd(n);
const width = Math.max(...rows.map((r) => r.path.length)) + 2;
console.log(
  `${pad('page', width)}${'HTML raw'.padStart(9)}${'gzip'.padStart(8)}${'CSS raw'.padStart(9)}${'gzip'.padStart(8)}${'JS raw'.padStart(9)}${'gzip'.padStart(8)}   (KB)`,
);
for (const r of rows) {
  console.log(
    `${pad(r.path, width)}${kb(r.html.raw)}  ${kb(r.html.gzip).trim().padStart(6)}${kb(r.css.raw)}  ${kb(r.css.gzip).trim().padStart(6)}${kb(r.js.raw)}  ${kb(r.js.gzip).trim().padStart(6)}`,
  );
}
const withJs = rows.filter((r) => r.js.raw > 0);
console.log(`\n${rows.length} pages; ${rows.length - withJs.length} ship 0 bytes of JavaScript.`);
if (withJs.length) console.log(`Pages with JavaScript: ${withJs.map((r) => r.path).join(', ')}`);

// The wizard's first load, by package: what a family's phone downloads before the first question appears.
for (const row of rows.filter((r) => r.path.endsWith('/wizard/'))) {
  const totals = {};
  for (const file of row.jsFiles) {
    if (!existsSync(file + '.map')) continue;
    for (const [pkg, size] of Object.entries(bytesByPackage(file))) {
      totals[pkg] = add(totals[pkg] ?? ZERO, size);
    }
  }
  console.log(
    `\n${row.path} first-load JavaScript: ${kb(row.js.gzip).trim()} KB gzip (${kb(row.js.raw).trim()} KB raw) in ${row.jsFiles.length} files; goal 60 KB gzip`,
  );
  console.log(`${'package'.padEnd(34)}${'raw'.padStart(9)}${'gzip*'.padStart(9)}`);
  for (const [pkg, size] of Object.entries(totals).sort((a, b) => b[1].raw - a[1].raw)) {
    console.log(`${pkg.padEnd(34)}${kb(size.raw)}  ${kb(size.gzip)}`);
  }
  console.log('* each package compressed on its own, so the column adds up to more than the whole file compresses to.');
}
