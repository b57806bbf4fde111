import { openStorage, readItem } from './access';
import { BUILD, fromNewerBuild, stampBuild } from './build';
import { readHeader, type HeaderError, type HeaderSpec } from './header';
import { expireKeptCopies, keepCopy, keptKeyOf, readKeptCopies } from './kept-copies';
import { STORAGE_KEYS, type Backends, type KeptCopy, type KeptState, type SaveMode, type StorageLike } from './types';

/*
 * The one store behind everything this site keeps: the family's answers, each of a team's cases, and
 * the family's copy of their team's details. Each is a Kind: how its envelope is read and written and
 * how two tabs' versions merge. This file holds what they share, over a Storage-like backend it is
 * given (core never touches window):
 *  - reading never throws: blocked storage is 'unavailable', odd text an error code;
 *  - text that cannot be read is copied aside verbatim (`<key>:unreadable`) before anything is written
 *    over it; another app's or a newer version's is never written over at all;
 *  - a save made without seeing another tab's newer save is a conflict, merged entry by entry by the
 *    kind's own merge when the caller says what its change started from;
 *  - a full storage is told apart from a blocked one, and a write is read back before it counts;
 *  - a deleted entry leaves a marker (kinds with `tombstones`), so no other tab can bring it back;
 *  - what it writes carries the build's date: a tab still running an older build reads what a newer one
 *    saved as 'too-new', and so never writes over it (the page asks the person to reload).
 * What only the later kinds use (their envelopes, deleting) is in versioned-kind.ts, out of the
 * wizard's first load.
 */

/** 'not-yet': the kind cannot read this entry until more of its code is loaded (left alone meanwhile). */
export type ReadError = HeaderError | 'deleted' | 'not-yet';

export type Parsed<T, X> =
  | { ok: true; value: T; savedAt: Date; fromTheFuture?: boolean; partial?: boolean; extra: X }
  | { ok: false; error: ReadError; savedAt?: Date };

export interface Merge<T, C> {
  merged: T;
  /** Entries both sides changed differently: `merged` holds the caller's side of each until it chooses. */
  conflicts: C[];
}

export interface Kind<T, X = undefined, C = unknown> {
  spec: HeaderSpec & { tombstones?: boolean };
  /** Reads parsed JSON (header, migrations, content); never throws. */
  parse(data: unknown, now: Date, key: string): Parsed<T, X>;
  encode(value: T, now: Date): string;
  merge?(base: T, mine: T, theirs: T): Merge<T, C>;
  /** Copy unreadable text aside as soon as it is read (not only before it is written over). */
  keepOnRead?: boolean;
  /** Keys that may be removed to make room when storage is full (never a kept copy). */
  spare?: readonly string[];
}

export type ReadResult<T, X> =
  | { ok: true; value: T; savedAt: Date; extra: X; mode: SaveMode; kept?: KeptState; raw?: string }
  | {
      ok: false;
      error: 'nothing-saved' | 'unavailable' | ReadError;
      mode: SaveMode;
      kept?: KeptState;
      raw?: string;
      savedAt?: Date;
    };

export type StoreError = 'unavailable' | 'full' | 'left-alone' | 'copy-failed' | 'deleted';

export type StoreSaveResult<T, X, C> =
  | { ok: true; savedAt: Date; value: T; mergedWithTheirs?: true }
  | { ok: false; error: StoreError }
  | { ok: false; error: 'conflict'; theirs: ReadResult<T, X> & { ok: true }; merge?: Merge<T, C> };

export interface SaveOptions<T> {
  now?: Date;
  /** Write even though another tab saved since (the caller has merged). */
  force?: boolean;
  /** What this change started from, when read from this storage: another tab's save since is merged in. */
  base?: { value: T; savedAt: Date };
  /** Write even over a deletion marker (a case deliberately opened again from a file). */
  revive?: boolean;
}

// Another version's or app's data: left exactly where it is, never copied over or overwritten.
const LEAVE_ALONE = new Set<string>(['wrong-app', 'too-new']);

/** True for the errors browsers throw when storage is full (names and codes differ by engine). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export type VersionedStore<T, X, C> = ReturnType<typeof createVersionedStore<T, X, C>>;

export function createVersionedStore<T, X, C>(backends: Backends, kind: Kind<T, X, C>, build = BUILD) {
  const { spec } = kind;
  const maxAgeDays = spec.maxAgeDays ?? Number.POSITIVE_INFINITY;
  // The savedAt this tab last read or wrote under each key; anything else there means another tab saved since.
  const seen = new Map<string, number>();
  // Keys this tab must not write to, and why.
  const locked = new Map<string, 'left-alone' | 'copy-failed'>();
  const slot = (mode: SaveMode, key: string) => `${mode} ${key}`;
  const open = (mode: SaveMode) => openStorage(backends, mode);

  const parse = (text: string, now: Date, key: string): Parsed<T, X> => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { ok: false, error: 'corrupt' };
    }
    // Saved by a newer build of this site: this code may not know all of it, so it is left alone.
    if (fromNewerBuild(data, build)) return { ok: false, error: 'too-new' };
    if (spec.tombstones) {
      const header = readHeader(data, spec, now);
      if (header.ok && header.deleted) return { ok: false, error: 'deleted', savedAt: header.savedAt };
    }
    return kind.parse(data, now, key);
  };

  /** Copies the original aside before anything can overwrite it; if that fails, locks the key instead. */
  const keepOriginal = (mode: SaveMode, storage: StorageLike, key: string, text: string, now: Date): KeptState => {
    if (keepCopy(storage, keptKeyOf(key), text, now, maxAgeDays)) return 'kept';
    locked.set(slot(mode, key), 'copy-failed');
    return 'failed';
  };

  function read(mode: SaveMode, key: string, now = new Date(), keep = kind.keepOnRead === true): ReadResult<T, X> {
    const storage = open(mode);
    const text = storage && readItem(storage, key);
    if (!storage || text === undefined) return { ok: false, error: 'unavailable', mode };
    if (spec.maxAgeDays !== undefined) expireKeptCopies(storage, keptKeyOf(key), now, spec.maxAgeDays);
    if (text === null || text === '') return { ok: false, error: 'nothing-saved', mode };
    const parsed = parse(text, now, key);
    if (parsed.ok) {
      // Written down as now, or it would never expire: each load would count it as saved "now" again.
      if (parsed.fromTheFuture) rewriteSavedAt(storage, key, text, now);
      seen.set(slot(mode, key), parsed.savedAt.getTime());
      const found = { ok: true as const, value: parsed.value, savedAt: parsed.savedAt, extra: parsed.extra, mode };
      return parsed.partial && keep
        ? { ...found, kept: keepOriginal(mode, storage, key, text, now), raw: text }
        : found;
    }
    if (parsed.error === 'deleted') {
      seen.set(slot(mode, key), parsed.savedAt!.getTime());
      return { ok: false, error: 'deleted', mode, savedAt: parsed.savedAt };
    }
    if (parsed.error === 'expired') return { ok: false, error: 'expired', mode };
    // Not copied, not written over, and not locked: once the kind can read it, it is read as usual.
    if (parsed.error === 'not-yet') return { ok: false, error: 'not-yet', mode, kept: 'left-alone', raw: text };
    if (LEAVE_ALONE.has(parsed.error)) {
      locked.set(slot(mode, key), 'left-alone');
      return { ok: false, error: parsed.error, mode, kept: 'left-alone', raw: text };
    }
    return {
      ok: false,
      error: parsed.error,
      mode,
      ...(keep ? { kept: keepOriginal(mode, storage, key, text, now) } : {}),
      raw: text,
    };
  }

  const write = (storage: StorageLike, key: string, text: string): 'ok' | 'full' | 'unavailable' => {
    try {
      storage.setItem(key, text);
      // Read back: some browsers accept a write and keep nothing.
      return storage.getItem(key) === text ? 'ok' : 'unavailable';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'unavailable';
    }
  };

  function save(mode: SaveMode, key: string, value: T, options: SaveOptions<T> = {}): StoreSaveResult<T, X, C> {
    const now = options.now ?? new Date();
    const storage = open(mode);
    if (!storage || readItem(storage, key) === undefined) return { ok: false, error: 'unavailable' };
    const lock = locked.get(slot(mode, key));
    if (lock) return { ok: false, error: lock };
    // Read before looking again: reading what is there now makes it the version this tab has seen.
    const before = options.base ? options.base.savedAt.getTime() : seen.get(slot(mode, key));
    const theirs = read(mode, key, now, true);
    if (theirs.kept === 'left-alone') return { ok: false, error: 'left-alone' };
    if (theirs.kept === 'failed') return { ok: false, error: 'copy-failed' };
    // Deleted in another tab (a marker), or everything deleted since this tab read it: never brought back.
    // Kinds without markers (the answers) hear of a deletion from the page; a save that names its base does here.
    const gone =
      !theirs.ok && (theirs.error === 'deleted' || (theirs.error === 'nothing-saved' && before !== undefined));
    if (gone && (spec.tombstones || options.base) && !options.revive) return { ok: false, error: 'deleted' };
    let mergedWithTheirs = false;
    if (theirs.ok && !options.force && theirs.savedAt.getTime() !== before) {
      if (!options.base || !kind.merge) return { ok: false, error: 'conflict', theirs };
      const merge = kind.merge(options.base.value, value, theirs.value);
      if (merge.conflicts.length > 0) return { ok: false, error: 'conflict', theirs, merge };
      value = merge.merged;
      mergedWithTheirs = true;
    }
    const text = stampBuild(kind.encode(value, now), build);
    let outcome = write(storage, key, text);
    if (outcome === 'full' && kind.spare) {
      for (const spare of kind.spare) {
        try {
          storage.removeItem(spare);
        } catch {
          // Nothing freed.
        }
      }
      outcome = write(storage, key, text);
    }
    if (outcome !== 'ok') return { ok: false, error: outcome };
    seen.set(slot(mode, key), now.getTime());
    return { ok: true, savedAt: now, value, ...(mergedWithTheirs ? { mergedWithTheirs: true as const } : {}) };
  }

  /** Whether saving works here: the storage can be reached and written (and `key`, if given, is not locked). */
  function canSave(mode: SaveMode, key?: string): boolean {
    const storage = open(mode);
    if (!storage || (key !== undefined && locked.has(slot(mode, key)))) return false;
    try {
      storage.setItem(STORAGE_KEYS.probe, '1');
      storage.removeItem(STORAGE_KEYS.probe);
      return true;
    } catch {
      return false;
    }
  }

  function keptCopies(mode: SaveMode, key: string, now = new Date()): KeptCopy[] {
    const storage = open(mode);
    try {
      return storage ? readKeptCopies(storage, keptKeyOf(key), now) : [];
    } catch {
      return [];
    }
  }

  return {
    read,
    save,
    canSave,
    keptCopies,
    storage: open,
    isLocked: (mode: SaveMode, key: string) => locked.has(slot(mode, key)),
    /** The savedAt this tab last read or wrote under `key`, if any. */
    seenAt: (mode: SaveMode, key: string) => seen.get(slot(mode, key)),
    /** Forgets what this tab has read (after erasing, or removing its own copy). */
    forget(mode?: SaveMode, key?: string) {
      if (mode && key) {
        seen.delete(slot(mode, key));
        locked.delete(slot(mode, key));
      } else {
        seen.clear();
        locked.clear();
      }
    },
  };
}

function rewriteSavedAt(storage: StorageLike, key: string, text: string, now: Date) {
  try {
    storage.setItem(key, JSON.stringify({ ...JSON.parse(text), savedAt: now.toISOString() }));
  } catch {
    // Counted as now again on the next load; nothing is lost.
  }
}
