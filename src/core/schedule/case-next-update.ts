import { familyAnswers, type CaseRecord } from '~/core/cases/record';
import { frequencyOf, nextUpdateDue, type NextUpdate, type UpdateFrequency } from './next-update';

/**
 * The rhythm the family asked for, from the answers files added to the case: the most recently added
 * family member who answered "How often would you like an update?" (a later file is the newer wish).
 */
export function caseFrequency(record: Pick<CaseRecord, 'families'>, now = new Date()): UpdateFrequency | undefined {
  const newestFirst = [...record.families].sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1));
  for (const member of newestFirst) {
    const frequency = frequencyOf(familyAnswers(member, now)?.answers['update-frequency']);
    if (frequency) return frequency;
  }
  return undefined;
}

/** The team's side: the family's rhythm and the dates in the case's contact log. */
export function caseNextUpdate(record: Pick<CaseRecord, 'families' | 'log'>, now: Date): NextUpdate {
  return nextUpdateDue({
    frequency: caseFrequency(record, now),
    contactDates: record.log.map((entry) => entry.date),
    now,
  });
}
