import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths';
import { nameClashes, readExportedNames } from '../helpers/exported-names';

/*
 * One name per concept: a name exported from two modules must be one declaration passed on (a barrel,
 * a re-export), never two things. A question's data and the component that draws it, or two limits,
 * under one name are easy to import the wrong way round. Only Astro's own names (GET, getStaticPaths,
 * Props, prerender) repeat, in pages/ and .astro files, where Astro looks them up by name.
 */
describe('the names check can fail', () => {
  const fixture = readExportedNames(join(REPO_ROOT, 'tests/fixtures/names'));

  it('reports a type named like a component, two limits under one name, and Props outside pages', () => {
    expect(nameClashes(fixture)).toEqual([
      'LIMIT: src/core/spec.ts, src/family/limits.ts, src/pages/one.astro',
      'Props: src/ui/Island.tsx, src/ui/OtherIsland.tsx',
      'TextQuestion: src/core/spec.ts, src/ui/TextQuestion.tsx',
    ]);
  });

  it('sees the names passed on by a barrel, an import exported again, and a package', () => {
    const modulesOf = (name: string) =>
      fixture
        .filter((e) => e.name === name)
        .map((e) => e.module)
        .sort();
    expect(modulesOf('LIMIT')).toEqual([
      'src/core/index.ts',
      'src/core/limits.ts',
      'src/core/spec.ts',
      'src/family/limits.ts',
      'src/pages/one.astro',
    ]);
    expect(modulesOf('h')).toEqual(['src/ui/more-preact-parts.ts', 'src/ui/preact-parts.ts']);
    expect(modulesOf('GET')).toEqual(['src/pages/feed.json.ts', 'src/pages/other.json.ts']);
  });
});

describe('src/', () => {
  const exported = readExportedNames(REPO_ROOT);

  it('reads the exports of every module', () => {
    expect(new Set(exported.map((e) => e.module)).size).toBeGreaterThan(250);
  });

  it('exports each name from one declaration only', () => {
    expect(nameClashes(exported)).toEqual([]);
  });
});
