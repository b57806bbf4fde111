import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORAGE_REGISTER, isRegistered } from '~/core/store/storage-register';
import { STORAGE_KEYS } from '~/core/store/types';
import { REPO_ROOT } from '../../helpers/paths';

/*
 * The storage register must list everything the code keeps. Keys are written from constants, so this
 * reads the source for every storage name the code spells out (a string starting "ltw:" or "ltw-carry:",
 * an IndexedDB database opened by name) and checks the register has it, or starts with it (a prefix
 * the code uses to find or erase keys).
 */

const SRC = join(REPO_ROOT, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|astro|mjs)$/.test(name) ? [path] : [];
  });

/** A database's name as the code gives it: a string, a constant of the file, or one of STORAGE_KEYS. */
function databaseName(expression: string, source: string): string {
  const literal = /^['"`]([^'"`]+)['"`]$/.exec(expression);
  if (literal) return literal[1]!;
  const constant = new RegExp(`const ${expression} = ([^;]+);`).exec(source)?.[1]?.trim();
  if (constant && constant !== expression) return databaseName(constant, source);
  const key = /^STORAGE_KEYS\.(\w+)$/.exec(expression)?.[1];
  if (key && key in STORAGE_KEYS) return STORAGE_KEYS[key as keyof typeof STORAGE_KEYS];
  return `(a name the test cannot read: ${expression})`;
}

function storageNamesInCode(): { name: string; file: string }[] {
  const found: { name: string; file: string }[] = [];
  for (const file of files(SRC)) {
    const source = readFileSync(file, 'utf8');
    const where = relative(REPO_ROOT, file);
    for (const m of source.matchAll(/['"`](ltw(?::|-carry:)[^'"`$\s]*)/g)) found.push({ name: m[1]!, file: where });
    for (const m of source.matchAll(/indexedDB\.open\(\s*([^,)]+)/g)) {
      found.push({ name: databaseName(m[1]!.trim(), source), file: where });
    }
    // A key made from the common prefix: `${STORAGE_KEYS.prefix}something`.
    for (const m of source.matchAll(/`\$\{STORAGE_KEYS\.prefix\}([^`$]*)/g))
      found.push({ name: `ltw:${m[1]}`, file: where });
  }
  return found;
}

const covered = (name: string) => isRegistered(name) || STORAGE_REGISTER.some((entry) => entry.key.startsWith(name));

describe('the storage register', () => {
  it('lists every storage name the code uses', () => {
    const names = storageNamesInCode();
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter(({ name }) => !covered(name))).toEqual([]);
  });

  it('catches a key it does not list', () => {
    expect(covered('ltw:something-new')).toBe(false);
    expect(covered('ltw:team-case:abc123:unreadable')).toBe(true);
  });

  it('lists each key and storage area once', () => {
    const pairs = STORAGE_REGISTER.flatMap((entry) => entry.areas.map((area) => `${entry.key} in ${area}`));
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
