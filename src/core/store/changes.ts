import type { SavedCase } from './types';

/*
 * Which answers changed between two saves: the wizard stamps each change as it saves (in the first
 * load); merging two tabs' saves (merge.ts) loads only when it is needed.
 */

/** One question's state in a case: its answer, or that it was skipped, or neither. */
export interface Entry {
  answer?: unknown;
  skipped: boolean;
  /** ISO 8601, when known. */
  changedAt?: string;
  /** The changedAt of the answer this one replaced ('' when that had none); unknown for older saves. */
  basedOn?: string;
}

export const entryOf = (saved: SavedCase, id: string): Entry => ({
  ...(Object.hasOwn(saved.answers, id) ? { answer: (saved.answers as Record<string, unknown>)[id] } : {}),
  skipped: saved.skipped.includes(id),
  ...(saved.changedAt?.[id] ? { changedAt: saved.changedAt[id] } : {}),
  ...(saved.basedOn && id in saved.basedOn ? { basedOn: saved.basedOn[id] } : {}),
});

export const same = (a: Entry, b: Entry) => a.skipped === b.skipped && stable(a.answer) === stable(b.answer);

/** JSON with object keys sorted, so equal answers compare equal whatever order their keys were written in. */
function stable(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? 'undefined'
  );
}

/** Which questions differ between two cases (answers or skips). */
export function changedQuestions(before: SavedCase, after: SavedCase): string[] {
  const ids = new Set([
    ...Object.keys(before.answers),
    ...Object.keys(after.answers),
    ...before.skipped,
    ...after.skipped,
  ]);
  return [...ids].filter((id) => !same(entryOf(before, id), entryOf(after, id)));
}
