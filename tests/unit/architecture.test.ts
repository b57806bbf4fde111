import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths';
import { breaches, findCycles, folderOf, readModuleGraph, type FolderRule } from '../helpers/module-graph';

/*
 * The tree shows who the code serves (the README's "How the code is organised"): core/ is the domain,
 * ui/ the Preact parts both sides use, browser/ what touches window, family/ and team/ each side's
 * pages. This table is every direction an import may take; any other fails, type-only imports and
 * import() included. A cycle of imports fails too.
 */
const PREACT = [/^preact$/, /^preact\/hooks$/];
const ISLAND = [...PREACT, /^xstate$/, /^@xstate\/react$/];
const ZOD = /^astro\/zod$/;

export const RULES: Record<string, FolderRule> = {
  // The domain: pure TypeScript over data; words reach it as a Translate it is given. The PDF's bidi is pure
  // JavaScript (bidi-js); HarfBuzz is only a type there: the browser instantiates its WebAssembly and hands it in.
  core: {
    folders: ['core'],
    packages: [/^xstate$/, /^pdf-lib$/, /^@pdf-lib\/fontkit$/, ZOD, /^ics$/, /^docx$/, /^bidi-js$/, /^harfbuzzjs$/],
  },
  // Preact building blocks both sides use: they take props and raise events.
  ui: { folders: ['core', 'ui'], packages: PREACT },
  // What touches window: storage, downloads, the clipboard, language links. No components.
  browser: {
    folders: ['core', 'browser'],
    // Files served as they are, by address: the PDF's fonts, HarfBuzz's WebAssembly, and liblouis with its braille
    // tables (never inlined as data: addresses, which the Content Security Policy would not let fetch() read);
    // harfbuzzjs itself, loaded only when a PDF needs shaping.
    packages: [
      /^@expo-google-fonts\/(open-sans|noto-[a-z-]+)\/\w+\/\w+\.ttf\?url$/,
      /^liblouis-build\/[\w/.-]+\?url&no-inline$/,
      /^harfbuzzjs$/,
      /^harfbuzzjs\/dist\/harfbuzz\.wasm\?url$/,
    ],
  },
  family: { folders: ['core', 'ui', 'browser', 'i18n', 'family'], packages: ISLAND },
  team: { folders: ['core', 'ui', 'browser', 'i18n', 'team'], packages: [...ISLAND, /^qrcode$/] },
  // Locales and words; i18next runs at build time only.
  i18n: { folders: ['core', 'i18n'], packages: [/^i18next$/] },
  // The trust's settings and the content files, read at build time.
  config: { folders: ['config'], packages: [/^yaml$/, /^node:(fs|path|crypto)$/, ZOD] },
  content: { folders: ['core', 'config', 'i18n', 'content'], packages: [/^yaml$/, ZOD] },
  'content.config': { folders: ['config', 'content'], packages: [/^astro:content$/, /^astro\/loaders$/, ZOD] },
  // Static parts and routes: built to HTML; a <script> may start a browser helper.
  site: {
    folders: ['core', 'config', 'content', 'i18n', 'site'],
    packages: [/^astro:content$/],
    scriptFolders: ['browser'],
  },
  layouts: { folders: ['config', 'i18n', 'site', 'styles', 'layouts'], packages: [] },
  pages: {
    folders: ['core', 'ui', 'family', 'team', 'config', 'content', 'i18n', 'site', 'layouts', 'styles', 'pages'],
    packages: [/^astro$/, /^astro:content$/, /^node:(fs\/promises|module)$/, /^harfbuzzjs$/],
    scriptFolders: ['browser'],
  },
};

const graph = readModuleGraph(REPO_ROOT);
const code = (file: string) =>
  readFileSync(join(REPO_ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');

describe('the import rules and the cycle check can fail', () => {
  const fixture = readModuleGraph(join(REPO_ROOT, 'tests/fixtures/architecture'));

  it('report a core file that imports Preact and ui/, and the family importing the team', () => {
    expect(breaches(fixture, RULES).sort()).toEqual([
      'src/core/pure.ts imports src/ui/Widget.tsx (core/ may not import ui/)',
      'src/core/pure.ts imports the package preact (not allowed in core/)',
      'src/family/FamilyThing.ts imports src/team/team-thing.ts (family/ may not import team/)',
      'src/team/team-thing.ts imports src/family/FamilyThing.ts (team/ may not import family/)',
    ]);
  });

  it('report a cycle made only of a type import, and one closed by a dynamic import()', () => {
    expect(findCycles(fixture).sort()).toEqual([
      ['src/family/FamilyThing.ts', 'src/team/team-thing.ts'],
      ['src/ui/Widget.tsx', 'src/ui/widget-label.ts'],
    ]);
  });
});

describe('src/', () => {
  it('has a rule for every folder, and every rule a folder', () => {
    const folders = new Set([...graph.keys()].map(folderOf));
    expect([...folders].sort()).toEqual(Object.keys(RULES).sort());
  });

  it('imports only in the directions the rules allow', () => {
    expect(breaches(graph, RULES)).toEqual([]);
  });

  it('has no import cycle, counting type-only imports and import()', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('nothing in src/ imports from tests/, and only tests and the samples registry import the samples', () => {
    const found = [...graph].flatMap(([file, imports]) =>
      imports
        .filter(
          (i) =>
            i.target.startsWith('tests/') ||
            (/\/samples\.ts$/.test(i.target) && !/^src\/core\/questions\/([\w-]+\/)?samples\.ts$/.test(file)),
        )
        .map((i) => `${file} imports ${i.target}`),
    );
    expect(found).toEqual([]);
  });

  it('core/ never reaches for browser globals: storage, the page and the address are handed to it', () => {
    const files = [...graph.keys()].filter((f) => f.startsWith('src/core/'));
    expect(files.length).toBeGreaterThan(100);
    expect(
      // A property named so (docx's `document` defaults) is not the global.
      files.filter((f) => /\b(window|document|localStorage|sessionStorage|location|navigator)\b(?!\s*:)/.test(code(f))),
    ).toEqual([]);
  });

  it('links and files are read as data: no eval, no HTML parsing in core/formats', () => {
    const files = [...graph.keys()].filter((f) => f.startsWith('src/core/formats/'));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => /\b(eval|Function|innerHTML|outerHTML|DOMParser)\b/.test(code(f)))).toEqual([]);
  });
});
