import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

/*
 * The assurance documents name the tests that prove what they say, as "tests/<folder>/<file>.test.ts:
 * <the test's name as written>". These read a test file's names from its source, so a claim whose test
 * is renamed or removed fails its check instead of quietly outliving its proof.
 */

/**
 * The names of the tests a file declares, as written (quotes unescaped): it(...) and test(...), and
 * it.each(...)(...) with its name as a pattern (`%s`, `${...}` left as they are in the source).
 */
export function testNames(file: string): Set<string> {
  const source = readFileSync(join(REPO_ROOT, file), 'utf8');
  const names = new Set<string>();
  const name = String.raw`\s*(['"\x60])((?:\\.|(?!\1).)*)\1`;
  const plain = new RegExp(String.raw`^\s*(?:it|test)\(` + name, 'gm');
  const each = new RegExp(String.raw`^\s*(?:it|test)\.each\([\s\S]*?\)\(` + name, 'gm');
  for (const pattern of [plain, each])
    for (const match of source.matchAll(pattern)) names.add(match[2]!.replace(/\\(.)/g, '$1'));
  return names;
}

/** The references ("file: name") whose file or test does not exist. */
export function missingTests(references: readonly string[]): string[] {
  return references.filter((reference) => {
    const [file, name] = reference.split(/: (.*)/s) as [string, string | undefined];
    try {
      return name === undefined || !testNames(file).has(name);
    } catch {
      return true;
    }
  });
}
