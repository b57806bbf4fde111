import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === changed ? edited : read(name));
  const getSource = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) =>
    name === changed ? ts.createSourceFile(name, edited, language) : getSource(name, language);
  const program = ts.createProgram(
    roots.map((f) => join(REPO_ROOT, f)),
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
