// npm run bench: what the site costs a person, printed, never asserted.
//   npm run bench          builds the site with hidden source maps under tests/.output/bench-dist, then
//                          prints page sizes, the wizard's first load by package, the agreement PDF built
//                          20 times in Node and Chromium, Lighthouse scores and the wizard's start at 4x CPU.
//   npm run bench:quick    (or npm run bench -- --quick) builds nothing: page sizes and first load by package
//                          of an existing build (dist/, or --dist <dir>; it needs LTW_SOURCEMAP=1, as npm test
//                          builds it), 3 PDF builds in each, and Lighthouse for the family link page only (a
//                          real link from the team's letter). npm test runs it so the bench cannot rot.
// Any failure (a build, a crash, a page that does not show what it should) ends it with exit code 1.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { printPageSizes } from './page-sizes.mjs';
import { printPdfTimings } from './pdf-bench.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = process.cwd();
const started = Date.now();

if (quick) {
  const dist = resolve(root, option('--dist') ?? 'dist');
  const builtAt = statSync(join(dist, 'index.html'), { throwIfNoEntry: false })?.mtime;
  console.log(`Quick bench of ${relative(root, dist) || '.'}/ (built ${builtAt?.toISOString() ?? 'never'})\n`);
  printPageSizes(dist);
  await printPdfTimings({ runs: 3 });
  const { QUICK_PAGES, printLighthouse } = await import('./lighthouse.mjs');
  await printLighthouse({ dist, only: QUICK_PAGES });
} else {
  // A build of its own with source maps, so the shipped dist/ never carries them (the JavaScript is the same).
  const dist = join(root, 'tests/.output/bench-dist');
  if (!args.includes('--no-build')) {
    execFileSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        LTW_PSEUDO_LOCALES: '',
        LTW_LANGUAGES: '',
        LTW_OUT_DIR: dist,
        LTW_SOURCEMAP: '1',
      },
    });
  }
  printPageSizes(dist);
  await printPdfTimings({ runs: 20 });
  const { printLighthouse } = await import('./lighthouse.mjs');
  await printLighthouse({ dist });
}
console.log(`\nbench${quick ? ' --quick' : ''} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
