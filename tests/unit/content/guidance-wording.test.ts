import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? markdownFiles(join(dir, entry.name))
      : entry.name.endsWith('.md')
        ? [join(dir, entry.name)]
        : [],
  );
}

const files = [
  ...markdownFiles(join(REPO_ROOT, 'content/guidance')),
  ...markdownFiles(join(REPO_ROOT, 'content/rights')),
].map((path) => ({ file: relative(REPO_ROOT, path), text: readFileSync(path, 'utf8') }));

// Words that blame, minimise or hurt (content guidance for this service); "just culture" is a term, not minimising.
const HURTFUL = [
  /committed suicide/i,
  /\bthe deceased\b/i,
  /\bsimply\b/i,
  /\bunfortunately\b/i,
  /\bjust\b(?! culture)/i,
  /\bclick here\b/i,
];

describe.each(files)('$file', ({ file, text }) => {
  const body = text.replace(/^---[\s\S]*?---/, '');

  it('avoids words that blame, minimise or hurt', () => {
    expect(HURTFUL.filter((pattern) => pattern.test(body)).map(String)).toEqual([]);
  });

  it('starts its headings below the page heading and never skips a level', () => {
    const levels = [...body.matchAll(/^(#{1,6}) /gm)].map((m) => m[1]!.length);
    const top = file.startsWith('content/rights/') ? 3 : 2;
    let previous = top - 1;
    for (const level of levels) {
      expect(level).toBeGreaterThanOrEqual(top);
      expect(level).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
  });

  it('has no raw HTML, so every page gets the same accessible markup', () => {
    expect(body).not.toMatch(/<[a-z][^>]*>/i);
  });
});
