import type { Answers } from '../wizard/schema';
import type { SaveMode } from '../wizard/machine/context';
import type { StageMark } from '../wizard/journey';

export type { SaveMode, StageMark };

export const APP_ID = 'learn-together-wizard';

/** Where answers are kept. Everything this site stores starts with `prefix`, so erase can find it all. */
export const STORAGE_KEYS = {
  prefix: 'ltw:',
  answers: 'ltw:answers',
  // A verbatim copy of saved text that could not be read, so a later save never destroys it.
  unreadable: 'ltw:answers:unreadable',
} as const;

export interface SavedCase {
  answers: Answers;
  /** Question ids the person chose not to answer now. */
  skipped: string[];
  /** By stage id. */
  stageMarks: Record<string, StageMark>;
  /** Where they were, in the text form of src/wizard/position.ts ('hub', a step id, 'check-<stage>'...). */
  position: string;
  /** Private answers go on the investigation team's copy of the agreement. */
  privateOnTeamCopy?: boolean;
  /** When the agreement was last made (ISO 8601). */
  agreementMadeAt?: string;
}

export interface Envelope extends SavedCase {
  app: typeof APP_ID;
  schemaVersion: number;
  /** ISO 8601. */
  savedAt: string;
}

export type LoadErrorCode = 'corrupt' | 'wrong-app' | 'too-new' | 'invalid' | 'expired' | 'unavailable';

/** A saved case that was read, before we know which backend it came from. */
export interface LoadedCase {
  ok: true;
  saved: SavedCase;
  savedAt: Date;
  /** The schema version it was saved under, when it had to be upgraded. */
  migratedFrom?: number;
  /** Answers that could not be read, by question id: shown to the person, never silently dropped. */
  unreadable: Record<string, unknown>;
}

export type LoadResult =
  (LoadedCase & { mode: SaveMode }) | { ok: false; error: 'nothing-saved' } | { ok: false; error: LoadErrorCode };

/** What parseEnvelope gives: a LoadResult without `mode`. */
export type ParsedEnvelope =
  LoadedCase | { ok: false; error: 'nothing-saved' } | { ok: false; error: Exclude<LoadErrorCode, 'unavailable'> };

export type SaveResult =
  | { ok: true; savedAt: Date }
  | { ok: false; error: 'unavailable' | 'full' }
  | { ok: false; error: 'conflict'; theirs: LoadResult };

/** The part of the Web Storage interface we use; localStorage and sessionStorage both fit. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export interface CaseStore {
  load(now?: Date): LoadResult;
  save(saved: SavedCase, mode: SaveMode, options?: { now?: Date; force?: boolean }): SaveResult;
  /** Removes every key starting 'ltw:' from both backends. */
  erase(): { ok: boolean };
  /** True if any 'ltw:' key exists in either backend. */
  hasAnything(): boolean;
}
