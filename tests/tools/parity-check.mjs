// Compares one translation file with its English original, as the unit tests do.
// Usage: node tests/tools/parity-check.mjs <english.json|yaml> <other.json|yaml> <lang, e.g. cy-GB>
// Prints one line per problem and exits 1 if there are any.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import YAML from 'yaml';

const helper = transformSync(readFileSync(new URL('../helpers/i18n-parity.ts', import.meta.url), 'utf8'), {
  loader: 'ts',
  format: 'esm',
}).code;
const { parityProblems } = await import(`data:text/javascript;base64,${Buffer.from(helper).toString('base64')}`);

const [englishPath, otherPath, lang] = process.argv.slice(2);
if (!englishPath || !otherPath || !lang) {
  console.error('Usage: node tests/tools/parity-check.mjs <english> <other> <lang>');
  process.exit(2);
}
const read = (path) =>
  path.endsWith('.json') ? JSON.parse(readFileSync(path, 'utf8')) : YAML.parse(readFileSync(path, 'utf8'));
const problems = parityProblems(read(englishPath), read(otherPath), lang);
for (const problem of problems) console.log(problem);
console.log(problems.length ? `${problems.length} problem(s)` : 'no problems');
process.exit(problems.length ? 1 : 0);
