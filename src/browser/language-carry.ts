/*
 * Answers carried to the same page in another language when they could not be saved (see
 * language-switch.ts). window.name stays within this tab, is never sent anywhere, and is emptied as soon
 * as the next page reads it. Loaded only when window.name says something was carried.
 */
import { parseEnvelope, type Draft, type LoadResult, type SaveMode } from '~/core/store';
import { CARRY_PREFIX } from './carry-prefix';

// A carry older than this was left by a switch that never arrived (a link opened in a new tab).
const FRESH_MS = 60_000;

/** Answers that could not be saved, as carried to the same page in another language. */
export interface CarriedCase {
  mode: SaveMode | null;
  envelope: string;
  drafts: Record<string, Draft>;
}

/** What a session starts from when answers were carried: as if loaded, with the mode chosen and the drafts. */
export interface CarriedSession {
  result: LoadResult;
  mode: SaveMode | null;
  drafts: Record<string, Draft>;
}

/** The answers the previous page carried, once (window.name is emptied); undefined if none could be read. */
export function takeCarriedSession(maxAgeDays: number): CarriedSession | undefined {
  try {
    const { mode, envelope, drafts } = JSON.parse(takeCarried()!) as CarriedCase;
    const parsed = parseEnvelope(envelope, { now: new Date(), maxAgeDays });
    if (parsed.ok) return { result: { ...parsed, mode: 'device' }, mode, drafts: drafts ?? {} };
  } catch {
    // Nothing carried, or something this version cannot read: start as if nothing was.
  }
  return undefined;
}

/** What the previous page carried to this one, once; undefined if nothing (or something stale) was. */
export function takeCarried(now = Date.now()): string | undefined {
  if (!window.name.startsWith(CARRY_PREFIX)) return undefined;
  const raw = window.name.slice(CARRY_PREFIX.length);
  window.name = '';
  try {
    const { to, at, text } = JSON.parse(raw) as { to?: unknown; at?: unknown; text?: unknown };
    const fresh = typeof at === 'number' && at <= now && now - at < FRESH_MS;
    return fresh && to === window.location.pathname && typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}
