// npm run bench: what each built page costs a person on a phone, in bytes (raw and gzip -9).
// Builds the site first unless --no-build is given. Measures files; never times anything.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { bytesByPackage } from './js-by-package.mjs';
import { WIZARD_FIRST_LOAD_BUDGET_KB, ZERO, pageCost } from '../tools/page-cost.mjs';

const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

const root = process.cwd();
// A separate build with source maps, so the shipped dist/ never carries them.
const dist = join(root, 'tests/.output/bench-dist');
if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LTW_OUT_DIR: dist, LTW_SOURCEMAP: '1' },
  });
}

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

const rows = [];
for (const file of pages(dist).sort()) {
  const cost = pageCost(dist, file);
  const path =
    '/' +
    relative(dist, file)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '');
  rows.push({ path, ...cost });
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
    `\n${row.path} first-load JavaScript: ${kb(row.js.gzip).trim()} KB gzip (${kb(row.js.raw).trim()} KB raw) in ${row.jsFiles.length} files; budget ${WIZARD_FIRST_LOAD_BUDGET_KB} KB gzip`,
  );
  console.log(`${'package'.padEnd(34)}${'raw'.padStart(9)}${'gzip*'.padStart(9)}`);
  for (const [pkg, size] of Object.entries(totals).sort((a, b) => b[1].raw - a[1].raw)) {
    console.log(`${pkg.padEnd(34)}${kb(size.raw)}  ${kb(size.gzip)}`);
  }
  console.log('* each package compressed on its own, so the column adds up to more than the whole file compresses to.');
}
