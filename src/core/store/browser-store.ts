import { createEnvelope, parseEnvelope } from './envelope';
import { readDrafts, writeDrafts } from './drafts';
import { expireKeptCopies, keepCopy, readKeptCopies } from './kept-copies';
import {
  STORAGE_KEYS,
  type CaseStore,
  type KeptState,
  type LoadResult,
  type SaveError,
  type SaveMode,
  type SaveResult,
  type StorageLike,
} from './types';

export interface Backends {
  local: () => StorageLike;
  session: () => StorageLike;
}

// This tab's own storage first: a "this tab only" tab must never pick up the device's answers instead.
const MODES: readonly SaveMode[] = ['tab', 'device'];
// Another version's or app's data: left exactly where it is, never copied over or overwritten.
const LEAVE_ALONE = new Set(['wrong-app', 'too-new']);

/** True for the errors browsers throw when storage is full (names and codes differ by engine). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** A CaseStore over two Storage-like backends: local for 'device', session for 'tab'. */
export function createBrowserStore(backends: Backends, options: { maxAgeDays: number }): CaseStore {
  const { maxAgeDays } = options;
  // The savedAt this tab last read or wrote in each storage; anything else there means another tab saved since.
  const baseline = new Map<SaveMode, number>();
  // Storages this tab must not write answers to, and why.
  const locked = new Map<SaveMode, SaveError>();

  // Just reaching localStorage throws when cookies are blocked, so every access is guarded.
  const open = (mode: SaveMode): StorageLike | undefined => {
    try {
      return mode === 'device' ? backends.local() : backends.session();
    } catch {
      return undefined;
    }
  };
  const read = (storage: StorageLike, key: string): string | null | undefined => {
    try {
      return storage.getItem(key);
    } catch {
      return undefined;
    }
  };
  const ourKeys = (storage: StorageLike): string[] => {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(STORAGE_KEYS.prefix)) keys.push(key);
    }
    return keys;
  };

  /** Copies the original aside before anything can overwrite it; if that fails, locks the storage instead. */
  const keepOriginal = (mode: SaveMode, storage: StorageLike, text: string, now: Date): KeptState => {
    if (keepCopy(storage, text, now, maxAgeDays)) return 'kept';
    locked.set(mode, 'copy-failed');
    return 'failed';
  };

  const readCase = (mode: SaveMode, now: Date): LoadResult => {
    const storage = open(mode);
    const text = storage && read(storage, STORAGE_KEYS.answers);
    if (!storage || text === undefined) return { ok: false, error: 'unavailable', mode };
    expireKeptCopies(storage, now, maxAgeDays);
    const parsed = parseEnvelope(text, { now, maxAgeDays });
    if (parsed.ok) {
      // Written down as now, or it would never expire: each load would count it as saved "now" again.
      if (parsed.fromTheFuture) rewriteSavedAt(storage, text!, now);
      baseline.set(mode, parsed.savedAt.getTime());
      const partial = Object.keys(parsed.unreadable).length > 0 || parsed.capped.length > 0;
      return { ...parsed, mode, ...(partial ? { kept: keepOriginal(mode, storage, text!, now), raw: text! } : {}) };
    }
    if (parsed.error === 'nothing-saved' || parsed.error === 'expired') return { ...parsed, mode };
    if (LEAVE_ALONE.has(parsed.error)) {
      locked.set(mode, 'left-alone');
      return { ...parsed, mode, kept: 'left-alone', raw: text! };
    }
    return { ...parsed, mode, kept: keepOriginal(mode, storage, text!, now), raw: text! };
  };

  const erase = (): { ok: boolean } => {
    baseline.clear();
    locked.clear();
    let ok = true;
    for (const mode of MODES) {
      const storage = open(mode);
      try {
        // Collect first: removing while walking by index would skip keys.
        if (storage) for (const key of ourKeys(storage)) storage.removeItem(key);
        ok &&= storage !== undefined && ourKeys(storage).length === 0;
      } catch {
        ok = false;
      }
    }
    return { ok };
  };

  const load = (now: Date = new Date()): LoadResult => {
    let blocked = false;
    let firstProblem: LoadResult | undefined;
    for (const mode of MODES) {
      const result = readCase(mode, now);
      if (result.ok) return result;
      if (result.error === 'expired') {
        // The person was told answers are forgotten after this many days: keep that promise everywhere.
        erase();
        return result;
      }
      if (result.error === 'unavailable') blocked = true;
      else if (result.error !== 'nothing-saved') firstProblem ??= result;
    }
    // With a backend blocked we cannot say nothing was saved, only that we could not look.
    return firstProblem ?? (blocked ? { ok: false, error: 'unavailable' } : { ok: false, error: 'nothing-saved' });
  };

  const write = (storage: StorageLike, text: string): 'ok' | 'full' | 'unavailable' => {
    try {
      storage.setItem(STORAGE_KEYS.answers, text);
      return 'ok';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'unavailable';
    }
  };

  const save: CaseStore['save'] = (saved, mode, saveOptions = {}): SaveResult => {
    const now = saveOptions.now ?? new Date();
    const storage = open(mode);
    const current = storage && read(storage, STORAGE_KEYS.answers);
    if (!storage || current === undefined) return { ok: false, error: 'unavailable' };
    const lock = locked.get(mode);
    if (lock) return { ok: false, error: lock };
    // Read before looking again: reading what is there now makes it the version this tab has seen.
    const seen = baseline.get(mode);
    const theirs = readCase(mode, now);
    if (!theirs.ok && theirs.kept === 'left-alone') return { ok: false, error: 'left-alone' };
    if (!theirs.ok && theirs.kept === 'failed') return { ok: false, error: 'copy-failed' };
    if (theirs.ok && theirs.kept === 'failed') return { ok: false, error: 'copy-failed' };
    if (theirs.ok && seen !== undefined && theirs.savedAt.getTime() !== seen && !saveOptions.force)
      return { ok: false, error: 'conflict', theirs };
    if (theirs.ok && seen === undefined && !saveOptions.force) return { ok: false, error: 'conflict', theirs };

    const text = JSON.stringify(createEnvelope(saved, now));
    let outcome = write(storage, text);
    if (outcome === 'full') {
      // Drafts go first when space runs out (never a kept copy): the answers matter more.
      try {
        storage.removeItem(STORAGE_KEYS.drafts);
      } catch {
        // Nothing freed.
      }
      outcome = write(storage, text);
    }
    if (outcome !== 'ok') return { ok: false, error: outcome };
    baseline.set(mode, now.getTime());
    return { ok: true, savedAt: now };
  };

  const removeFrom = (mode: SaveMode) => {
    const storage = open(mode);
    if (!storage || locked.has(mode)) return;
    const seen = baseline.get(mode);
    const there = readCase(mode, new Date());
    // Only what this tab itself saved or read: never another tab's newer answers.
    if (there.ok && there.savedAt.getTime() !== seen) return;
    try {
      storage.removeItem(STORAGE_KEYS.answers);
      storage.removeItem(STORAGE_KEYS.drafts);
      baseline.delete(mode);
    } catch {
      // erase() reports anything it cannot remove.
    }
  };

  const canSave = (mode: SaveMode): boolean => {
    const storage = open(mode);
    if (!storage || locked.has(mode)) return false;
    try {
      storage.setItem(STORAGE_KEYS.probe, '1');
      storage.removeItem(STORAGE_KEYS.probe);
      return true;
    } catch {
      return false;
    }
  };

  const hasAnything = (): boolean | undefined => {
    let unknown = false;
    for (const mode of MODES) {
      const storage = open(mode);
      try {
        if (!storage) unknown = true;
        else if (ourKeys(storage).length > 0) return true;
      } catch {
        unknown = true;
      }
    }
    return unknown ? undefined : false;
  };

  const keptCopies = () =>
    MODES.flatMap((mode) => {
      const storage = open(mode);
      try {
        return storage ? readKeptCopies(storage, new Date()) : [];
      } catch {
        return [];
      }
    });

  const drafts: CaseStore['drafts'] = {
    load(mode, now = new Date()) {
      const storage = open(mode);
      return storage ? readDrafts(storage, now, maxAgeDays) : {};
    },
    save(mode, id, value, now = new Date()) {
      const storage = open(mode);
      if (!storage) return false;
      try {
        writeDrafts(storage, { ...readDrafts(storage, now, maxAgeDays), [id]: { value, at: now.toISOString() } });
        return true;
      } catch {
        return false;
      }
    },
    clear(mode, id) {
      const storage = open(mode);
      if (!storage) return;
      try {
        const all = readDrafts(storage, new Date(), maxAgeDays);
        if (!(id in all)) return;
        delete all[id];
        writeDrafts(storage, all);
      } catch {
        // A stale draft is shown with its time and a way back to the saved answer.
      }
    },
  };

  return {
    load,
    read: (mode, now = new Date()) => readCase(mode, now),
    save,
    removeFrom,
    canSave,
    erase,
    hasAnything,
    keptCopies,
    drafts,
  };
}

function rewriteSavedAt(storage: StorageLike, text: string, now: Date) {
  try {
    storage.setItem(STORAGE_KEYS.answers, JSON.stringify({ ...JSON.parse(text), savedAt: now.toISOString() }));
  } catch {
    // Counted as now again on the next load; nothing is lost.
  }
}
