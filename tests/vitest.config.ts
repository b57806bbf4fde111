import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
// Each npm script runs one project; its JSON report lets .ci/run print one "N passed, N failed" line.
const projectArg = process.argv.indexOf('--project');
const reportName = projectArg > -1 ? process.argv[projectArg + 1] : 'all';

// The path alias of tsconfig.json ("~/core/journey/journey"), for test files and the src files they import.
const alias = { '~': `${root}src` };
// Every language the site has words for, as the browser tests' build (tests/browser/global-setup.ts) turns them on.
const EVERY_LANGUAGE = JSON.stringify(['en', 'cy', 'ur', 'pl']);

export default defineConfig({
  resolve: { alias },
  test: {
    root,
    reporters: ['default', ['json', { outputFile: `tests/.output/results-${reportName}.json` }]],
    projects: [
      {
        // Unit tests see the pseudo-locales too (src/i18n/locales.ts), so every check covers them.
        define: { __LTW_PSEUDO_LOCALES__: 'true', __LTW_LANGUAGES__: EVERY_LANGUAGE },
        resolve: { alias },
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup-rules.ts'],
          // Unit tests share no state through modules, so each worker imports a module once for all its files
          // (a third less CPU than a fresh module graph per file).
          isolate: false,
          // Building PDFs and type-checking take seconds on a busy 2-core machine: a guard, not a timing test.
          testTimeout: 30_000,
        },
      },
      {
        // Preact components on their own, in happy-dom: what a component does, proven without a browser or a build.
        define: { __LTW_PSEUDO_LOCALES__: 'true', __LTW_LANGUAGES__: EVERY_LANGUAGE },
        resolve: { alias },
        esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
        test: {
          name: 'components',
          root,
          include: ['tests/components/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup-rules.ts', 'tests/components/setup.ts'],
        },
      },
      {
        // The browser tests' build has the pseudo-locales (tests/browser/global-setup.ts); so do their imports.
        define: { __LTW_PSEUDO_LOCALES__: 'true', __LTW_LANGUAGES__: EVERY_LANGUAGE },
        resolve: { alias },
        test: {
          name: 'browser',
          root,
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          setupFiles: ['tests/setup-rules.ts'],
          // One Chromium per file and a shared server; running files one at a time keeps 2-core CI steady.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
