import { SAVE_MODES, eraseEverything, hasAnything, readItem } from './access';
import { readDrafts, writeDrafts } from './drafts';
import { createEnvelope, readEnvelopeWith } from './answers-envelope';
import { SCHEMA_VERSION } from '~/core/journey/schema';
import { isRecord } from '~/core/is-record';
import type { Migration } from './migrations';
import { createVersionedStore, type Kind, type Merge, type ReadResult } from './versioned-store';
import {
  STORAGE_KEYS,
  type AnswersStore,
  type Backends,
  type LoadResult,
  type LoadedCase,
  type SaveMode,
  type SaveResult,
  type SavedCase,
} from './types';

type Upgrades = Record<number, Migration>;

/**
 * The family's answers as a kind of the one store: the envelope their answers files carry too (no
 * `kind`, a `schemaVersion`), forgotten after `maxAgeDays`, drafts given up first when space runs out.
 * Two things are left out of the wizard's first load. The merge: the wizard merges two tabs itself
 * (persistence.ts), with its own record of what each answer replaced, and loads it when first needed.
 * The upgrades of older envelopes: `upgrades` gives them once loaded; until then such an entry is 'not-yet'.
 */
export function answersKind<C>(
  maxAgeDays: number,
  options: {
    merge?: (base: SavedCase, mine: SavedCase, theirs: SavedCase) => Merge<SavedCase, C>;
    upgrades?: () => Upgrades | undefined;
  } = {},
): Kind<SavedCase, LoadedCase, C> {
  const { merge, upgrades } = options;
  return {
    spec: { versionField: 'schemaVersion', version: SCHEMA_VERSION, maxAgeDays },
    parse(data, now) {
      const read = readEnvelopeWith(data, { now, maxAgeDays, migrations: upgrades?.() });
      if (!read.ok) return read.error === 'nothing-saved' ? { ok: false, error: 'corrupt' } : read;
      const partial = Object.keys(read.unreadable).length > 0 || read.capped.length > 0;
      return {
        ok: true,
        value: read.saved,
        savedAt: read.savedAt,
        fromTheFuture: read.fromTheFuture,
        partial,
        extra: read,
      };
    },
    encode: (saved, now) => JSON.stringify(createEnvelope(saved, now)),
    ...(merge ? { merge } : {}),
    keepOnRead: true,
    spare: [STORAGE_KEYS.drafts],
  };
}

const KEY = STORAGE_KEYS.answers;

/** What the store read, as the wizard knows it: the case with its unreadable and capped answers, and where. */
function toLoadResult(read: ReadResult<SavedCase, LoadedCase>): LoadResult {
  if (read.ok) return toLoaded(read);
  const kept = read.kept ? { kept: read.kept, raw: read.raw! } : {};
  // Answers leave no deletion markers, so 'deleted' never comes back. 'not-yet' (an older version's
  // answers whose upgrades could not be fetched) is said as another version's data, left alone.
  const error = read.error === 'deleted' ? 'nothing-saved' : read.error === 'not-yet' ? 'too-new' : read.error;
  return { ok: false, error, mode: read.mode, ...kept };
}

function toLoaded(read: ReadResult<SavedCase, LoadedCase> & { ok: true }): LoadedCase & { mode: SaveMode } {
  const kept = read.kept ? { kept: read.kept, raw: read.raw! } : {};
  return { ...read.extra, savedAt: read.savedAt, mode: read.mode, ...kept };
}

/** Whether the answers in this storage were saved by an older version (they need their upgrades to be read). */
function older(text: string | null | undefined): boolean {
  try {
    const data: unknown = JSON.parse(text ?? 'null');
    return isRecord(data) && typeof data.schemaVersion === 'number' && data.schemaVersion < SCHEMA_VERSION;
  } catch {
    return false;
  }
}

/**
 * The family's answers over two Storage-like backends: local for 'device', session for 'tab'. Pass
 * `upgrades` to read older versions' answers at once; otherwise they are fetched by `prepare()`, and
 * after the first save in case another tab still runs an older version.
 */
export function createAnswersStore(
  backends: Backends,
  options: { maxAgeDays: number; upgrades?: Upgrades },
): AnswersStore {
  const { maxAgeDays } = options;
  let upgrades = options.upgrades;
  let loading: Promise<void> | undefined;
  const loadUpgrades = () =>
    (loading ??= import('./answers-migrations').then(
      (code) => void (upgrades = code.MIGRATIONS),
      // Offline before they were fetched: an older version's answers stay as they are ('not-yet').
      () => void (loading = undefined),
    ));
  const store = createVersionedStore(backends, answersKind(maxAgeDays, { upgrades: () => upgrades }));
  const readCase = (mode: SaveMode, now: Date) => toLoadResult(store.read(mode, KEY, now));

  const erase = (): { ok: boolean } => {
    store.forget();
    return eraseEverything(backends);
  };

  const load = (now: Date = new Date()): LoadResult => {
    let blocked = false;
    let firstProblem: LoadResult | undefined;
    // This tab's own storage first: a "this tab only" tab must never pick up the device's answers instead.
    for (const mode of SAVE_MODES) {
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

  const save: AnswersStore['save'] = (saved, mode, saveOptions = {}): SaveResult => {
    const result = store.save(mode, KEY, saved, saveOptions);
    if (result.ok) {
      if (!upgrades) void loadUpgrades();
      return { ok: true, savedAt: result.savedAt };
    }
    if (result.error === 'conflict') return { ok: false, error: 'conflict', theirs: toLoaded(result.theirs) };
    // Answers leave no deletion markers, so a save is never refused as 'deleted'.
    return { ok: false, error: result.error === 'deleted' ? 'unavailable' : result.error };
  };

  const removeFrom = (mode: SaveMode) => {
    const storage = store.storage(mode);
    if (!storage || store.isLocked(mode, KEY)) return;
    const seen = store.seenAt(mode, KEY);
    const there = readCase(mode, new Date());
    // Only what this tab itself saved or read: never another tab's newer answers.
    if (there.ok && there.savedAt.getTime() !== seen) return;
    try {
      storage.removeItem(KEY);
      storage.removeItem(STORAGE_KEYS.drafts);
      store.forget(mode, KEY);
    } catch {
      // erase() reports anything it cannot remove.
    }
  };

  const drafts: AnswersStore['drafts'] = {
    load(mode, now = new Date()) {
      const storage = store.storage(mode);
      return storage ? readDrafts(storage, now, maxAgeDays) : {};
    },
    save(mode, id, value, now = new Date()) {
      const storage = store.storage(mode);
      if (!storage) return false;
      try {
        writeDrafts(storage, { ...readDrafts(storage, now, maxAgeDays), [id]: { value, at: now.toISOString() } });
        return true;
      } catch {
        return false;
      }
    },
    clear(mode, id) {
      const storage = store.storage(mode);
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
    prepare() {
      const needed = SAVE_MODES.some((mode) => {
        const storage = store.storage(mode);
        return storage !== undefined && older(readItem(storage, KEY));
      });
      return needed && !upgrades ? loadUpgrades() : Promise.resolve();
    },
    load,
    read: (mode, now = new Date()) => readCase(mode, now),
    save,
    removeFrom,
    canSave: (mode) => store.canSave(mode, KEY),
    erase,
    hasAnything: () => hasAnything(backends),
    keptCopies: () => SAVE_MODES.flatMap((mode) => store.keptCopies(mode, KEY)),
    drafts,
  };
}
