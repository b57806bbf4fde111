import { STORAGE_KEYS, type Backends, type SaveMode, type StorageLike } from './types';

/*
 * Reaching a storage at all, guarded: just touching localStorage throws when site data is blocked, and
 * any read or write can throw after that. Nothing here throws. Small on purpose: "Delete everything"
 * needs only this file, not the readers of what is kept.
 */

export const SAVE_MODES: readonly SaveMode[] = ['tab', 'device'];

/** The storage for a mode, or undefined where the browser will not give it. */
export function openStorage(backends: Backends, mode: SaveMode): StorageLike | undefined {
  try {
    return mode === 'device' ? backends.local() : backends.session();
  } catch {
    return undefined;
  }
}

/** The text under `key`: null when there is none, undefined when it cannot be read. */
export function readItem(storage: StorageLike, key: string): string | null | undefined {
  try {
    return storage.getItem(key);
  } catch {
    return undefined;
  }
}

/** Every key starting with `prefix` (collected first: removing while walking by index would skip keys). */
export function keysStartingWith(storage: StorageLike, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Removes every key starting 'ltw:' from both storages; ok only if both could be reached and nothing is left. */
export function eraseEverything(backends: Backends): { ok: boolean } {
  let ok = true;
  for (const mode of SAVE_MODES) {
    const storage = openStorage(backends, mode);
    try {
      if (storage) for (const key of keysStartingWith(storage, STORAGE_KEYS.prefix)) storage.removeItem(key);
      ok &&= storage !== undefined && keysStartingWith(storage, STORAGE_KEYS.prefix).length === 0;
    } catch {
      ok = false;
    }
  }
  return { ok };
}

/** True if any 'ltw:' key exists in either storage; undefined when one could not be looked at. */
export function hasAnything(backends: Backends): boolean | undefined {
  let unknown = false;
  for (const mode of SAVE_MODES) {
    const storage = openStorage(backends, mode);
    try {
      if (!storage) unknown = true;
      else if (keysStartingWith(storage, STORAGE_KEYS.prefix).length > 0) return true;
    } catch {
      unknown = true;
    }
  }
  return unknown ? undefined : false;
}
