import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths';

/**
 * Module seams (see the README's "How the code is organised"). Each rule lists import specifiers a folder
 * must not use; relative imports are resolved to the src/ folder they land in.
 */
const RULES: { folder: string; forbidden: RegExp[]; why: string; dynamicAllowed?: RegExp[]; except?: RegExp }[] = [
  {
    folder: 'src/wizard',
    forbidden: [/^preact/, /^i18next/, /^pdf-lib/, /^astro/, /^src\/storage/, /^src\/pdf/, /^src\/components/],
    why: 'the domain is pure TypeScript',
  },
  {
    folder: 'src/i18n',
    forbidden: [/^preact/, /^src\/storage/, /^src\/pdf/, /^astro:/],
    why: 'translations stand alone',
  },
  {
    folder: 'src/config',
    forbidden: [/^preact/, /^src\/storage/, /^src\/pdf/, /^astro:/],
    why: 'settings are read at build time only',
  },
  {
    folder: 'src/pdf',
    forbidden: [/^preact/, /^i18next/, /^src\/storage/, /^astro/],
    why: 'the PDF is a pure function',
  },
  {
    folder: 'src/storage',
    forbidden: [/^preact/, /^i18next/, /^src\/pdf/, /^astro/],
    why: 'storage gets its backend injected',
  },
  {
    folder: 'src/components',
    forbidden: [/^src\/storage/, /^src\/pdf/, /^astro:/],
    why: 'components take props and raise events',
  },
  {
    folder: 'src/pages',
    forbidden: [/^src\/storage/, /^src\/pdf/],
    why: 'nothing browser-only at build time (PDF endpoints excepted)',
    except: /\.pdf\.ts$/,
  },
  { folder: 'src/layouts', forbidden: [/^src\/storage/, /^src\/pdf/], why: 'nothing browser-only at build time' },
  {
    folder: 'src/islands',
    forbidden: [/^astro:/, /^src\/pdf/],
    why: 'islands run in the browser; the PDF only by dynamic import',
    dynamicAllowed: [/^src\/pdf/],
  },
  {
    folder: 'src/site',
    forbidden: [/^src\/storage/, /^src\/pdf/, /^preact/],
    why: 'static site parts ship no JavaScript',
  },
];

function sourceFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sourceFiles(join(dir, entry.name))
        : /\.(ts|tsx|astro|mjs)$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );
  } catch {
    return [];
  }
}

function importsOf(file: string, { dynamic = true } = {}): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(
      /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
    ),
  ]
    .filter((m) => dynamic || m[2] === undefined)
    .map((m) => m[1] ?? m[2] ?? m[3]!);
  return specifiers.map((spec) => {
    if (spec.startsWith('.')) return relative(REPO_ROOT, resolve(dirname(file), spec));
    if (spec.startsWith('~/')) return 'src/' + spec.slice(2);
    return spec;
  });
}

describe.each(RULES)('$folder', ({ folder, forbidden, why, dynamicAllowed = [], except }) => {
  it(`imports nothing it must not (${why})`, () => {
    const breaches = sourceFiles(join(REPO_ROOT, folder))
      .filter((file) => !except?.test(file))
      .flatMap((file) =>
        [
          ...importsOf(file, { dynamic: false }),
          ...importsOf(file).filter((spec) => !dynamicAllowed.some((rule) => rule.test(spec))),
        ]
          .filter((spec) => forbidden.some((rule) => rule.test(spec)))
          .map((spec) => `${relative(REPO_ROOT, file)} imports ${spec}`),
      );
    expect(breaches).toEqual([]);
  });
});

it('nothing in src/ imports from tests/', () => {
  const breaches = sourceFiles(join(REPO_ROOT, 'src')).flatMap((file) =>
    importsOf(file)
      .filter((spec) => spec.startsWith('tests/'))
      .map((spec) => `${relative(REPO_ROOT, file)} imports ${spec}`),
  );
  expect(breaches).toEqual([]);
});
