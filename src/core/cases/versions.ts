import type { AgreementVersion } from './record';

/*
 * Agreement versions are numbered per family member ("Version 2, agreed on ...") and carry ids: the
 * same case opened on two devices can each make a "Version 2", and those are two versions, never one.
 */

/** This person's versions, newest first. */
export const versionsFor = (versions: readonly AgreementVersion[], familyId: string) =>
  versions
    .filter((v) => v.familyId === familyId)
    .sort((a, b) => b.number - a.number || b.madeAt.localeCompare(a.madeAt));

/** The number the next version for this person gets. */
export const nextNumber = (versions: readonly AgreementVersion[], familyId: string) =>
  Math.max(0, ...versionsFor(versions, familyId).map((v) => v.number)) + 1;

/** Both lists' versions once each (by id): nothing made on either side is lost. */
export function mergeVersions(
  mine: readonly AgreementVersion[],
  theirs: readonly AgreementVersion[],
): AgreementVersion[] {
  const byId = new Map(mine.map((v) => [v.id, v]));
  for (const v of theirs) if (!byId.has(v.id)) byId.set(v.id, v);
  return [...byId.values()];
}

/** Numbers that two different versions of one person's agreement share: shown as a conflict to settle. */
export function clashingNumbers(versions: readonly AgreementVersion[], familyId: string): number[] {
  const counts = new Map<number, number>();
  for (const v of versionsFor(versions, familyId)) counts.set(v.number, (counts.get(v.number) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n > 1)
    .map(([number]) => number)
    .sort((a, b) => a - b);
}
