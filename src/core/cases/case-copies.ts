import { mergeCaseSaves, type CaseClash } from './case-merge';
import type { CaseRecord, DraftRound } from './record';

/*
 * Two copies of one case, each worked on by someone (a case file on the trust's drive and the copy in
 * this browser, or a file from another device): the same entry-by-entry merge as two tabs
 * (case-merge.ts). Unlike two tabs, the team is asked about each entry both copies changed: the
 * other copy's value is not on any screen for them to check later. Everything else is kept without
 * asking, and nothing either copy added is ever lost.
 */

/** A case with nothing in it: the common ground of two copies when nobody knows what they started from. */
function nothingShared(record: CaseRecord): CaseRecord {
  return {
    id: record.id,
    createdAt: record.createdAt,
    changedAt: record.createdAt,
    setup: { answers: {}, skipped: [] },
    touchpoints: {},
    log: [],
    families: [],
    versions: [],
    draftComments: [],
  };
}

/**
 * The two copies merged, with the entries both changed differently (`mine` kept until the team chooses).
 * `base` is the copy both started from when it is known (the file as last read or written here):
 * without it, an entry the copies hold differently is asked about, and one only one copy holds is kept.
 */
export function mergeCaseCopies(
  mine: CaseRecord,
  theirs: CaseRecord,
  base?: CaseRecord,
): { merged: CaseRecord; conflicts: CaseClash[] } {
  const { merged, conflicts } = mergeCaseSaves(base ?? nothingShared(mine), mine, theirs);
  return { merged: { ...merged, log: [...merged.log].sort((a, b) => a.date.localeCompare(b.date)) }, conflicts };
}

/** The value each copy has for an entry both changed; undefined where that copy removed it. */
export function clashSides(clash: CaseClash, mine: CaseRecord, theirs: CaseRecord): [unknown, unknown] {
  return [entryOf(mine, clash), entryOf(theirs, clash)];
}

function entryOf(record: CaseRecord, { part, id }: CaseClash): unknown {
  switch (part) {
    case 'setup':
      return own(record.setup.answers, id);
    case 'touchpoints':
      return own(record.touchpoints, id);
    case 'log':
    case 'families':
    case 'versions':
      return (record[part] as { id: string }[]).find((entry) => entry.id === id);
    case 'owner':
      return record.owner;
    case 'comments': {
      const [exchange, field, key] = id.split(':') as [string, 'decisions' | 'where' | undefined, string];
      const round = record.draftComments?.find((r) => r.exchange === exchange);
      return field ? round && own(round[field] as Record<string, unknown>, key) : round;
    }
  }
}

const own = <V>(map: Record<string, V>, key: string): V | undefined =>
  Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;

function withKey<V>(map: Record<string, V>, key: string, value: V | undefined): Record<string, V> {
  const copy = { ...map };
  if (value === undefined) delete copy[key];
  else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function withEntry<V extends { id: string }>(list: readonly V[], id: string, value: V | undefined): V[] {
  const at = list.findIndex((entry) => entry.id === id);
  if (at < 0) return value ? [...list, value] : [...list];
  return value ? list.map((entry, i) => (i === at ? value : entry)) : list.filter((_, i) => i !== at);
}

/** The merged case with the other copy's value taken for each clash in `theirsFor` (the rest stay as merged). */
export function takeTheirs(merged: CaseRecord, theirs: CaseRecord, theirsFor: readonly CaseClash[]): CaseRecord {
  let out: CaseRecord = merged;
  for (const clash of theirsFor) {
    const value = entryOf(theirs, clash);
    const { part, id } = clash;
    if (part === 'setup')
      out = {
        ...out,
        setup: {
          ...out.setup,
          answers: withKey(out.setup.answers as Record<string, unknown>, id, value) as CaseRecord['setup']['answers'],
        },
      };
    else if (part === 'touchpoints') out = { ...out, touchpoints: withKey(out.touchpoints, id, value as string) };
    else if (part === 'log') out = { ...out, log: withEntry(out.log, id, value as CaseRecord['log'][number]) };
    else if (part === 'families')
      out = { ...out, families: withEntry(out.families, id, value as CaseRecord['families'][number]) };
    else if (part === 'versions')
      out = { ...out, versions: withEntry(out.versions, id, value as CaseRecord['versions'][number]) };
    else if (part === 'owner') {
      out = { ...out };
      delete out.owner;
      if (value !== undefined) out.owner = value as string;
    } else out = { ...out, draftComments: withRoundValue(out.draftComments ?? [], id, value) };
  }
  return out;
}

function withRoundValue(rounds: readonly DraftRound[], id: string, value: unknown): DraftRound[] {
  const [exchange, field, key] = id.split(':') as [string, 'decisions' | 'where' | undefined, string];
  if (!field) {
    const others = rounds.filter((r) => r.exchange !== exchange);
    return value ? [...others, value as DraftRound] : others;
  }
  return rounds.map((r) =>
    r.exchange === exchange ? { ...r, [field]: withKey(r[field] as Record<string, unknown>, key, value) } : r,
  );
}
