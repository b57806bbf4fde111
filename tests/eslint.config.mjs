// ESLint for the whole repository, run by `npm run lint` (part of `npm test`). It lives in tests/
// because the top level is fixed; `--config tests/eslint.config.mjs` makes paths relative to the repo root.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.astro/**', 'tests/.output/**', '**/*.astro'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'navigator',
          'console',
          'process',
          'Buffer',
          'URL',
          'Blob',
          'setTimeout',
          'clearTimeout',
          'fetch',
        ].map((name) => [name, 'readonly']),
      ),
    },
    rules: {
      // Unused values are a compile error already (tsconfig noUnusedLocals); `_name` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // `as never` silences every type error at once; say the real type, or fix the one that is wrong. (Tests
    // keep it where they hand the code a value of the wrong type on purpose: hostile files, old versions.)
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSNeverKeyword', message: 'No `as never`: give the value its real type.' },
      ],
    },
  },
  {
    // One way to name a file of src/: the ~/ alias, or ./ within the folder; `../` breaks when a file moves.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./', message: 'Import with ~/ (or ./ within one folder), not ../.' }] },
      ],
    },
  },
  {
    // Tests reach src/ through ~/ too; `../` stays for tests/'s own helpers, fixtures and tools (no alias names them).
    files: ['tests/**'],
    ignores: ['tests/fixtures/**/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+src/', message: 'Import src/ files with the ~/ alias.' }] },
      ],
    },
  },
  {
    // TypeScript already reports unknown names, and knows the DOM and Node types ESLint would not.
    files: ['**/*.{ts,tsx}'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['tests/**', 'astro.config.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    // Bench and tool scripts pass functions to the browser (page.evaluate), where the DOM exists.
    files: ['tests/**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        ['localStorage', 'sessionStorage', 'PerformanceObserver', 'requestIdleCallback', 'requestAnimationFrame'].map(
          (n) => [n, 'readonly'],
        ),
      ),
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
    settings: {
      // Preact writes the HTML attribute `for`, not React's `htmlFor`.
      'jsx-a11y': { attributes: { for: ['for', 'htmlFor'] } },
    },
  },
);
