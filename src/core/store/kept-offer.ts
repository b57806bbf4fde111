import { openStorage, readItem, SAVE_MODES } from './access';
import { readKeptCopies, writeKeptCopies } from './kept-copies';
import { APP_ID, STORAGE_KEYS, type Backends, type KeptCopy, type SaveMode } from './types';

/*
 * Copies of saved answers that could not be read are offered on every visit (task list, delete page)
 * until the person downloads or deletes them; and someone keeping answers only in a tab can remove what
 * an earlier visit left on a shared device.
 */

const KEPT = STORAGE_KEYS.kept;

function eachKept(backends: Backends, modes: readonly SaveMode[], change: (copies: KeptCopy[]) => KeptCopy[]) {
  let ok = true;
  for (const mode of modes) {
    const storage = openStorage(backends, mode);
    if (!storage) continue;
    try {
      const copies = readKeptCopies(storage, KEPT, new Date());
      if (copies.length) writeKeptCopies(storage, KEPT, change(copies));
    } catch {
      ok = false;
    }
  }
  return ok;
}

/** Kept copies not downloaded yet, oldest first, from either storage. */
export function copiesToOffer(backends: Backends, modes: readonly SaveMode[] = SAVE_MODES): KeptCopy[] {
  return modes
    .flatMap((mode) => {
      const storage = openStorage(backends, mode);
      try {
        return storage ? readKeptCopies(storage, KEPT, new Date()) : [];
      } catch {
        return [];
      }
    })
    .filter((copy) => !copy.downloadedAt)
    .sort((a, b) => a.keptAt.localeCompare(b.keptAt));
}

/** What a download of these copies holds: one copy's text as it was saved, or every copy in one list. */
export const keptCopiesText = (copies: readonly KeptCopy[]): string =>
  copies.length === 1
    ? copies[0]!.text
    : JSON.stringify({ app: APP_ID, copies: copies.map(({ keptAt, text }) => ({ keptAt, text })) });

/** Remembers that the person has these copies now, so they are no longer offered. */
export const markDownloaded = (backends: Backends, copies: readonly KeptCopy[], now = new Date()) =>
  eachKept(backends, SAVE_MODES, (all) =>
    all.map((c) => (copies.some((d) => d.text === c.text) ? { ...c, downloadedAt: now.toISOString() } : c)),
  );

/** Deletes every kept copy, in both storages; true when none is left. */
export const deleteKeptCopies = (backends: Backends) =>
  eachKept(backends, SAVE_MODES, () => []) && copiesLeft(backends) === 0;

const copiesLeft = (backends: Backends) =>
  SAVE_MODES.reduce((n, mode) => {
    const storage = openStorage(backends, mode);
    return n + (storage ? readKeptCopies(storage, KEPT, new Date()).length : 0);
  }, 0);

/** What an earlier visit left on this device that could not be read: the original as it is, and kept copies. */
export interface LeftOnDevice {
  /** The saved text that could not be read, still under the answers' key. */
  original?: { text: string; savedAt?: Date };
  copies: KeptCopy[];
}

/** What is left on the device: `original` only while the answers' key still holds exactly that text. */
export function leftOnDevice(backends: Backends, original: string | undefined): LeftOnDevice {
  const storage = openStorage(backends, 'device');
  if (!storage) return { copies: [] };
  const there = original !== undefined && readItem(storage, STORAGE_KEYS.answers) === original;
  let copies: KeptCopy[] = [];
  try {
    copies = readKeptCopies(storage, KEPT, new Date());
  } catch {
    // Nothing we can read, nothing we offer to remove.
  }
  return { ...(there ? { original: { text: original, savedAt: savedAtOf(original) } } : {}), copies };
}

/** Removes what leftOnDevice found; true when it is gone. */
export function removeLeftOnDevice(backends: Backends, left: LeftOnDevice): boolean {
  const storage = openStorage(backends, 'device');
  if (!storage) return false;
  try {
    if (left.original && storage.getItem(STORAGE_KEYS.answers) === left.original.text)
      storage.removeItem(STORAGE_KEYS.answers);
    storage.removeItem(KEPT);
    return storage.getItem(KEPT) === null && storage.getItem(STORAGE_KEYS.answers) !== left.original?.text;
  } catch {
    return false;
  }
}

/** When unreadable text says it was saved, if it says so in a form we can read. */
function savedAtOf(text: string): Date | undefined {
  try {
    const data: unknown = JSON.parse(text);
    const at = typeof data === 'object' && data && 'savedAt' in data ? Date.parse(String(data.savedAt)) : NaN;
    return Number.isFinite(at) ? new Date(at) : undefined;
  } catch {
    return undefined;
  }
}
