import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { convertToTSX } from '@astrojs/compiler';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths';

/*
 * "A misspelt id fails npm run check": type-check the schema, the agreement sections and the wording
 * checks with one file changed the way a person might get it wrong, and read the compiler's messages.
 */
const ROOTS = ['src/core/journey/schema/checks.ts', 'src/i18n/checks.ts', 'src/core/agreement/sections.ts'];
const config = ts.getParsedCommandLineOfConfigFile(
  join(REPO_ROOT, 'tsconfig.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
)!;

function diagnosticsWith(file: string, change: (text: string) => string, roots = ROOTS): string[] {
  const changed = join(REPO_ROOT, file);
  const original = readFileSync(changed, 'utf8');
  const edited = change(original);
  expect(edited, 'the change applies').not.toBe(original);
  return diagnosticsOf(changed, edited, roots);
}

// Every program but one file is the same: each file is parsed once for them all (as an editor's language
// service does), which takes two fifths off the time these checks take. The changed file is never kept.
const parsed = new Map<string, ts.SourceFile | undefined>();

function diagnosticsOf(changed: string, edited: string, roots: string[]): string[] {
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === changed ? edited : read(name));
  const getSource = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) => {
    if (name === changed) return ts.createSourceFile(name, edited, language);
    if (!parsed.has(name)) parsed.set(name, getSource(name, language));
    return parsed.get(name);
  };
  const program = ts.createProgram(
    roots.map((f) => resolve(REPO_ROOT, f)),
    { ...config.options, noEmit: true },
    host,
  );
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

// Type-checking a program takes seconds, more on a busy machine: a generous limit, not a timing assertion.
describe('a misspelt id does not compile', { timeout: 120_000 }, () => {
  it('passes with the schema as it is', () => {
    expect(diagnosticsWith('src/core/agreement/sections.ts', (t) => t + '\n')).toEqual([]);
  });

  it('in a condition', () => {
    const messages = diagnosticsWith('src/core/journey/schema/stages/conditions.ts', (t) =>
      t.replace("question: 'patient-alive', equals: 'no'", "question: 'patient-alve', equals: 'no'"),
    );
    expect(messages.join('\n')).toMatch(/no question \\?"patient-alve/);
  });

  it('in the option a condition looks for', () => {
    const messages = diagnosticsWith('src/core/journey/schema/stages/conditions.ts', (t) =>
      t.replace("question: 'patient-alive', equals: 'no'", "question: 'patient-alive', equals: 'nope'"),
    );
    expect(messages.join('\n')).toMatch(/patient-alive: no option \\?"nope/);
  });

  it('in the agreement sections', () => {
    const messages = diagnosticsWith('src/core/agreement/sections.ts', (t) =>
      t.replace("'where-it-happened'", "'where-it-hapened'"),
    );
    expect(messages.join('\n')).toContain('"where-it-hapened"');
  });

  it('in the words of a question', () => {
    const messages = diagnosticsWith('src/i18n/resources/en/wizard.json', (t) =>
      t.replace('"where-it-happened": {', '"where-it-hapened": {'),
    );
    expect(messages.join('\n')).toMatch(/"where-it-hapened"|"where-it-happened"/);
  });
});

describe('a wrong page does not compile', { timeout: 120_000 }, () => {
  // Each file is checked on its own (a smaller program than the schema's, so quicker).
  const withoutEntry = (file: string, entry: RegExp) =>
    diagnosticsWith(file, (t) => t.replace(entry, ''), [file]).join('\n');

  it('in the page registry: a page with no entry', () => {
    expect(withoutEntry('src/core/journey/pages.ts', /\n {2}record: \{.*\},/)).toMatch(/Property 'record' is missing/);
  });

  it("in the family's page views: a page with no view", () => {
    expect(withoutEntry('src/family/wizard/page-views.tsx', /\n {2}record: lazyView\([\s\S]*?\n {2}\),/)).toMatch(
      /Property 'record' is missing/,
    );
  });

  it('in the page registry: an entry for a page that does not exist, or a move to one', () => {
    expect(
      diagnosticsWith('src/core/journey/pages.ts', (t) => t.replace('\n  comments: {', '\n  comment: {'), [
        'src/core/journey/pages.ts',
      ]).join('\n'),
    ).toMatch(/'comment' does not exist|Property 'comments' is missing/);
    expect(
      diagnosticsWith(
        'src/core/journey/pages.ts',
        (t) => t.replace("next: () => ({ page: 'confirmation' })", "next: () => ({ page: 'confirmaton' })"),
        ['src/core/journey/pages.ts'],
      ).join('\n'),
    ).toMatch(/"confirmaton"/);
  });
});

describe('a misspelt key does not compile', { timeout: 120_000 }, () => {
  const misspelt = (file: string, from: string, to: string) =>
    diagnosticsWith(file, (t) => t.replace(from, to), [file]).join('\n');

  it('in a component', () => {
    expect(
      misspelt('src/ui/questions/QuestionPage.tsx', "t('ui:contentNote.label')", "t('ui:contentNote.lable')"),
    ).toMatch(/"ui:contentNote.lable"' is not assignable to parameter of type 'Key'/);
  });

  it('in a core model', () => {
    expect(misspelt('src/core/agreement/build-model.ts', "a(t, 'notAgreedYet')", "a(t, 'notAgreedYit')")).toMatch(
      /"notAgreedYit"' is not assignable/,
    );
  });

  it('in a table from codes to keys', () => {
    expect(misspelt('src/team/letter/LetterIsland.tsx', "qr: 'letter:errors.qr'", "qr: 'letter:error.qr'")).toMatch(
      /"letter:error.qr"' is not assignable to type 'Key'/,
    );
  });

  // An .astro page is type-checked as astro check sees it: the compiler's TSX, in the project's program.
  const astroDiagnostics = async (file: string, change: (text: string) => string) => {
    const page = join(REPO_ROOT, file);
    const source = change(readFileSync(page, 'utf8'));
    const { code } = await convertToTSX(source, { filename: page });
    const tsx = `${page}.tsx`;
    return diagnosticsOf(tsx, code, [ASTRO_SHIM, 'node_modules/astro/client.d.ts', `${file}.tsx`]).join('\n');
  };
  // What the Astro language server adds: Fragment, and other .astro components (checked on their own).
  const ASTRO_SHIM = join(mkdtempSync(join(tmpdir(), 'ltw-astro-')), 'shim.d.ts');
  writeFileSync(
    ASTRO_SHIM,
    "declare const Fragment: any;\ndeclare module '*.astro' { const component: (props: any) => any; export default component; }\n",
  );

  it('in an .astro page (and the page as it is compiles)', async () => {
    expect(await astroDiagnostics('src/pages/[locale]/contact.astro', (t) => t)).toBe('');
    expect(
      await astroDiagnostics('src/pages/[locale]/contact.astro', (t) =>
        t.replace("t('common:contact.intro')", "t('common:contact.intor')"),
      ),
    ).toMatch(/"common:contact.intor"' is not assignable to parameter of type 'Key'/);
  });

  it('in the schema: an option with no words', () => {
    const messages = diagnosticsWith(
      'src/core/words/keys.ts',
      (t) => t.replace("  | 'wizard:questions.contact-methods.options.via-advocate'\n", ''),
      ['src/i18n/checks.ts'],
    );
    expect(messages.join('\n')).toContain('wizard:questions.contact-methods.options.via-advocate');
  });
});

describe('npm run words', () => {
  const words = (...args: string[]) =>
    execFileSync(process.execPath, [join(REPO_ROOT, 'tests/tools/words.mjs'), ...args], { encoding: 'utf8' });

  it('finds the Key union up to date, and says to run it when a word is missing from it', () => {
    expect(() => words('--check')).not.toThrow();
    const stale = join(mkdtempSync(join(tmpdir(), 'ltw-words-')), 'keys.ts');
    const current = readFileSync(join(REPO_ROOT, 'src/core/words/keys.ts'), 'utf8');
    writeFileSync(stale, current.replace("  | 'ui:back'\n", ''));
    expect(() => words('--check', '--out', stale)).toThrow(/run npm run words/);
  });
});
