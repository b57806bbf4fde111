import { isRecord } from '~/core/is-record';
import { APP_ID, type KeptCopy, type StorageLike } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where the copies of what was under `key` are kept: for the answers, 'ltw:answers:unreadable'. */
export const keptKeyOf = (key: string) => `${key}:unreadable`;

/**
 * Copies of saved text that could not be read in full. Stored as one JSON list; an older version of this
 * tool wrote the bare text instead, which is read as one copy kept now.
 */
export function readKeptCopies(storage: StorageLike, keptKey: string, now: Date): KeptCopy[] {
  const text = storage.getItem(keptKey);
  if (text === null) return [];
  try {
    const data: unknown = JSON.parse(text);
    if (isRecord(data) && data.app === APP_ID && Array.isArray(data.copies)) {
      return data.copies.filter(
        (c): c is KeptCopy => isRecord(c) && typeof c.text === 'string' && typeof c.keptAt === 'string',
      );
    }
  } catch {
    // Not our list: the bare text an older version kept.
  }
  return [{ keptAt: now.toISOString(), text }];
}

/**
 * Adds a copy (once per distinct text), then reads it back: true only if the copy is really there.
 * Copies older than `maxAgeDays` are dropped, as the answers they came from would have been.
 */
export function keepCopy(storage: StorageLike, keptKey: string, text: string, now: Date, maxAgeDays: number): boolean {
  try {
    const copies = fresh(readKeptCopies(storage, keptKey, now), now, maxAgeDays);
    if (!copies.some((c) => c.text === text)) copies.push({ keptAt: now.toISOString(), text });
    storage.setItem(keptKey, JSON.stringify({ app: APP_ID, copies }));
    return readKeptCopies(storage, keptKey, now).some((c) => c.text === text);
  } catch {
    return false;
  }
}

/** Drops copies older than `maxAgeDays`; removes the key when none is left. */
export function expireKeptCopies(storage: StorageLike, keptKey: string, now: Date, maxAgeDays: number): void {
  try {
    const copies = readKeptCopies(storage, keptKey, now);
    const kept = fresh(copies, now, maxAgeDays);
    if (kept.length === copies.length) return;
    writeKeptCopies(storage, keptKey, kept);
  } catch {
    // Left for the next load; erase removes it in any case.
  }
}

/** Writes the list back; removes the key when none is left. */
export function writeKeptCopies(storage: StorageLike, keptKey: string, copies: KeptCopy[]): void {
  if (copies.length === 0) storage.removeItem(keptKey);
  else storage.setItem(keptKey, JSON.stringify({ app: APP_ID, copies }));
}

const fresh = (copies: KeptCopy[], now: Date, maxAgeDays: number) =>
  copies.filter((c) => {
    const at = Date.parse(c.keptAt);
    return Number.isFinite(at) && now.getTime() - Math.min(at, now.getTime()) <= maxAgeDays * DAY_MS;
  });
