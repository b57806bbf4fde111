// ESLint for the whole repository, run by `npm run lint` (part of `npm test`). It lives in tests/
// because the top level is fixed; `--config tests/eslint.config.mjs` makes paths relative to the repo root.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import astro from 'eslint-plugin-astro';

const root = fileURLToPath(new URL('..', import.meta.url));

export default tseslint.config(
  { ignores: ['dist/**', 'hosting/**', 'node_modules/**', '.astro/**', 'tests/.output/**'] },
  js.configs.recommended,
  // Type-aware: TypeScript's own project (tsconfig.json) answers what each value is.
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } } },
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // .astro files: the frontmatter and <script>s, parsed by astro-eslint-parser.
  ...astro.configs['flat/recommended'],
  { files: ['**/*.astro'], ...tseslint.configs.disableTypeChecked },
  {
    // Preact's hooks (preact/hooks) follow React's rules: the plugin knows them by name (useEffect...).
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Preact ignores what an event handler returns, so an async onClick or onSubmit is allowed (promises elsewhere are checked).
    files: ['**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }] },
  },
  {
    // String(value) of an unknown is on purpose where numbers and dates become text (PDF text, {{values}} as i18next).
    files: ['**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-base-to-string': 'off' },
  },
  {
    // These effects and memos were written to run on fewer values than they read (once on mount, on a page
    // change); each needs its own review and a browser test before its dependencies change. New code is checked.
    files: [
      'src/family/agreement/use-second-language.ts',
      'src/family/pages/TaskListPage.tsx',
      'src/family/wizard/SessionView.tsx',
      'src/family/wizard/WizardApp.tsx',
      'src/family/wizard/WizardIsland.tsx',
      'src/family/wizard/drafts.ts',
      'src/family/wizard/persistence.ts',
      'src/family/wizard/url-sync.ts',
      'src/team/InvestigatorIsland.tsx',
      'src/team/case/CaseHome.tsx',
      'src/team/letter/LetterIsland.tsx',
      'src/team/setup/SetupView.tsx',
      'src/team/setup/case-setup-actor.ts',
      'src/ui/questions/QuestionPage.tsx',
      'src/ui/shell/LazyPage.tsx',
      'src/ui/shell/PageShell.tsx',
    ],
    rules: { 'react-hooks/exhaustive-deps': 'off' },
  },
  {
    // Objects here are closures and plain records, never classes that read `this`: passing a method on is safe.
    files: ['**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // xstate infers a machine's types from `{} as T` in setup() (its documented way), which this rule would remove.
    files: ['src/core/journey/machine/wizard-machine.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  {
    // Tests read JSON, PDF internals and page.evaluate results (any by nature); their assertions check the shapes.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // Test doubles implement async interfaces (a file, a clipboard) without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
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
