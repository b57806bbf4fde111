import { isRecord } from '~/core/is-record';
import { APP_ID } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;
// Full ISO 8601 date and time with a zone, as toISOString() writes it; a bare "2026-03-01" is not ours.
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * How one kind of kept thing names itself at the top of its envelope. The family's answers came first
 * and carry no `kind` and a `schemaVersion` (their file format holds the same envelope, so it stays);
 * every later kind carries `kind` and `version`.
 */
export interface HeaderSpec {
  kind?: string;
  versionField: 'version' | 'schemaVersion';
  /** The version this code writes and reads; older ones are migrated, newer ones left alone. */
  version: number;
  /** Older than this is expired (answers only: the person was told when they would be forgotten). */
  maxAgeDays?: number;
}

export type HeaderError = 'corrupt' | 'wrong-app' | 'invalid' | 'too-new' | 'expired';

export type Header =
  | { ok: true; version: number; savedAt: Date; fromTheFuture: boolean; deleted: boolean }
  | { ok: false; error: HeaderError };

/** Checks an envelope's app, kind, version and savedAt, in that order; never throws. */
export function readHeader(data: unknown, spec: HeaderSpec, now: Date): Header {
  if (!isRecord(data)) return { ok: false, error: 'corrupt' };
  if (data.app !== APP_ID || (spec.kind !== undefined && data.kind !== spec.kind))
    return { ok: false, error: 'wrong-app' };
  const version = data[spec.versionField];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'invalid' };
  const written =
    typeof data.savedAt === 'string' && ISO_DATE_TIME.test(data.savedAt) ? new Date(data.savedAt) : undefined;
  if (!written || Number.isNaN(written.getTime())) return { ok: false, error: 'invalid' };
  // A save "from the future" (a wrong clock, or edited data) counts from now, so it still expires.
  const savedAt = written.getTime() > now.getTime() ? now : written;
  if (version > spec.version) return { ok: false, error: 'too-new' };
  // Expiry comes before migrating: the promise to forget old data holds even if it cannot be upgraded.
  if (spec.maxAgeDays !== undefined && now.getTime() - savedAt.getTime() > spec.maxAgeDays * DAY_MS)
    return { ok: false, error: 'expired' };
  return { ok: true, version, savedAt, fromTheFuture: savedAt !== written, deleted: data.deleted === true };
}
