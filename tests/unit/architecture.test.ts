import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths';

/*
 * Module seams (see the README's "How the code is organised"). Each rule names the files it covers
 * and the import specifiers they must not use; relative imports are resolved to the src/ path they
 * land in. A rule whose files do not exist fails, so a rename cannot silently switch a rule off.
 */
interface Rule {
  name: string;
  /** Which files the rule covers, as a path test relative to the repo root. */
  files: RegExp;
  forbidden: RegExp[];
  why: string;
  /** Allowed only as a dynamic import(). */
  dynamicAllowed?: RegExp[];
}

const UI = [
  /^preact/,
  /^@xstate\/react/,
  /^src\/components/,
  /^src\/islands/,
  /^src\/question-types\/.*\.tsx$/,
  /^src\/question-types\/components/,
];
const RULES: Rule[] = [
  {
    name: 'the wizard domain (src/wizard)',
    files: /^src\/wizard\//,
    forbidden: [
      ...UI,
      /^i18next/,
      /^pdf-lib/,
      /^@pdf-lib/,
      /^astro/,
      /^src\/storage/,
      /^src\/pdf/,
      /^src\/i18n/,
      /^src\/agreement/,
    ],
    why: 'navigation and the schema are pure TypeScript',
  },
  {
    name: 'question rules (src/question-types/**/rules.ts and shared modules)',
    files: /^src\/question-types\/((?!samples)[\w-]+\/rules|rules|shared|types)\.ts$/,
    forbidden: [...UI, /^i18next/, /^pdf-lib/, /^astro/, /^src\/storage/, /^src\/pdf/, /^src\/i18n/],
    why: 'rules are pure: the component and the samples are separate files',
  },
  {
    name: 'question components (src/question-types/**/*.tsx)',
    files: /^src\/question-types\/.*\.tsx$|^src\/question-types\/components\.ts$/,
    forbidden: [/^src\/storage/, /^src\/pdf/, /^astro/, /^i18next/, /samples$/],
    why: 'components take props and raise events',
  },
  {
    name: 'src/i18n',
    files: /^src\/i18n\//,
    forbidden: [...UI, /^src\/storage/, /^src\/pdf/, /^astro:/],
    why: 'translations stand alone',
  },
  {
    name: 'src/config',
    files: /^src\/config\//,
    forbidden: [...UI, /^src\/storage/, /^src\/pdf/, /^astro:/],
    why: 'settings are read at build time only',
  },
  {
    name: 'src/agreement',
    files: /^src\/agreement\//,
    forbidden: [...UI, /^i18next/, /^src\/storage/, /^src\/pdf/, /^astro/],
    why: 'the agreement model is plain data made from answers',
  },
  {
    name: 'src/pdf',
    files: /^src\/pdf\//,
    forbidden: [...UI, /^i18next/, /^src\/storage/, /^astro/, /^src\/i18n\/(?!.*types)/],
    why: 'the PDF is a pure function of a model and font bytes',
  },
  {
    name: 'src/storage',
    files: /^src\/storage\//,
    forbidden: [...UI, /^i18next/, /^src\/pdf/, /^astro/, /^src\/agreement/, /^src\/i18n/],
    why: 'storage gets its backend injected',
  },
  {
    name: 'src/sharing',
    files: /^src\/sharing\//,
    forbidden: [
      ...UI,
      /^i18next/,
      /^pdf-lib/,
      /^@pdf-lib/,
      // astro/zod is zod itself (as in src/config); nothing else of Astro, which is build time.
      /^astro(?!\/zod$)/,
      /^src\/pdf/,
      /^src\/agreement/,
      /^src\/i18n/,
      // The envelope's readers, not the stores: what a link or file holds is checked, never written anywhere.
      /^src\/storage(\/index)?$/,
      /^src\/storage\/(browser-store|memory-store|kept-copies|drafts)/,
    ],
    why: 'links and files are codecs of text: the page decides what to show and where to keep it',
  },
  {
    name: 'src/cases',
    files: /^src\/cases\//,
    forbidden: [...UI, /^i18next/, /^pdf-lib/, /^@pdf-lib/, /^astro(?!\/zod$)/, /^src\/pdf/, /^src\/i18n/, /^xstate/],
    why: "the team's cases are data and rules: the team's pages (src/components/investigator) show them",
  },
  {
    name: 'src/schedule',
    files: /^src\/schedule\//,
    forbidden: [
      ...UI,
      /^i18next/,
      /^pdf-lib/,
      /^@pdf-lib/,
      /^astro/,
      /^src\/storage/,
      /^src\/pdf/,
      /^src\/i18n/,
      /^xstate/,
    ],
    why: 'due dates and calendar events are rules over answers and a case: the pages put them in words',
  },
  {
    name: 'src/letter',
    files: /^src\/letter\//,
    forbidden: [...UI, /^i18next/, /^pdf-lib/, /^astro(?!\/zod$)/, /^src\/storage/, /^src\/pdf/, /^qrcode/],
    why: 'the letter is a model made from the details: the page draws it and makes the QR code',
  },
  {
    name: 'src/lib',
    files: /^src\/lib\//,
    forbidden: [/^(?!\.)/, /^src\/(?!lib)/],
    why: 'small helpers depend on nothing',
  },
  {
    name: 'src/components',
    files: /^src\/components\//,
    forbidden: [/^src\/storage/, /^src\/pdf/, /^astro:/, /^i18next/, /^xstate/, /samples$/],
    why: 'components take props and raise events; they never create actors',
    dynamicAllowed: [],
  },
  {
    name: 'src/pages',
    files: /^src\/pages\/.*(?<!\.pdf\.ts)$/,
    forbidden: [/^src\/storage/, /^src\/pdf/],
    why: 'nothing browser-only at build time (PDF endpoints excepted)',
  },
  {
    name: 'src/layouts',
    files: /^src\/layouts\//,
    forbidden: [/^src\/storage/, /^src\/pdf/],
    why: 'nothing browser-only at build time',
  },
  {
    name: 'src/islands',
    files: /^src\/islands\//,
    forbidden: [/^astro:/, /^src\/pdf/, /^i18next/, /samples$/],
    why: 'islands run in the browser; the PDF only by dynamic import; strings come resolved',
    dynamicAllowed: [/^src\/pdf/],
  },
  {
    name: 'src/site',
    files: /^src\/site\//,
    forbidden: [/^src\/storage/, /^src\/pdf/, /^preact/],
    why: 'static site parts ship no JavaScript',
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.(ts|tsx|astro|mjs)$/.test(entry.name)
        ? [relative(REPO_ROOT, join(dir, entry.name))]
        : [],
  );
}
const SOURCES = sourceFiles(join(REPO_ROOT, 'src'));

function importsOf(file: string, { dynamic = true } = {}): string[] {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const specifiers = [
    ...text.matchAll(
      /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
    ),
  ]
    .filter((m) => dynamic || m[2] === undefined)
    .map((m) => m[1] ?? m[2] ?? m[3]!);
  return specifiers.map((spec) => {
    if (spec.startsWith('.')) return relative(REPO_ROOT, resolve(dirname(join(REPO_ROOT, file)), spec));
    if (spec.startsWith('~/')) return 'src/' + spec.slice(2);
    return spec;
  });
}

describe.each(RULES)('$name', ({ files, forbidden, why, dynamicAllowed = [] }) => {
  const covered = SOURCES.filter((file) => files.test(file));

  it('covers files that exist', () => {
    expect(covered.length).toBeGreaterThan(0);
  });

  it(`imports nothing it must not (${why})`, () => {
    const breaches = covered.flatMap((file) =>
      [
        ...importsOf(file, { dynamic: false }),
        ...importsOf(file).filter((spec) => !dynamicAllowed.some((rule) => rule.test(spec))),
      ]
        .filter((spec) => forbidden.some((rule) => rule.test(spec)))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect([...new Set(breaches)]).toEqual([]);
  });
});

it('nothing in src/ imports from tests/, and only tests import the question samples', () => {
  const breaches = SOURCES.flatMap((file) =>
    importsOf(file)
      .filter(
        (spec) =>
          spec.startsWith('tests/') ||
          (/samples$/.test(spec) && !/^src\/question-types\/([\w-]+\/)?samples\.ts$/.test(file)),
      )
      .map((spec) => `${file} imports ${spec}`),
  );
  expect(breaches).toEqual([]);
});

it('storage never reaches for browser globals: the Storage it uses is handed to it', () => {
  // Comments may name localStorage to explain why it is injected; only code counts.
  const code = (file: string) =>
    readFileSync(join(REPO_ROOT, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
  const breaches = SOURCES.filter((f) => f.startsWith('src/storage/')).filter((f) =>
    /\b(window|document|localStorage|sessionStorage|globalThis)\b/.test(code(f)),
  );
  expect(breaches).toEqual([]);
});

it('sharing reads links and files as data: no page globals, no eval, no HTML', () => {
  const code = (file: string) =>
    readFileSync(join(REPO_ROOT, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
  const breaches = SOURCES.filter((f) => f.startsWith('src/sharing/')).filter((f) =>
    /\b(window|document|location|localStorage|sessionStorage|eval|Function|innerHTML|outerHTML|DOMParser)\b/.test(
      code(f),
    ),
  );
  expect(breaches).toEqual([]);
});

it('every rule folder in the README exists', () => {
  for (const folder of [
    'src/wizard',
    'src/question-types',
    'src/i18n',
    'src/storage',
    'src/pdf',
    'src/agreement',
    'src/components',
    'src/islands',
    'src/site',
    'src/lib',
    'src/sharing',
    'src/cases',
    'src/letter',
    'src/schedule',
  ]) {
    expect(existsSync(join(REPO_ROOT, folder)), folder).toBe(true);
  }
});
