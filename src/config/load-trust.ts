import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTrustSettings, type TrustSettings } from './trust-schema';

/** Where the settings live; LTW_TRUST_FILE points a build at another file (tests, multi-trust hosting). */
export function trustSettingsPath(root = process.cwd()): string {
  return resolve(root, process.env.LTW_TRUST_FILE || 'content/trust.yaml');
}

/** Reads and validates the trust settings at build time; throws one message naming every bad field. */
export function loadTrustSettings(root = process.cwd()): TrustSettings {
  const path = trustSettingsPath(root);
  if (!existsSync(path)) throw new Error(`Trust settings file not found: ${path}`);
  const result = parseTrustSettings(readFileSync(path, 'utf8'));
  if (!result.ok) {
    throw new Error(`Trust settings in ${path} are not valid:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const logo = result.settings.logo;
  if (logo && !existsSync(resolve(root, 'public', logo.src.slice(1)))) {
    throw new Error(`Trust settings in ${path} are not valid:\n  - logo.src: public${logo.src} does not exist`);
  }
  return result.settings;
}
