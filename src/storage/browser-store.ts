import { createEnvelope, parseEnvelope } from './envelope';
import {
  STORAGE_KEYS,
  type CaseStore,
  type LoadResult,
  type SaveMode,
  type SaveResult,
  type StorageLike,
} from './types';

export interface Backends {
  local: () => StorageLike;
  session: () => StorageLike;
}

const MODES: readonly SaveMode[] = ['device', 'tab'];
// Text we could not read is copied aside before anything can overwrite it.
const KEEP_A_COPY = new Set(['corrupt', 'wrong-app', 'invalid', 'too-new']);

/** True for the errors browsers throw when storage is full (names and codes differ by engine). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** A CaseStore over two Storage-like backends: local for 'device', session for 'tab'. */
export function createBrowserStore(backends: Backends, options: { maxAgeDays: number }): CaseStore {
  // The savedAt this tab last loaded or saved; another value in storage means another tab saved since.
  let baseline: number | null = null;

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
  const keepUnreadable = (storage: StorageLike, text: string) => {
    try {
      if (!storage.getItem(STORAGE_KEYS.unreadable)) storage.setItem(STORAGE_KEYS.unreadable, text);
    } catch {
      // Nothing more we can do; the original text is still under STORAGE_KEYS.answers.
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

  const erase = (): { ok: boolean } => {
    baseline = null;
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

  const readCase = (mode: SaveMode, now: Date): LoadResult | undefined => {
    const storage = open(mode);
    const text = storage && read(storage, STORAGE_KEYS.answers);
    if (!storage || text === undefined) return { ok: false, error: 'unavailable' };
    const parsed = parseEnvelope(text, { now, maxAgeDays: options.maxAgeDays });
    if (parsed.ok) return { ...parsed, mode };
    if (text !== null && KEEP_A_COPY.has(parsed.error)) keepUnreadable(storage, text);
    return parsed.error === 'nothing-saved' ? undefined : parsed;
  };

  const load = (now: Date = new Date()): LoadResult => {
    let blocked = false;
    for (const mode of MODES) {
      const result = readCase(mode, now);
      if (!result) continue;
      if (!result.ok && result.error === 'unavailable') {
        blocked = true;
        continue;
      }
      if (!result.ok && result.error === 'expired') {
        // The person was told answers are forgotten after this many days: keep that promise everywhere.
        erase();
        return result;
      }
      baseline = result.ok ? result.savedAt.getTime() : baseline;
      return result;
    }
    // With a backend blocked we cannot say nothing was saved, only that we could not look.
    return blocked ? { ok: false, error: 'unavailable' } : { ok: false, error: 'nothing-saved' };
  };

  const save: CaseStore['save'] = (saved, mode, saveOptions = {}): SaveResult => {
    const now = saveOptions.now ?? new Date();
    const target = open(mode);
    if (!target || read(target, STORAGE_KEYS.answers) === undefined) return { ok: false, error: 'unavailable' };
    const other: SaveMode = mode === 'device' ? 'tab' : 'device';

    // Both backends count: saving here removes the copy there, which another tab may have just written.
    for (const where of [mode, other]) {
      const theirs = readCase(where, now);
      const changedSince = theirs?.ok === true && theirs.savedAt.getTime() !== baseline;
      if (changedSince && !saveOptions.force) return { ok: false, error: 'conflict', theirs };
    }

    try {
      target.setItem(STORAGE_KEYS.answers, JSON.stringify(createEnvelope(saved, now)));
    } catch (error) {
      return { ok: false, error: isQuotaError(error) ? 'full' : 'unavailable' };
    }
    try {
      // Choosing "only this tab" must leave nothing on the device (and the reverse).
      open(other)?.removeItem(STORAGE_KEYS.answers);
    } catch {
      // The save itself stands; erase() reports anything it cannot remove later.
    }
    baseline = now.getTime();
    return { ok: true, savedAt: now };
  };

  const hasAnything = (): boolean =>
    MODES.some((mode) => {
      const storage = open(mode);
      try {
        return storage !== undefined && ourKeys(storage).length > 0;
      } catch {
        return false;
      }
    });

  return { load, save, erase, hasAnything };
}
