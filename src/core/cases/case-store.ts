import { APP_ID } from '~/core/store/types';
import { readCaseRecord, type CaseRecord } from './record';

/*
 * The investigation team's cases on this device, each under its own key so each is kept apart:
 * `ltw:team-case:<id>`, in sessionStorage ("only in this tab", the default: investigators often use
 * shared computers) or in localStorage ("on this device"). The `ltw:` prefix puts them in "Delete
 * everything". A case that cannot be read is listed as such and never overwritten.
 */

export const CASE_KEY_PREFIX = 'ltw:team-case:';
export const CASE_KIND = 'team-case';
export const CASE_VERSION = 1;

export type CaseMode = 'tab' | 'device';

export interface StoredCase {
  ok: true;
  record: CaseRecord;
  mode: CaseMode;
  savedAt: string;
}
export interface UnreadableCase {
  ok: false;
  key: string;
  mode: CaseMode;
  /** The text as it was, for the team to download. */
  raw: string;
  why: 'corrupt' | 'too-new';
}
export type ListedCase = StoredCase | UnreadableCase;

export interface Backends {
  local: () => Storage;
  session: () => Storage;
}

export interface CaseStore {
  list(): ListedCase[];
  get(id: string): StoredCase | undefined;
  /** False when the browser would not keep it (storage full or blocked). */
  save(record: CaseRecord, mode: CaseMode, now: Date): boolean;
  remove(id: string): void;
  removeKey(key: string): void;
  canSave(mode: CaseMode): boolean;
}

export function createCaseStore(backends: Backends): CaseStore {
  const storage = (mode: CaseMode): Storage | undefined => {
    try {
      return mode === 'device' ? backends.local() : backends.session();
    } catch {
      return undefined;
    }
  };
  const keysIn = (store: Storage | undefined): string[] => {
    if (!store) return [];
    const keys: string[] = [];
    try {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        if (key?.startsWith(CASE_KEY_PREFIX)) keys.push(key);
      }
    } catch {
      return [];
    }
    return keys;
  };
  const readKey = (mode: CaseMode, key: string): ListedCase | undefined => {
    let raw: string | null = null;
    try {
      raw = storage(mode)?.getItem(key) ?? null;
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    return parseStoredCase(raw, key, mode);
  };
  const list = () =>
    (['tab', 'device'] as const)
      .flatMap((mode) => keysIn(storage(mode)).map((key) => readKey(mode, key)))
      .filter((c): c is ListedCase => c !== undefined)
      .sort((a, b) => (a.ok && b.ok ? b.record.changedAt.localeCompare(a.record.changedAt) : a.ok ? -1 : 1));

  return {
    list,
    get: (id) => {
      for (const mode of ['tab', 'device'] as const) {
        const found = readKey(mode, CASE_KEY_PREFIX + id);
        if (found?.ok) return found;
      }
      return undefined;
    },
    save(record, mode, now) {
      const text = JSON.stringify({
        app: APP_ID,
        kind: CASE_KIND,
        version: CASE_VERSION,
        savedAt: now.toISOString(),
        record,
      });
      try {
        const store = storage(mode);
        if (!store) return false;
        store.setItem(CASE_KEY_PREFIX + record.id, text);
        // Moved between "this tab" and "this device": only one copy, where the team chose.
        storage(mode === 'tab' ? 'device' : 'tab')?.removeItem(CASE_KEY_PREFIX + record.id);
        return true;
      } catch {
        return false;
      }
    },
    remove(id) {
      this.removeKey(CASE_KEY_PREFIX + id);
    },
    removeKey(key) {
      for (const mode of ['tab', 'device'] as const) {
        try {
          storage(mode)?.removeItem(key);
        } catch {
          // Nothing to remove where storage is blocked.
        }
      }
    },
    canSave(mode) {
      const store = storage(mode);
      if (!store) return false;
      try {
        store.setItem('ltw:probe', '1');
        store.removeItem('ltw:probe');
        return true;
      } catch {
        return false;
      }
    },
  };
}

export function parseStoredCase(raw: string, key: string, mode: CaseMode): ListedCase {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, key, mode, raw, why: 'corrupt' };
  }
  const envelope = data as { app?: unknown; kind?: unknown; version?: unknown; savedAt?: unknown; record?: unknown };
  if (envelope?.app !== APP_ID || envelope.kind !== CASE_KIND || typeof envelope.version !== 'number')
    return { ok: false, key, mode, raw, why: 'corrupt' };
  if (envelope.version > CASE_VERSION) return { ok: false, key, mode, raw, why: 'too-new' };
  const record = readCaseRecord(envelope.record);
  if (!record || key !== CASE_KEY_PREFIX + record.id) return { ok: false, key, mode, raw, why: 'corrupt' };
  return {
    ok: true,
    record,
    mode,
    savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : record.changedAt,
  };
}
