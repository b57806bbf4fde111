import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { npmPurl, type PackageLock } from '~/config/sbom/cyclonedx';
import { SBOM_FILE } from '~/config/sbom/write-sbom';
import { DIST, REPO_ROOT } from '../helpers/paths';

/*
 * The software bill of materials the build writes (dist/sbom.cdx.json), as a trust's reviewer fetches it:
 * every package whose code ships in the site, at the version package-lock.json installs.
 */

interface Component {
  purl: string;
  version: string;
  scope: string;
  hashes?: { alg: string; content: string }[];
}
const bom = JSON.parse(readFileSync(join(DIST, SBOM_FILE), 'utf8')) as {
  bomFormat: string;
  specVersion: string;
  serialNumber: string;
  metadata: { component: { name: string; version: string } };
  components: Component[];
};
const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as PackageLock;
const project = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const listed = new Map(bom.components.map((c) => [c.purl, c]));

/** Packages whose code is in dist/_astro, as the build's source maps showed it (`npm run bench` lists them). */
const SHIPPED = [
  ...['preact', '@astrojs/preact', '@preact/signals', '@preact/signals-core', 'use-sync-external-store'],
  ...['xstate', '@xstate/react', 'zod', 'yup', 'property-expr', 'tiny-case', 'toposort', 'nanoid', 'runes2', 'ics'],
  ...['pdf-lib', '@pdf-lib/fontkit', '@pdf-lib/standard-fonts', '@pdf-lib/upng', 'pako'],
  ...['@expo-google-fonts/open-sans', 'qrcode', 'dijkstrajs'],
];

/** The lock folders ("node_modules/a/node_modules/b") of a built file's sources, when the build wrote source maps. */
function shippedFolders(): string[] {
  const folder = /(node_modules\/(?:.*\/node_modules\/)?(?:@[^/]+\/)?[^/]+)\//;
  const maps = readdirSync(join(DIST, '_astro')).filter((name) => name.endsWith('.js.map'));
  const sources = maps.flatMap(
    (name) => (JSON.parse(readFileSync(join(DIST, '_astro', name), 'utf8')) as { sources: string[] }).sources,
  );
  return [...new Set(sources.map((source) => folder.exec(source)?.[1]).filter((f): f is string => !!f))];
}

const missing = (folders: string[]) =>
  folders.filter((folder) => {
    const entry = lock.packages[folder];
    const name = entry?.name ?? folder.slice(folder.lastIndexOf('node_modules/') + 'node_modules/'.length);
    return listed.get(npmPurl(name, entry?.version ?? '?'))?.scope !== 'required';
  });

describe('the software bill of materials the build writes', () => {
  it('is a CycloneDX 1.6 document about this project, at its version', () => {
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.specVersion).toBe('1.6');
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bom.metadata.component).toMatchObject({ name: project.name, version: project.version });
    expect(listed.size).toBe(bom.components.length);
  });

  it('lists every package whose code ships in dist/_astro, at the version the lock installs, as required', () => {
    expect(missing(SHIPPED.map((name) => `node_modules/${name}`))).toEqual([]);
    // The build's own record of what it bundled, when it wrote source maps (npm test and npm run bench do).
    expect(missing(shippedFolders())).toEqual([]);
  });

  it("gives every package the lock's SHA-512 hash", () => {
    const withoutHash = bom.components.filter(
      (c) => !c.hashes?.some((h) => h.alg === 'SHA-512' && /^[0-9a-f]{128}$/.test(h.content)),
    );
    expect(withoutHash.map((c) => c.purl)).toEqual([]);
  });

  it('is served beside the pages, as JSON', async () => {
    const response = await fetch(`${inject('nginxUrl')}/${SBOM_FILE}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});
