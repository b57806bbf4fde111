import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths';
import { missingTests } from '../../helpers/test-names';

/*
 * The assurance pack (docs/assurance/*.md and docs/SECURITY.md) points reviewers at evidence. Every test
 * it names as `tests/…/file.test.ts: name` must exist, every repository path it gives in backticks and
 * every relative link must lead somewhere, and the data-flow diagram must stay in the plain subset of
 * Mermaid it is written in (Mermaid itself is not a dependency, so this is the check CI can run).
 */
const DOCS = [
  ...readdirSync(join(REPO_ROOT, 'docs/assurance'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/assurance/${name}`),
  'docs/SECURITY.md',
];
const text = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');
const inBackticks = (file: string) => [...text(file).matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);

describe('the assurance pack', () => {
  it('names only tests that exist', () => {
    const references = DOCS.flatMap((file) => inBackticks(file).filter((s) => /^tests\/\S+\.test\.ts: /.test(s)));
    expect(references.length).toBeGreaterThan(20);
    expect(missingTests(references)).toEqual([]);
  });

  it('gives only repository paths and links that exist', () => {
    const missing: string[] = [];
    for (const file of DOCS) {
      // Paths the build writes (dist/, hosting/) and patterns (with * or <…>) are not files in the repository.
      const paths = inBackticks(file)
        .map((s) => s.split(/: | /)[0]!)
        .filter((s) => /^(src|tests|docs|content|\.ci)\//.test(s) && !/[*<]/.test(s));
      const links = [...text(file).matchAll(/\]\(([^)#:\s]+)(#[^)]*)?\)/g)].map((m) => join(dirname(file), m[1]!));
      for (const path of [...paths, ...links]) if (!existsSync(join(REPO_ROOT, path))) missing.push(`${file}: ${path}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the data-flow diagram to quoted labels and edges between declared nodes', () => {
    const diagram = /```mermaid\n([\s\S]*?)```/.exec(text('docs/assurance/data-flow.md'))?.[1] ?? '';
    const lines = diagram
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(lines[0]).toBe('flowchart LR');
    const label = String.raw`\["[^"#;]+"\]`;
    const declared = new Set<string>();
    const edges: string[][] = [];
    const strange: string[] = [];
    for (const line of lines.slice(1)) {
      const node = new RegExp(String.raw`^(?:subgraph )?(\w+)${label}$`).exec(line);
      const edge = /^(\w+) -->\|"[^"#;|]+"\| (\w+)$/.exec(line);
      if (node) declared.add(node[1]!);
      else if (edge) edges.push([edge[1]!, edge[2]!]);
      else if (line !== 'end') strange.push(line);
    }
    expect(strange).toEqual([]);
    expect(edges.length).toBeGreaterThan(5);
    expect(edges.flat().filter((id) => !declared.has(id))).toEqual([]);
  });
});
