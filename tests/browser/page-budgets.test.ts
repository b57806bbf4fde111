import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/built-pages';
import { DIST } from '../helpers/paths';
import { PAGE_BUDGETS, budgetsFor, htmlBudgetFor } from '../tools/page-budgets.mjs';
import { pageCost } from '../tools/page-cost.mjs';

/*
 * Every built page within its type's budgets (tests/tools/page-budgets.mjs), in bytes of gzip: its HTML, its
 * style sheets and the JavaScript its first load fetches (islands and what they import statically). Sizes of
 * the built files, never timings. The test-only pseudo-locales (longer words on purpose) are left out.
 */

const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
const isPseudoLocale = (path: string) =>
  /<html[^>]*\slang="en-X[AB]"/.test(readFileSync(fileOf(path), 'utf8').slice(0, 2000));
const pages = builtPages(DIST).filter((path) => !isPseudoLocale(path));
const costs = new Map(pages.map((path) => [path, pageCost(DIST, fileOf(path))]));
const PARTS = [
  ['HTML', 'html'],
  ['CSS', 'css'],
  ['JavaScript (first load)', 'js'],
] as const;

describe('page types', () => {
  it('every built page has exactly one type, so a new page gets its budgets', () => {
    expect(pages.filter((path) => budgetsFor(path).length !== 1)).toEqual([]);
  });
});

describe.each(PAGE_BUDGETS.map((budget) => [budget.type, budget] as const))('%s', (_, budget) => {
  const ofType = pages.filter((path) => budget.path.test(path));

  it.each(PARTS.map(([label, part]) => [label, budget[part], part] as const))(
    '%s: at most %i bytes of gzip',
    (_, limit, part) => {
      expect(ofType.length, 'no page of this type was built').toBeGreaterThan(0);
      const limitFor = (path: string) => (part === 'html' ? htmlBudgetFor(budget, path) : limit);
      const over = ofType
        .map((path) => ({ path, bytes: costs.get(path)![part].gzip, limit: limitFor(path) }))
        .filter(({ bytes, limit }) => bytes > limit)
        .map(({ path, bytes, limit }) => `${path}: ${bytes} B, over by ${bytes - limit} B`);
      expect(over).toEqual([]);
    },
  );
});
