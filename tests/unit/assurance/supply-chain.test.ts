import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths';
import { projectBom } from '~/config/sbom/write-sbom';

/*
 * The Software Security Code of Practice self-assessment (docs/assurance/) says every package is known
 * exactly: package.json names exact versions, and the lockfile installs those same versions.
 */
const read = (file: string) => JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as Record<string, unknown>;
const manifest = read('package.json') as Record<string, Record<string, string> | undefined>;
const lock = read('package-lock.json') as { packages: Record<string, { version?: string }> };

describe('the supply chain', () => {
  it('pins every dependency to an exact version, each in the lockfile', () => {
    const declared = { ...manifest.dependencies, ...manifest.devDependencies };
    expect(Object.keys(declared).length).toBeGreaterThan(10);
    const problems = Object.entries(declared).flatMap(([name, version]) => {
      if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) return [`${name}: "${version}" is not an exact version`];
      const locked = lock.packages[`node_modules/${name}`]?.version;
      return locked === version ? [] : [`${name}: package.json says ${version}, the lockfile ${locked}`];
    });
    expect(problems).toEqual([]);
  });

  it('knows the licence of every package the site ships (the bill of materials names each one)', () => {
    const shipped = projectBom(REPO_ROOT).components.filter((c) => c.scope === 'required');
    expect(shipped.length).toBeGreaterThan(10);
    expect(shipped.filter((c) => !c.licenses).map((c) => c.purl)).toEqual([]);
    expect(shipped.find((c) => c.name === 'liblouis-build')?.licenses).toEqual([{ expression: 'LGPL-2.1-or-later' }]);
  });
});
