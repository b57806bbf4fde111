import { keysStartingWith } from './access';
import { readHeader, type HeaderSpec } from './header';
import { keptKeyOf, readKeptCopies, writeKeptCopies } from './kept-copies';
import { migrate, type Migration } from './migrations';
import { APP_ID, type KeptCopy, type SaveMode } from './types';
import type { Parsed, VersionedStore } from './versioned-store';

/*
 * What the kinds that came after the answers share: envelopes with `kind` and `version`, deletion
 * markers, and kept copies the team can list and remove. Apart from versioned-store.ts so that the
 * wizard's first load (the answers only) does not carry them.
 */

/** The top of an envelope written now. */
export const writeHeader = (spec: HeaderSpec, now: Date): Record<string, unknown> => ({
  app: APP_ID,
  ...(spec.kind === undefined ? {} : { kind: spec.kind }),
  [spec.versionField]: spec.version,
  savedAt: now.toISOString(),
});

/** A kind's `parse` for envelopes with `kind` and `version`: header, then each migration, then the content. */
export function parseVersioned<T>(
  spec: HeaderSpec,
  migrations: Record<number, Migration>,
  content: (envelope: Record<string, unknown>, key: string) => T | undefined,
) {
  return (data: unknown, now: Date, key: string): Parsed<T, undefined> => {
    const header = readHeader(data, spec, now);
    if (!header.ok) return header;
    const migrated = migrate(
      data as Record<string, unknown>,
      header.version,
      migrations,
      spec.version,
      spec.versionField,
    );
    const value = migrated.ok ? content(migrated.envelope, key) : undefined;
    if (value === undefined) return { ok: false, error: 'invalid' };
    return { ok: true, value, savedAt: header.savedAt, fromTheFuture: header.fromTheFuture, extra: undefined };
  };
}

/**
 * Deletes what is under `key`: where the kind keeps markers, a marker in its place, so no other tab saves
 * it back; with no room even for that, or for kinds without markers, the key goes.
 */
export function removeEntry<T, X, C>(
  store: VersionedStore<T, X, C>,
  spec: HeaderSpec & { tombstones?: boolean },
  mode: SaveMode,
  key: string,
  now = new Date(),
): boolean {
  const storage = store.storage(mode);
  if (!storage) return false;
  store.forget(mode, key);
  try {
    if (storage.getItem(key) === null) return true;
    if (spec.tombstones) {
      const marker = JSON.stringify({ ...writeHeader(spec, now), deleted: true });
      try {
        storage.setItem(key, marker);
        if (storage.getItem(key) === marker) return true;
      } catch {
        // Full: removing still frees the space, and a tab that read it knows it is gone.
      }
    }
    storage.removeItem(key);
    return storage.getItem(key) === null;
  } catch {
    return false;
  }
}

/** Removes one kept copy of what was under `key`. */
export function removeKeptCopy<T, X, C>(
  store: VersionedStore<T, X, C>,
  mode: SaveMode,
  key: string,
  copy: KeptCopy,
): void {
  const storage = store.storage(mode);
  try {
    if (storage) {
      const others = readKeptCopies(storage, keptKeyOf(key), new Date()).filter((c) => c.text !== copy.text);
      writeKeptCopies(storage, keptKeyOf(key), others);
    }
  } catch {
    // Still listed; the team can try again, or delete everything.
  }
}

/** Every key starting with `prefix` in one storage; none where it cannot be looked at. */
export function keysIn<T, X, C>(store: VersionedStore<T, X, C>, mode: SaveMode, prefix: string): string[] {
  const storage = store.storage(mode);
  try {
    return storage ? keysStartingWith(storage, prefix) : [];
  } catch {
    return [];
  }
}
