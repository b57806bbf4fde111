import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FontBytes } from '~/core/pdf/fonts';
import { REPO_ROOT } from './paths';

const OPEN_SANS = join(REPO_ROOT, 'node_modules/@expo-google-fonts/open-sans');

/** Open Sans regular and bold, read from node_modules the way the browser would fetch them. */
export function openSansBytes(): FontBytes {
  return {
    regular: new Uint8Array(readFileSync(join(OPEN_SANS, '400Regular/OpenSans_400Regular.ttf'))),
    bold: new Uint8Array(readFileSync(join(OPEN_SANS, '700Bold/OpenSans_700Bold.ttf'))),
  };
}
