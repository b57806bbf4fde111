import { familyAnswers, type CaseRecord } from '~/core/cases/record';
import type { SavedCase } from '~/core/store/types';
import { frequencyOf, nextUpdateDue, type NextUpdate, type UpdateFrequency } from './next-update';

/**
 * One family member's next update, from the rhythm in their own answers file and the case's contact
 * log. Each person asked for their own rhythm, so each keeps their own promise: never one merged date.
 */
export interface MemberNextUpdate {
  memberId: string;
  /** Their place among the case's files (from 0): "Family member 2" when they gave no name. */
  index: number;
  saved: SavedCase | undefined;
  frequency: UpdateFrequency | undefined;
  next: NextUpdate;
}

/** Dates first (an overdue one is the soonest), then "only when there is news", then no date yet. */
const KIND_ORDER: Record<NextUpdate['kind'], number> = { due: 0, 'when-news': 1, unknown: 2 };
const dueDate = (next: NextUpdate) => (next.kind === 'due' ? next.date : '');

function soonestFirst(a: MemberNextUpdate, b: MemberNextUpdate): number {
  const byKind = KIND_ORDER[a.next.kind] - KIND_ORDER[b.next.kind];
  if (byKind !== 0) return byKind;
  const [dateA, dateB] = [dueDate(a.next), dueDate(b.next)];
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  return a.index - b.index;
}

/** Every family member's next update, soonest first; people due on the same day keep the order of their files. */
export function memberNextUpdates(record: Pick<CaseRecord, 'families' | 'log'>, now: Date): MemberNextUpdate[] {
  const contactDates = record.log.map((entry) => entry.date);
  return record.families
    .map((member, index) => {
      const saved = familyAnswers(member, now);
      const frequency = frequencyOf(saved?.answers['update-frequency']);
      return { memberId: member.id, index, saved, frequency, next: nextUpdateDue({ frequency, contactDates, now }) };
    })
    .sort(soonestFirst);
}
