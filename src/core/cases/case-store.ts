import type { HeaderSpec } from '~/core/store/header';
import { keptKeyOf } from '~/core/store/kept-copies';
import { MemoryStorage } from '~/core/store/memory-storage';
import type { Migration } from '~/core/store/migrations';
import { STORAGE_KEYS, type Backends, type KeptCopy, type SaveMode, type Where } from '~/core/store/types';
import { keysIn, parseVersioned, removeEntry, removeKeptCopy, writeHeader } from '~/core/store/versioned-kind';
import { createVersionedStore, type Kind, type StoreError } from '~/core/store/versioned-store';
import { mergeCaseSaves, type CaseClash } from './case-merge';
import { readCaseRecord, type CaseRecord } from './record';

/*
 * The investigation team's cases on this device, each under its own key so each is kept apart:
 * `ltw:team-case:<id>`, in sessionStorage ("only in this tab", the default: investigators often use
 * shared computers) or in localStorage ("on this device"); only on this page when neither will keep
 * it. The `ltw:` prefix puts them in "Delete everything". A kind of the one store (src/core/store/):
 * a case that cannot be read is listed as such and never written over without a copy kept; two tabs'
 * saves are merged entry by entry (case-merge.ts); a deleted case leaves a marker no tab saves over.
 */

export const CASE_KEY_PREFIX = STORAGE_KEYS.teamCasePrefix;
export const CASE_KIND = 'team-case';
/** Version 2 added deletion markers; a version 1 reader leaves one alone as too new instead of calling it broken. */
export const CASE_VERSION = 2;
const SPEC: HeaderSpec & { tombstones: true } = {
  kind: CASE_KIND,
  versionField: 'version',
  version: CASE_VERSION,
  tombstones: true,
};
export const CASE_MIGRATIONS: Record<number, Migration> = {
  /** Version 1 to 2: the record is unchanged; only deleted cases look different. */
  1: (envelope) => envelope,
};

export const TEAM_CASE_KIND: Kind<CaseRecord, undefined, CaseClash> = {
  spec: SPEC,
  parse: parseVersioned(SPEC, CASE_MIGRATIONS, (envelope, key) => {
    const record = readCaseRecord(envelope.record);
    return record && key === CASE_KEY_PREFIX + record.id ? record : undefined;
  }),
  encode: (record, now) => JSON.stringify({ ...writeHeader(SPEC, now), record }),
  merge: mergeCaseSaves,
};

export interface StoredCase {
  ok: true;
  record: CaseRecord;
  mode: Where;
  savedAt: string;
}
export interface UnreadableCase {
  ok: false;
  key: string;
  mode: Where;
  /** The text as it was, for the team to download. */
  raw: string;
  why: 'corrupt' | 'too-new';
  /** Set when this is a copy kept aside before a save wrote over it. */
  copy?: KeptCopy;
}
export type ListedCase = StoredCase | UnreadableCase;

export type CaseSaveResult =
  | {
      ok: true;
      where: Where;
      /** Why it is not where it was (storage full or blocked there): closing the tab or page loses more. */
      movedBecause?: StoreError;
      /** Entries changed in another tab too: this tab's version was kept. */
      clashes: CaseClash[];
    }
  | { ok: false; error: StoreError };

export interface TeamCaseStore {
  list(): ListedCase[];
  get(id: string): StoredCase | undefined;
  /** A case new to this browser (set up, or opened from a file), only where the team chose. */
  create(record: CaseRecord, mode: SaveMode, now?: Date): boolean;
  /** The same as create, saying why the browser would not keep it (no space left, or saving blocked). */
  createOrSayWhy(record: CaseRecord, mode: SaveMode, now?: Date): { ok: true } | { ok: false; error: StoreError };
  /**
   * Saves a changed case where `from` was read, merging what another tab saved since; where that storage
   * will not keep it, in this tab, then only on this page. Never over a case deleted since.
   */
  save(record: CaseRecord, from: StoredCase, now?: Date): CaseSaveResult;
  /** Deletes the case everywhere, leaving markers so no other tab brings it back. */
  remove(id: string): void;
  removeUnreadable(entry: UnreadableCase): void;
  canSave(mode: SaveMode): boolean;
  /** Whether a storage change under `key` (null: everything cleared) is about cases. */
  concerns(key: string | null): boolean;
}

const PLACES: readonly Where[] = ['memory', 'tab', 'device'];
const FALLBACK: Record<Where, readonly Where[]> = {
  device: ['device', 'tab', 'memory'],
  tab: ['tab', 'memory'],
  memory: ['memory'],
};
const KEPT_SUFFIX = keptKeyOf('');

export function createTeamCaseStore(backends: Backends): TeamCaseStore {
  const store = createVersionedStore(backends, TEAM_CASE_KIND);
  // Only while this page is open: when neither storage will keep the case.
  const page = new MemoryStorage();
  const pageStore = createVersionedStore({ local: () => page, session: () => page }, TEAM_CASE_KIND);
  const at = (where: Where) => (where === 'memory' ? ([pageStore, 'tab'] as const) : ([store, where] as const));

  const list = (): ListedCase[] => {
    const found = new Map<string, ListedCase>();
    const unreadable: ListedCase[] = [];
    for (const where of PLACES) {
      const [engine, mode] = at(where);
      for (const key of keysIn(engine, mode, CASE_KEY_PREFIX)) {
        if (key.endsWith(KEPT_SUFFIX)) {
          const of = key.slice(0, -KEPT_SUFFIX.length);
          for (const copy of engine.keptCopies(mode, of))
            unreadable.push({ ok: false, key: of, mode: where, raw: copy.text, why: 'corrupt', copy });
          continue;
        }
        const read = engine.read(mode, key);
        if (read.ok) {
          if (!found.has(key))
            found.set(key, { ok: true, record: read.value, mode: where, savedAt: iso(read.savedAt) });
        } else if (read.raw !== undefined)
          unreadable.push({
            ok: false,
            key,
            mode: where,
            raw: read.raw,
            why: read.error === 'too-new' ? 'too-new' : 'corrupt',
          });
      }
    }
    const cases = [...found.values()] as StoredCase[];
    return [...cases.sort((a, b) => b.record.changedAt.localeCompare(a.record.changedAt)), ...unreadable];
  };

  const get = (id: string): StoredCase | undefined => {
    for (const where of PLACES) {
      const [engine, mode] = at(where);
      const read = engine.read(mode, CASE_KEY_PREFIX + id);
      if (read.ok) return { ok: true, record: read.value, mode: where, savedAt: iso(read.savedAt) };
      // Deleted here: an older copy elsewhere must not take its place.
      if (read.error === 'deleted') return undefined;
    }
    return undefined;
  };

  const save = (record: CaseRecord, from: StoredCase, now = new Date()): CaseSaveResult => {
    const key = CASE_KEY_PREFIX + record.id;
    let movedBecause: StoreError | undefined;
    for (const where of FALLBACK[from.mode]) {
      const [engine, mode] = at(where);
      const moved = where !== from.mode;
      // Where it was read: merge what changed there since. Somewhere new: this tab's case as it is.
      const base = moved ? undefined : { value: from.record, savedAt: new Date(from.savedAt) };
      let result = engine.save(mode, key, record, { now, base, force: moved });
      let clashes: CaseClash[] = [];
      if (!result.ok && result.error === 'conflict') {
        clashes = result.merge?.conflicts ?? [];
        result = engine.save(mode, key, result.merge?.merged ?? record, { now, force: true });
      }
      if (result.ok) return { ok: true, where, clashes, ...(movedBecause ? { movedBecause } : {}) };
      if (result.error === 'deleted') return { ok: false, error: 'deleted' };
      movedBecause ??= result.error === 'conflict' ? 'unavailable' : result.error;
    }
    return { ok: false, error: movedBecause ?? 'unavailable' };
  };

  const createOrSayWhy = (record: CaseRecord, mode: SaveMode, now = new Date()) => {
    const result = store.save(mode, CASE_KEY_PREFIX + record.id, record, { now, revive: true });
    return result.ok
      ? { ok: true as const }
      : { ok: false as const, error: result.error === 'conflict' ? 'unavailable' : result.error };
  };

  return {
    list,
    get,
    save,
    create: (record, mode, now) => createOrSayWhy(record, mode, now).ok,
    createOrSayWhy,
    remove(id) {
      for (const where of PLACES) {
        const [engine, mode] = at(where);
        removeEntry(engine, SPEC, mode, CASE_KEY_PREFIX + id);
      }
    },
    removeUnreadable(entry) {
      const [engine, mode] = at(entry.mode);
      if (entry.copy) return removeKeptCopy(engine, mode, entry.key, entry.copy);
      try {
        engine.storage(mode)?.removeItem(entry.key);
      } catch {
        // Still listed: the team can try again, or delete everything.
      }
    },
    canSave: (mode) => store.canSave(mode),
    concerns: (key) => key === null || key.startsWith(CASE_KEY_PREFIX),
  };
}

const iso = (date: Date) => date.toISOString();
