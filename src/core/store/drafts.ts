import { isRecord } from '~/core/is-record';
import { APP_ID, STORAGE_KEYS, type Draft, type StorageLike } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Drafts saved in one storage, newer than `maxAgeDays`; anything unreadable reads as no drafts (they are not answers). */
export function readDrafts(storage: StorageLike, now: Date, maxAgeDays: number): Record<string, Draft> {
  const drafts: Record<string, Draft> = {};
  try {
    const data: unknown = JSON.parse(storage.getItem(STORAGE_KEYS.drafts) ?? 'null');
    if (!isRecord(data) || data.app !== APP_ID || !isRecord(data.drafts)) return drafts;
    for (const [id, draft] of Object.entries(data.drafts)) {
      if (!isRecord(draft) || typeof draft.at !== 'string') continue;
      const at = Date.parse(draft.at);
      if (!Number.isFinite(at) || now.getTime() - at > maxAgeDays * DAY_MS) continue;
      drafts[id] = { value: draft.value, at: at > now.getTime() ? now.toISOString() : draft.at };
    }
  } catch {
    // No drafts.
  }
  return drafts;
}

export function writeDrafts(storage: StorageLike, drafts: Record<string, Draft>): void {
  if (Object.keys(drafts).length === 0) storage.removeItem(STORAGE_KEYS.drafts);
  else storage.setItem(STORAGE_KEYS.drafts, JSON.stringify({ app: APP_ID, drafts }));
}
