import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycloneDxBom, integrityHashes, npmPurl, packageScopes, type PackageLock } from '~/config/sbom/cyclonedx';
import { REPO_ROOT } from '../../helpers/paths';

// A small lock: the site needs "app-lib" (which needs a nested copy of "left" and, optionally, "native"),
// and a scoped package; a test tool and what only it needs are development only.
const SHA = 'sha512-' + Buffer.from('a'.repeat(64)).toString('base64');
const fixture: PackageLock = {
  name: 'site',
  version: '1.2.3',
  packages: {
    '': {
      name: 'site',
      version: '1.2.3',
      license: 'MIT',
      dependencies: { 'app-lib': '^1.0.0', '@scope/ui': '2.0.0' },
      devDependencies: { 'test-tool': '3.0.0' },
    },
    'node_modules/app-lib': {
      version: '1.0.0',
      integrity: SHA,
      license: '(MIT OR Apache-2.0)',
      dependencies: { left: '^2.0.0' },
      optionalDependencies: { native: '1.0.0' },
    },
    'node_modules/app-lib/node_modules/left': { version: '2.0.0', license: 'ISC' },
    'node_modules/left': { version: '1.0.0', dev: true },
    'node_modules/native': { version: '1.0.0', optional: true },
    'node_modules/@scope/ui': { version: '2.0.0+build.1', peerDependencies: { 'app-lib': '*' } },
    'node_modules/test-tool': { version: '3.0.0', dependencies: { left: '^1.0.0' } },
  },
};
const bom = cycloneDxBom(fixture, {
  timestamp: new Date('2026-01-02T03:04:05Z'),
  serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000',
  licenceOf: (folder) => (folder === 'node_modules/test-tool' ? 'BSD-3-Clause' : undefined),
});
const component = (purl: string) => bom.components.find((c) => c.purl === purl)!;

describe('package URLs (purl) of npm packages', () => {
  it('encode the "@" of a scope, and anything unsafe in a version', () => {
    expect(npmPurl('preact', '10.29.8')).toBe('pkg:npm/preact@10.29.8');
    expect(npmPurl('@astrojs/preact', '4.1.3')).toBe('pkg:npm/%40astrojs/preact@4.1.3');
    expect(npmPurl('@scope/ui', '2.0.0+build.1')).toBe('pkg:npm/%40scope/ui@2.0.0%2Bbuild.1');
  });

  it('give a scoped package its group and name apart', () => {
    expect(component('pkg:npm/%40scope/ui@2.0.0%2Bbuild.1')).toMatchObject({ group: '@scope', name: 'ui' });
  });
});

describe('hashes from the lock', () => {
  it("turn the lock's base64 integrity into CycloneDX's hex", () => {
    expect(integrityHashes(SHA)).toEqual([{ alg: 'SHA-512', content: Buffer.from('a'.repeat(64)).toString('hex') }]);
    // A real one: preact 10.29.8 as package-lock.json records it.
    const [preact] = integrityHashes(
      'sha512-ej2aVZ+vZ8WO7tvlQWRM9N63A0KzF9q4mWJfDUHgYaIofWY9hu74QdnQrjoPMmZi2/nZ5gN0bJCQF49xQqx09Q==',
    );
    expect(preact!.content).toMatch(/^7a3d9a559faf67c58eeedbe541644cf4deb70342b317dab899625f0d41e061a2/);
    expect(preact!.content).toHaveLength(128);
    expect(integrityHashes('sha1-AAAA sha512-AAAA')).toEqual([
      { alg: 'SHA-1', content: '000000' },
      { alg: 'SHA-512', content: '000000' },
    ]);
    expect(integrityHashes(undefined)).toEqual([]);
  });
});

describe('what the site needs and what only the developers do', () => {
  it('finds the production closure, nested copies and optional parts by following the dependencies', () => {
    expect(Object.fromEntries(packageScopes(fixture))).toEqual({
      'node_modules/app-lib': 'required',
      'node_modules/app-lib/node_modules/left': 'required',
      'node_modules/@scope/ui': 'required',
      'node_modules/native': 'optional',
      'node_modules/left': 'excluded',
      'node_modules/test-tool': 'excluded',
    });
  });

  it("agrees with npm's own marks (dev, optional) on every package in the project's package-lock.json", () => {
    const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as PackageLock;
    const scopes = packageScopes(lock);
    expect(scopes.size).toBeGreaterThan(100);
    const disagreements = [...scopes].filter(([folder, scope]) => {
      const { dev, optional, devOptional } = lock.packages[folder]!;
      return scope !== (dev ? 'excluded' : optional || devOptional ? 'optional' : 'required');
    });
    expect(disagreements).toEqual([]);
  });
});

describe('the CycloneDX document', () => {
  it('names itself, the project and when it was made', () => {
    expect(bom).toMatchObject({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      version: 1,
      metadata: {
        timestamp: '2026-01-02T03:04:05.000Z',
        component: { type: 'application', name: 'site', version: '1.2.3', purl: 'pkg:npm/site@1.2.3' },
      },
    });
    expect(bom.metadata.tools.components[0]).toMatchObject({ name: 'site SBOM writer', version: '1.2.3' });
  });

  it('lists each package once, with its version, scope, hash and licence (from its package.json when the lock has none)', () => {
    expect(bom.components.map((c) => `${String(c.purl)} ${String(c.scope)}`)).toEqual([
      'pkg:npm/%40scope/ui@2.0.0%2Bbuild.1 required',
      'pkg:npm/app-lib@1.0.0 required',
      'pkg:npm/left@1.0.0 excluded',
      'pkg:npm/left@2.0.0 required',
      'pkg:npm/native@1.0.0 optional',
      'pkg:npm/test-tool@3.0.0 excluded',
    ]);
    expect(component('pkg:npm/app-lib@1.0.0')).toMatchObject({
      'bom-ref': 'pkg:npm/app-lib@1.0.0',
      hashes: [{ alg: 'SHA-512' }],
      licenses: [{ expression: '(MIT OR Apache-2.0)' }],
    });
    expect(component('pkg:npm/test-tool@3.0.0').licenses).toEqual([{ expression: 'BSD-3-Clause' }]);
    expect(component('pkg:npm/native@1.0.0').licenses).toBeUndefined();
  });

  it('records who depends on whom, each package resolved as Node would (the nested copy first)', () => {
    const dependsOn = Object.fromEntries(bom.dependencies.map((d) => [d.ref, d.dependsOn]));
    expect(dependsOn['pkg:npm/site@1.2.3']).toEqual(['pkg:npm/%40scope/ui@2.0.0%2Bbuild.1', 'pkg:npm/app-lib@1.0.0']);
    expect(dependsOn['pkg:npm/app-lib@1.0.0']).toEqual(['pkg:npm/left@2.0.0', 'pkg:npm/native@1.0.0']);
    expect(dependsOn['pkg:npm/test-tool@3.0.0']).toEqual(['pkg:npm/left@1.0.0']);
    expect(dependsOn['pkg:npm/%40scope/ui@2.0.0%2Bbuild.1']).toEqual(['pkg:npm/app-lib@1.0.0']);
  });
});
