import type { SavedCase } from './types';
import { changedQuestions, entryOf, same, type Entry } from './changes';

export type { Entry };

/** A question changed differently in this tab and another since they last agreed: the person chooses. */
export interface Conflict {
  id: string;
  mine: Entry;
  theirs: Entry;
}

export interface Merged {
  /** Everything both tabs agree on, plus each side's own changes; for a conflict, this tab's answer until chosen. */
  merged: SavedCase;
  conflicts: Conflict[];
}

/** Whether the other tab's answer replaced the one this tab has (as far as the saves can tell). */
const sawOurs = (theirs: Entry, ours: Entry) =>
  theirs.basedOn === undefined || theirs.basedOn === (ours.changedAt ?? '');

const timeOf = (entry: Entry) => (entry.changedAt ? Date.parse(entry.changedAt) : -Infinity);
const newer = (a: Entry, b: Entry) => timeOf(a) > timeOf(b);

/**
 * Three-way merge, question by question: `base` is what this tab last saved or read, `mine` is this tab
 * now, `theirs` is what another tab saved. A question changed on one side only takes that side; changed
 * the same way on both is no conflict; changed differently on both is a conflict for the person to settle.
 * Each answer's changedAt tells a real change in the other tab from a stale copy of an older answer.
 */
export function mergeCases(base: SavedCase, mine: SavedCase, theirs: SavedCase): Merged {
  const ids = new Set([...changedQuestions(base, mine), ...changedQuestions(base, theirs)]);
  const result = { answers: { ...mine.answers } as Record<string, unknown>, skipped: new Set(mine.skipped) };
  const times = { changedAt: { ...mine.changedAt }, basedOn: { ...mine.basedOn } };
  const conflicts: Conflict[] = [];
  for (const id of ids) {
    const was = entryOf(base, id);
    const m = entryOf(mine, id);
    const t = entryOf(theirs, id);
    // The tabs agree; or only this tab changed it; or the other tab's "change" is older than what this tab
    // has seen (it saved before this tab's save reached it: browsers pass saves between tabs with a delay).
    if (same(m, t) || same(t, was) || !newer(t, was)) continue;
    // Only the other tab changed it, starting from the answer this tab has: take it. Otherwise the person chooses.
    if (same(m, was) && sawOurs(t, was)) apply(result, times, id, t);
    else conflicts.push({ id, mine: m, theirs: t });
  }
  return {
    merged: {
      answers: result.answers,
      skipped: [...result.skipped],
      stageMarks: mergeMarks(base.stageMarks, mine.stageMarks, theirs.stageMarks),
      position: mine.position,
      ...(pick(base.privateOnTeamCopy, mine.privateOnTeamCopy, theirs.privateOnTeamCopy)
        ? { privateOnTeamCopy: true }
        : {}),
      ...latest(mine.agreementMadeAt, theirs.agreementMadeAt),
      ...times,
    },
    conflicts,
  };
}

/**
 * The merged case once the person has chosen, for each conflict, which tab's answer to keep. Keeping this
 * tab's answer is a new change made having seen the other tab's, so that tab takes it without asking again.
 */
export function settleConflicts(
  merged: SavedCase,
  choices: { conflict: Conflict; keep: 'mine' | 'theirs' }[],
  now: Date = new Date(),
): SavedCase {
  const result = { answers: { ...merged.answers } as Record<string, unknown>, skipped: new Set(merged.skipped) };
  const times = { changedAt: { ...merged.changedAt }, basedOn: { ...merged.basedOn } };
  for (const { conflict, keep } of choices) {
    const chosen =
      keep === 'theirs'
        ? conflict.theirs
        : { ...conflict.mine, changedAt: now.toISOString(), basedOn: conflict.theirs.changedAt ?? '' };
    apply(result, times, conflict.id, chosen);
  }
  return { ...merged, answers: result.answers, skipped: [...result.skipped], ...times };
}

function apply(
  target: { answers: Record<string, unknown>; skipped: Set<string> },
  times: { changedAt: Record<string, string>; basedOn: Record<string, string> },
  id: string,
  entry: Entry,
) {
  if ('answer' in entry) target.answers[id] = entry.answer;
  else delete target.answers[id];
  if (entry.skipped) target.skipped.add(id);
  else target.skipped.delete(id);
  if (entry.changedAt) times.changedAt[id] = entry.changedAt;
  else delete times.changedAt[id];
  if (entry.basedOn !== undefined) times.basedOn[id] = entry.basedOn;
  else delete times.basedOn[id];
}

// Marks and the team-copy choice are the person's place, not their words: the side that changed wins, this tab on a tie.
function mergeMarks<T>(base: Record<string, T>, mine: Record<string, T>, theirs: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id of new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])) {
    const value = pick(base[id], mine[id], theirs[id]);
    if (value !== undefined) out[id] = value;
  }
  return out;
}

const pick = <T>(base: T, mine: T, theirs: T): T => (mine === base ? theirs : mine);

const latest = (a?: string, b?: string) => {
  const time = [a, b]
    .filter((t): t is string => Boolean(t))
    .sort()
    .pop();
  return time ? { agreementMadeAt: time } : {};
};

/**
 * Answers from a file opened on this device (made elsewhere, with no version in common): an answer this
 * device does not have is added; one it has differently is a conflict for the person; nothing is dropped.
 */
export function mergeImported(mine: SavedCase, theirs: SavedCase): Merged {
  const result = { answers: { ...mine.answers } as Record<string, unknown>, skipped: new Set(mine.skipped) };
  const times = { changedAt: { ...mine.changedAt }, basedOn: { ...mine.basedOn } };
  const conflicts: Conflict[] = [];
  for (const id of new Set([...Object.keys(theirs.answers), ...theirs.skipped])) {
    const m = entryOf(mine, id);
    const t = entryOf(theirs, id);
    if (same(m, t)) continue;
    if (!('answer' in m) && !m.skipped) apply(result, times, id, t);
    else if (!('answer' in t))
      continue; // The file only skipped it: keep what is here.
    else conflicts.push({ id, mine: m, theirs: t });
  }
  return {
    merged: { ...mine, answers: result.answers, skipped: [...result.skipped], ...times },
    conflicts,
  };
}
