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
      // `as never` silences every type error at once; say the real type, or fix the one that is wrong.
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSNeverKeyword', message: 'No `as never`: give the value its real type.' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
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
