import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cycloneDxBom, type PackageLock } from './cyclonedx';

/** The bill of materials' name in the built site, served beside the pages for a trust's reviewers. */
export const SBOM_FILE = 'sbom.cdx.json';

/**
 * Licences a package states only inside its files, not in its package.json: liblouis-build (the braille
 * engine the site ships) is liblouis, LGPL-2.1-or-later, as the headers of its tables say; zod-to-ts (Astro's)
 * has an MIT LICENSE file.
 */
const STATED_IN_FILES: Readonly<Record<string, string>> = {
  'liblouis-build': 'LGPL-2.1-or-later',
  'zod-to-ts': 'MIT',
};

/** A package's licence: its package.json's, or the one its files state. */
export function packageLicence(repoRoot: string, folder: string): string | undefined {
  const manifest = join(repoRoot, folder, 'package.json');
  if (!existsSync(manifest)) return undefined;
  const { name, license } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; license?: unknown };
  return typeof license === 'string' ? license : STATED_IN_FILES[name ?? ''];
}

/** The CycloneDX bill of materials of the project in `repoRoot`, from its package-lock.json. */
export function projectBom(repoRoot: string, builtAt = new Date()) {
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as PackageLock;
  const licenceOf = (folder: string) => packageLicence(repoRoot, folder);
  return cycloneDxBom(lock, { timestamp: builtAt, serialNumber: `urn:uuid:${crypto.randomUUID()}`, licenceOf });
}

/** Writes the project's bill of materials into `siteDir`. */
export function writeSbom(repoRoot: string, siteDir: string, builtAt = new Date()): void {
  const bom = projectBom(repoRoot, builtAt);
  writeFileSync(join(siteDir, SBOM_FILE), `${JSON.stringify(bom, null, 2)}\n`);
}
