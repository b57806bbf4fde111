import type { Answers } from '~/core/journey/schema';
import type { SaveMode } from '~/core/journey/machine/context';
import type { StageMark } from '~/core/journey/journey';

export type { SaveMode, StageMark };

/** Where something is really kept: as chosen (this device, this tab), or only on this page when neither works. */
export type Where = SaveMode | 'memory';

export const APP_ID = 'learn-together-wizard';

/** Where answers are kept. Everything this site stores starts with `prefix`, so erase can find it all. */
export const STORAGE_KEYS = {
  prefix: 'ltw:',
  answers: 'ltw:answers',
  /** Verbatim copies of saved text that could not be read in full, so a later save never destroys it. */
  kept: 'ltw:answers:unreadable',
  /** What is being typed on a question page, before Continue. */
  drafts: 'ltw:drafts',
  /** Written and removed at once, to find out whether saving works at all. */
  probe: 'ltw:probe',
  /** The family's copy of their investigation team's details (src/core/store/case-details-store.ts). */
  caseDetails: 'ltw:case',
  /** The family's link, kept in the tab while they decide whether the details are right. */
  pendingLink: 'ltw:link:pending',
  /** Each of the investigation team's cases, under this and the case's id. */
  teamCasePrefix: 'ltw:team-case:',
  /** The name the investigator gave in this tab, so entries say who made them. */
  workingAs: 'ltw:team-working-as',
  /** The IndexedDB database that remembers which file on the trust's drive each case is saved to. */
  caseFilesDatabase: 'ltw-case-files',
  /** The service worker's cache of the site's own pages and files (never answers), under this and the build's version. */
  offlineCachePrefix: 'ltw-offline-',
} as const;

/** How window.name starts while a page carries answers to the same page in another language. */
export const CARRY_PREFIX = 'ltw-carry:';

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
  /** When each question's answer (or skip) last changed (ISO 8601), so two tabs can merge answer by answer. */
  changedAt?: Record<string, string>;
  /**
   * For each changed answer, the changedAt of the answer it replaced ('' for one never stamped): another
   * tab's change made without seeing this tab's newer answer is then a conflict, not a silent replacement.
   */
  basedOn?: Record<string, string>;
}

export interface Envelope extends SavedCase {
  app: typeof APP_ID;
  schemaVersion: number;
  /** ISO 8601. */
  savedAt: string;
}

export type LoadErrorCode = 'corrupt' | 'wrong-app' | 'too-new' | 'invalid' | 'expired' | 'unavailable';

/**
 * Whether saved text that could not be read in full was copied aside: 'kept' (and read back to check),
 * 'failed' (nothing will overwrite the original), or 'left-alone' (another version's or app's data, never touched).
 */
export type KeptState = 'kept' | 'failed' | 'left-alone';

/** A saved case that was read, before we know which backend it came from. */
export interface LoadedCase {
  ok: true;
  saved: SavedCase;
  savedAt: Date;
  /** The schema version it was saved under, when it had to be upgraded. */
  migratedFrom?: number;
  /** Answers that could not be read, by question id: shown to the person, never silently dropped. */
  unreadable: Record<string, unknown>;
  /** Questions whose saved answer was longer than the schema allows and was cut to fit. */
  capped: string[];
  /** Saved "later than now" (a wrong clock, or edited data): counted as saved now. */
  fromTheFuture?: true;
  /** Set when part of what was saved could not be used as it was (unreadable or capped). */
  kept?: KeptState;
  /** The saved text as it was, when `kept` is set: the person can download it whatever happened to the copy. */
  raw?: string;
}

/** Why nothing could be loaded: where (when known), and what became of the text that is there. */
export interface LoadProblem {
  ok: false;
  error: 'nothing-saved' | LoadErrorCode;
  mode?: SaveMode;
  kept?: KeptState;
  raw?: string;
}

export type LoadResult = (LoadedCase & { mode: SaveMode }) | LoadProblem;

/** What parseEnvelope gives: a LoadResult without `mode`. */
export type ParsedEnvelope =
  LoadedCase | { ok: false; error: 'nothing-saved' } | { ok: false; error: Exclude<LoadErrorCode, 'unavailable'> };

/**
 * 'left-alone': that storage holds another version's or app's data, which we never overwrite;
 * 'copy-failed': some saved text could not be copied aside, so it is not overwritten either.
 */
export type SaveError = 'unavailable' | 'full' | 'left-alone' | 'copy-failed';

export type SaveResult =
  | { ok: true; savedAt: Date }
  | { ok: false; error: SaveError }
  | { ok: false; error: 'conflict'; theirs: LoadedCase & { mode: SaveMode } };

/** The part of the Web Storage interface we use; localStorage and sessionStorage both fit. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** The two storages: local for 'device', session for 'tab'. Reaching either may throw (site data blocked). */
export interface Backends {
  local: () => StorageLike;
  session: () => StorageLike;
}

/** Text kept aside because it could not be read in full; downloadable, and deleted with the answers. */
export interface KeptCopy {
  keptAt: string;
  text: string;
  /** When the person downloaded it: from then on it is no longer offered (it stays until deleted or forgotten). */
  downloadedAt?: string;
}

/** What is typed on a question page before Continue, by question id. */
export interface Draft {
  value: unknown;
  /** ISO 8601. */
  at: string;
}

/** The family's answers on this device (src/core/store/answers-store.ts). */
export interface AnswersStore {
  /** Resolves once everything saved here can be read: fetches the upgrades of an older version's answers first. */
  prepare(): Promise<void>;
  /** What is saved: this tab's own answers first, then the device's. */
  load(now?: Date): LoadResult;
  /** Reads one storage only (another tab's save), and takes it as the version this tab has seen. */
  read(mode: SaveMode, now?: Date): LoadResult;
  save(saved: SavedCase, mode: SaveMode, options?: { now?: Date; force?: boolean }): SaveResult;
  /** Removes this tab's answers from one storage (after switching how they are kept), unless another tab saved since. */
  removeFrom(mode: SaveMode): void;
  /** Whether saving in this storage works: it can be reached and written. */
  canSave(mode: SaveMode): boolean;
  /** Removes every key starting 'ltw:' from both backends. */
  erase(): { ok: boolean };
  /** True if any 'ltw:' key exists in either backend; undefined when a backend could not be looked at. */
  hasAnything(): boolean | undefined;
  /** Every copy of unreadable text kept in either storage. */
  keptCopies(): KeptCopy[];
  drafts: {
    load(mode: SaveMode, now?: Date): Record<string, Draft>;
    save(mode: SaveMode, id: string, value: unknown, now?: Date): boolean;
    clear(mode: SaveMode, id: string): void;
  };
}
