import type { CaseRecord } from '~/core/cases/record';
import type { DateAnswer } from '~/core/questions/date/rules';
import { eventUid } from './calendar';
import { dayOfAnswer, localToday, parseIsoDay, type IsoDay } from './days';
import type { NextUpdate } from './next-update';
import type { MemberNextUpdate } from './case-next-update';

/** A date still to come that the person can add to their calendar, with the UID its event keeps. */
export interface AgreedDate<Id extends string = string> {
  id: Id;
  date: IsoDay;
  uid: string;
}

export type FamilyDateId = 'next-update' | 'comments-due' | 'final-meeting';

const fromToday = <T extends AgreedDate>(dates: (T | undefined)[], now: Date): T[] => {
  const today = localToday(now);
  return dates.filter((d): d is T => d !== undefined && d.date >= today).sort((a, b) => (a.date < b.date ? -1 : 1));
};

/**
 * The family's dates from today on: the next update (a new UID for each due date: each is its own
 * update), and the dates they recorded for their comments on the draft (stage 4) and the final
 * meeting (stage 5), which keep one UID so a corrected date replaces the old event.
 */
export function familyAgreedDates(
  answers: Readonly<Record<string, unknown>>,
  next: NextUpdate,
  now: Date,
): AgreedDate<FamilyDateId>[] {
  const recorded = (id: FamilyDateId, answer: unknown) => {
    const date = dayOfAnswer(answer as DateAnswer | undefined);
    return date ? { id, date, uid: eventUid(id) } : undefined;
  };
  return fromToday(
    [
      next.kind === 'due' ? { id: 'next-update', date: next.date, uid: eventUid('next-update', next.date) } : undefined,
      recorded('comments-due', answers['comments-due']),
      recorded('final-meeting', answers['final-meeting-date']),
    ],
    now,
  );
}

/** A date on the case; a next update carries the family member it was promised to. */
export interface CaseDate extends AgreedDate {
  memberId?: string;
}

/**
 * The team's dates from today on: each family member's next update (its UID names the member, so two
 * people due on the same day are two events), and the touchpoints dated after today (a touchpoint
 * dated today is most often one just done and ticked off).
 */
export function caseAgreedDates(
  record: Pick<CaseRecord, 'id' | 'touchpoints'>,
  updates: readonly Pick<MemberNextUpdate, 'memberId' | 'next'>[],
  now: Date,
): CaseDate[] {
  const today = localToday(now);
  return fromToday<CaseDate>(
    [
      ...updates.map(({ memberId, next }) =>
        next.kind === 'due'
          ? {
              id: 'next-update',
              memberId,
              date: next.date,
              uid: eventUid(record.id, 'next-update', memberId, next.date),
            }
          : undefined,
      ),
      ...Object.entries(record.touchpoints).map(([id, text]) => {
        const date = parseIsoDay(text);
        return date && date > today ? { id, date, uid: eventUid(record.id, id) } : undefined;
      }),
    ],
    now,
  );
}
