import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cycloneDxBom, type PackageLock } from './cyclonedx';

/** The bill of materials' name in the built site, served beside the pages for a trust's reviewers. */
export const SBOM_FILE = 'sbom.cdx.json';

/** Writes the CycloneDX bill of materials of the project in `repoRoot` (its package-lock.json) into `siteDir`. */
export function writeSbom(repoRoot: string, siteDir: string, builtAt = new Date()): void {
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as PackageLock;
  const licenceOf = (folder: string) => {
    const manifest = join(repoRoot, folder, 'package.json');
    if (!existsSync(manifest)) return undefined;
    const { license } = JSON.parse(readFileSync(manifest, 'utf8')) as { license?: unknown };
    return typeof license === 'string' ? license : undefined;
  };
  const bom = cycloneDxBom(lock, { timestamp: builtAt, serialNumber: `urn:uuid:${crypto.randomUUID()}`, licenceOf });
  writeFileSync(join(siteDir, SBOM_FILE), `${JSON.stringify(bom, null, 2)}\n`);
}
