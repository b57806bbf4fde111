import type { CaseRecord, DraftRound } from './record';
import { mergeCorrections } from './authorship';

/*
 * One case saved from two tabs: a three-way merge, entry by entry, of what this tab started from
 * (`base`), what it saves now (`mine`) and what the other tab saved since (`theirs`). Log entries,
 * family members, agreement versions and draft comment rounds are matched by id; touchpoint dates,
 * setup answers, a round's decisions and notes by key. An entry one tab added, changed or removed
 * takes that tab's side; an entry both tabs changed the same way is simply kept.
 *
 * An entry both tabs changed differently (the same touchpoint given two dates, one setup answer typed
 * two ways) is a clash. This tab's version is kept, and the page says so. We do not ask: the
 * investigator has just pressed Save on the page in front of them and expects what they see to stay.
 * The other tab's value is still on the other tab's screen for them to check. Asking would stop the
 * save behind a choice about an entry they may not remember changing there. Nothing either tab added is
 * lost either way, because additions never clash. Two copies of a case kept as files are different:
 * there the team is asked about each clash (case-copies.ts), with this same merge.
 */

export type CasePart = 'setup' | 'touchpoints' | 'log' | 'families' | 'versions' | 'comments' | 'owner';

/**
 * An entry both tabs changed differently: this tab's version was kept. For a comments round the id is
 * the round's exchange, or `<exchange>:decisions:<comment>` / `<exchange>:where:<comment>`.
 */
export interface CaseClash {
  part: CasePart;
  id: string;
}

/** JSON with object keys sorted, so equal entries compare equal whatever order their keys were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  ) ?? 'undefined';
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

type Combine<V> = (base: V | undefined, mine: V, theirs: V) => V;

/** Three-way by key over maps; `combine` settles an entry both sides changed (otherwise a clash, mine kept). */
function mergeMaps<V>(
  base: Map<string, V>,
  mine: Map<string, V>,
  theirs: Map<string, V>,
  clash: (id: string) => void,
  combine?: Combine<V>,
): Map<string, V> {
  const out = new Map<string, V>();
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const [b, m, t] = [base.get(id), mine.get(id), theirs.get(id)];
    let value: V | undefined;
    if (same(m, t) || same(t, b)) value = m;
    else if (same(m, b)) value = t;
    else if (m !== undefined && t !== undefined && combine) value = combine(b, m, t);
    else {
      clash(id);
      value = m;
    }
    if (value !== undefined) out.set(id, value);
  }
  return out;
}

const entries = <V>(record: Record<string, V>) => new Map(Object.entries(record));

function mergeRecords<V>(
  base: Record<string, V>,
  mine: Record<string, V>,
  theirs: Record<string, V>,
  clash: (id: string) => void,
): Record<string, V> {
  return Object.fromEntries(mergeMaps(entries(base), entries(mine), entries(theirs), clash));
}

/** Lists of entries with ids, in this tab's order with the other tab's new entries after. */
function mergeLists<V>(
  base: readonly V[],
  mine: readonly V[],
  theirs: readonly V[],
  idOf: (v: V) => string,
  clash: (id: string) => void,
  combine?: Combine<V>,
): V[] {
  const byId = (list: readonly V[]) => new Map(list.map((v) => [idOf(v), v]));
  return [...mergeMaps(byId(base), byId(mine), byId(theirs), clash, combine).values()];
}

/** Files received and replies made are only ever added: both tabs' are kept, each once. */
const union = <V>(mine: readonly V[], theirs: readonly V[]) => [
  ...mine,
  ...theirs.filter((t) => !mine.some((m) => same(m, t))),
];

function mergeRounds(rounds: [DraftRound[], DraftRound[], DraftRound[]], clash: (c: CaseClash) => void) {
  const [base, mine, theirs] = rounds;
  return mergeLists(
    base,
    mine,
    theirs,
    (r) => r.exchange,
    (id) => clash({ part: 'comments', id }),
    (b, m, t) => ({
      exchange: m.exchange,
      received: union(m.received, t.received),
      replies: union(m.replies, t.replies),
      decisions: mergeRecords(b?.decisions ?? {}, m.decisions, t.decisions, (id) =>
        clash({ part: 'comments', id: `${m.exchange}:decisions:${id}` }),
      ),
      where: mergeRecords(b?.where ?? {}, m.where, t.where, (id) =>
        clash({ part: 'comments', id: `${m.exchange}:where:${id}` }),
      ),
    }),
  );
}

const later = (a: string | undefined, b: string | undefined) => (a === undefined || (b !== undefined && b > a) ? b : a);

/** The case with both tabs' changes; `conflicts` lists the entries both changed differently (this tab's kept). */
export function mergeCaseSaves(
  base: CaseRecord,
  mine: CaseRecord,
  theirs: CaseRecord,
): { merged: CaseRecord; conflicts: CaseClash[] } {
  const conflicts: CaseClash[] = [];
  const clashIn = (part: CasePart) => (id: string) => conflicts.push({ part, id });
  const skips = (record: CaseRecord) => Object.fromEntries(record.setup.skipped.map((id) => [id, true] as const));
  const linkMadeAt = same(mine.linkMadeAt, base.linkMadeAt)
    ? theirs.linkMadeAt
    : later(mine.linkMadeAt, theirs.linkMadeAt);
  const rounds = mergeRounds([base.draftComments ?? [], mine.draftComments ?? [], theirs.draftComments ?? []], (c) =>
    conflicts.push(c),
  );
  const merged: CaseRecord = {
    ...mine,
    changedAt: later(mine.changedAt, theirs.changedAt)!,
    setup: {
      answers: mergeRecords(base.setup.answers, mine.setup.answers, theirs.setup.answers, clashIn('setup')),
      skipped: Object.keys(mergeRecords(skips(base), skips(mine), skips(theirs), clashIn('setup'))),
    },
    touchpoints: mergeRecords(base.touchpoints, mine.touchpoints, theirs.touchpoints, clashIn('touchpoints')),
    // A log entry corrected on both sides keeps both corrections (the later shown, the other as earlier text).
    log: mergeLists(
      base.log,
      mine.log,
      theirs.log,
      (e) => e.id,
      clashIn('log'),
      (_b, m, t) => mergeCorrections(m, t),
    ),
    families: mergeLists(base.families, mine.families, theirs.families, (f) => f.id, clashIn('families')),
    versions: mergeLists(base.versions, mine.versions, theirs.versions, (v) => v.id, clashIn('versions')),
  };
  const owner = mergeRecords(
    { owner: base.owner },
    { owner: mine.owner },
    { owner: theirs.owner },
    clashIn('owner'),
  ).owner;
  const history = union(mine.history ?? [], theirs.history ?? []).sort((a, b) => a.at.localeCompare(b.at));
  delete merged.owner;
  if (owner !== undefined) merged.owner = owner;
  delete merged.history;
  if (history.length > 0) merged.history = history;
  delete merged.linkMadeAt;
  if (linkMadeAt) merged.linkMadeAt = linkMadeAt;
  delete merged.draftComments;
  if (rounds.length > 0 || mine.draftComments || theirs.draftComments) merged.draftComments = rounds;
  return { merged, conflicts };
}
