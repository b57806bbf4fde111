import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComplexScripts } from '~/core/pdf/scripts/complex-scripts';
import type { ScriptFont } from '~/core/pdf/scripts/script-fonts';
import { SCRIPT_FONT_FILES } from '~/core/pdf/scripts/script-font-files';
import { REPO_ROOT } from './paths';

export { SCRIPT_FONT_FILES };

/** A font file's absolute path. */
export const scriptFontPath = (file: string) => join(REPO_ROOT, 'node_modules/@expo-google-fonts', file);

const read = (file: string) => new Uint8Array(readFileSync(scriptFontPath(file)));

/** HarfBuzz (its WebAssembly instantiated, as in the browser) and the named fonts, read from node_modules. */
export async function complexScripts(fonts: Iterable<ScriptFont>): Promise<ComplexScripts> {
  const harfbuzz = await import('harfbuzzjs');
  const chosen: ComplexScripts['fonts'] = {};
  for (const name of fonts) {
    const files = SCRIPT_FONT_FILES[name];
    chosen[name] = { regular: read(files.regular), ...(files.bold ? { bold: read(files.bold) } : {}) };
  }
  return { harfbuzz, fonts: chosen };
}
