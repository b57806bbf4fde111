import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { execFileSync } from 'node:child_process';
import { REPO_ROOT } from './paths';
import { BRAILLE_TABLES, OWN_TABLES } from '~/core/braille/tables';
import type { LiblouisModule } from '~/core/braille/liblouis';

export const LIBLOUIS_BUILD = join(REPO_ROOT, 'node_modules/liblouis-build');
export const NODE_TABLE_FOLDER = '/tables';
const OWN_TABLE_FOLDER = join(REPO_ROOT, 'src/browser/braille-tables');

/**
 * The same liblouis file the site ships, run in Node as a browser would run it (a plain script in a page's
 * global scope), with the site's tables written into its memory.
 */
export function nodeLiblouis(): LiblouisModule {
  const scope: Record<string, unknown> = {};
  scope.window = scope;
  createContext(scope);
  runInContext(readFileSync(join(LIBLOUIS_BUILD, 'build-no-tables-utf16.js'), 'utf8'), scope);
  const louis = scope.liblouisBuild as LiblouisModule;
  louis.FS.mkdir(NODE_TABLE_FOLDER);
  for (const name of new Set(Object.values(BRAILLE_TABLES).flat())) {
    louis.FS.writeFile(`${NODE_TABLE_FOLDER}/${name}`, readFileSync(join(LIBLOUIS_BUILD, 'tables', name), 'utf8'));
  }
  for (const name of Object.values(OWN_TABLES).flat()) {
    louis.FS.writeFile(`${NODE_TABLE_FOLDER}/${name}`, readFileSync(join(OWN_TABLE_FOLDER, name), 'utf8'));
  }
  return louis;
}

/** Debian's liblouis (liblouis-bin), forward or back, with its own copy of the tables. */
export const debianLouTranslate = (direction: 'forward' | 'backward', tables: string, input: string): string =>
  execFileSync('lou_translate', [`--${direction}`, tables], { input, encoding: 'utf8' });
