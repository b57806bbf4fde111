// Part of `npm run bench`: what each built page costs a person on a phone, in bytes (raw and gzip -9), and
// the wizard's first load by package (from the build's hidden source maps). Measures files; never times anything.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { bytesByPackage } from './js-by-package.mjs';
import { ZERO, pageCost } from '../tools/page-cost.mjs';
import { FAMILY_LINK_FIRST_LOAD_BUDGET_BYTES, WIZARD_FIRST_LOAD_BUDGET_KB } from '../tools/page-budgets.mjs';

const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

// The browser tests' build also makes pseudo-locale pages (src/i18n/locales.ts): copies, so not listed.
const isPseudo = (file) => /<html[^>]*\slang="en-X[AB]"/.test(readFileSync(file, 'utf8').slice(0, 2000));

/** Prints the table of pages and the wizard's first load by package; throws when either cannot be measured. */
export function printPageSizes(dist) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: build it first.`);
  const files = htmlFiles(dist).sort();
  const rows = files
    .filter((file) => !isPseudo(file))
    .map((file) => {
      const path = '/' + relative(dist, file).split(sep).join('/');
      return { path: path.replace(/index\.html$/, ''), ...pageCost(dist, file) };
    });

  const width = Math.max(...rows.map((r) => r.path.length)) + 2;
  const cell = (size) => `${kb(size.raw)}  ${kb(size.gzip).trim().padStart(6)}`;
  console.log(
    `${'page'.padEnd(width)}${'HTML raw'.padStart(9)}${'gzip'.padStart(8)}${'CSS raw'.padStart(9)}${'gzip'.padStart(8)}${'JS raw'.padStart(9)}${'gzip'.padStart(8)}   (KB)`,
  );
  for (const r of rows) console.log(`${r.path.padEnd(width)}${cell(r.html)}${cell(r.css)}${cell(r.js)}`);
  const withJs = rows.filter((r) => r.js.raw > 0);
  const pseudo = files.length - rows.length;
  console.log(
    `\n${rows.length} pages${pseudo ? ` (and ${pseudo} pseudo-locale pages, not listed)` : ''}; ${rows.length - withJs.length} ship 0 bytes of JavaScript.`,
  );
  if (withJs.length) console.log(`Pages with JavaScript: ${withJs.map((r) => r.path).join(', ')}`);

  // The wizard's first load, by package: what a family's phone downloads before the first question appears.
  const wizards = rows.filter((r) => r.path.endsWith('/wizard/'));
  if (!wizards.length) throw new Error(`No wizard page in ${dist}.`);
  for (const row of wizards) {
    const unmapped = row.jsFiles.filter((file) => !existsSync(file + '.map'));
    if (unmapped.length)
      throw new Error(
        `No source map for ${unmapped.map((f) => relative(dist, f)).join(', ')}: build with LTW_SOURCEMAP=1 (npm run bench and npm test do).`,
      );
    const totals = {};
    for (const file of row.jsFiles) {
      for (const [pkg, size] of Object.entries(bytesByPackage(file))) totals[pkg] = add(totals[pkg] ?? ZERO, size);
    }
    console.log(
      `\n${row.path} first-load JavaScript: ${kb(row.js.gzip).trim()} KB gzip (${kb(row.js.raw).trim()} KB raw) in ${row.jsFiles.length} files; budget ${WIZARD_FIRST_LOAD_BUDGET_KB} KB gzip`,
    );
    console.log(`${'package'.padEnd(34)}${'raw'.padStart(9)}${'gzip*'.padStart(9)}`);
    for (const [pkg, size] of Object.entries(totals).sort((a, b) => b[1].raw - a[1].raw)) {
      console.log(`${pkg.padEnd(34)}${kb(size.raw)}  ${kb(size.gzip)}`);
    }
  }
  // The page a family opens from their team's letter has a budget of its own (issue 22).
  for (const row of rows.filter((r) => r.path.endsWith('/from-your-team/'))) {
    console.log(
      `\n${row.path} first-load JavaScript: ${kb(row.js.gzip).trim()} KB gzip (${row.js.gzip} bytes) in ${row.jsFiles.length} files; budget ${FAMILY_LINK_FIRST_LOAD_BUDGET_BYTES} bytes gzip`,
    );
  }
  console.log('* each package compressed on its own, so the column adds up to more than the whole file compresses to.');
}
