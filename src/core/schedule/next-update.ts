import { isRecord } from '~/core/is-record';
import { addDays, addMonth, dayOfAnswer, localToday, parseIsoDay, type IsoDay } from './days';

/*
 * When the next update from the investigation team is due, from the rhythm the family asked for
 * (stage 2, "update-frequency") and the last time the two sides were in touch. Pure: the caller says
 * what "now" is and which contacts it knows of. No words here: the pages say it in the person's language.
 */

/** The family's stage 2 answer: 'weekly' | 'fortnightly' | 'monthly' | 'when-something-changes' | 'other'. */
export interface UpdateFrequency {
  choice: string;
  other?: string;
}

export type NextUpdate =
  /** `since` is the last contact the date counts from. A due date that is today is not overdue. */
  | { kind: 'due'; date: IsoDay; overdue: boolean; since?: IsoDay }
  /** Only when there is news: no date to show, and the page says so. */
  | { kind: 'when-news' }
  | { kind: 'unknown'; reason: UnknownReason };

export type UnknownReason =
  /** No rhythm agreed yet: answering "How often would you like an update?" would make it known. */
  | 'no-rhythm'
  /** The rhythm is in the family's own words ("Something else"): agree a date with the team. */
  | 'other-rhythm'
  /** No contact recorded yet: the first one starts the count. */
  | 'no-contact';

/** The rhythms that give a date: every other answer ("when something changes", their own words) has none. */
export type Rhythm = 'weekly' | 'fortnightly' | 'monthly';
const NEXT: Record<Rhythm, (day: IsoDay) => IsoDay> = {
  weekly: (day) => addDays(day, 7),
  fortnightly: (day) => addDays(day, 14),
  monthly: addMonth,
};

export const isRhythm = (choice: string): choice is Rhythm => Object.hasOwn(NEXT, choice);

/**
 * The latest contact on or before today. A contact dated later has not happened yet (a planned call in
 * the team's log, a date typed on a device whose clock is wrong), so it cannot start the count.
 */
export function latestContact(days: readonly (IsoDay | undefined)[], today: IsoDay): IsoDay | undefined {
  return days
    .filter((day): day is IsoDay => day !== undefined && day <= today)
    .sort()
    .at(-1);
}

/**
 * When the next update is due: the last contact plus a week, two weeks or a month (the same day next
 * month, or its last day when it is shorter: 31 January is followed by 28 or 29 February).
 * @example nextUpdateDue({ frequency: { choice: 'weekly' }, contactDates: ['2026-12-02'], now }) // due 2026-12-09
 */
export function nextUpdateDue({
  frequency,
  contactDates,
  now,
}: {
  frequency: UpdateFrequency | undefined;
  /** Days ('YYYY-MM-DD') the family and the team were in touch; anything else is ignored. */
  contactDates: readonly unknown[];
  now: Date;
}): NextUpdate {
  const choice = frequency?.choice;
  if (choice === 'when-something-changes') return { kind: 'when-news' };
  const next = choice !== undefined && isRhythm(choice) ? NEXT[choice] : undefined;
  if (!next) return { kind: 'unknown', reason: choice === 'other' ? 'other-rhythm' : 'no-rhythm' };
  const today = localToday(now);
  const since = latestContact(contactDates.map(parseIsoDay), today);
  if (!since) return { kind: 'unknown', reason: 'no-contact' };
  const date = next(since);
  return { kind: 'due', date, overdue: date < today, since };
}

/** The family's answer to "How often would you like an update?", when it has the right shape. */
export function frequencyOf(answer: unknown): UpdateFrequency | undefined {
  if (!isRecord(answer) || typeof answer.choice !== 'string') return undefined;
  return typeof answer.other === 'string' ? { choice: answer.choice, other: answer.other } : { choice: answer.choice };
}

/** The days of the family's own "Updates from the team" log (stage 3) that name an exact day. */
export function loggedUpdateDays(answer: unknown): IsoDay[] {
  const entries = isRecord(answer) && Array.isArray(answer.entries) ? (answer.entries as unknown[]) : [];
  return entries.flatMap((entry) => {
    const day = isRecord(entry) && isRecord(entry.date) ? dayOfAnswer(entry.date) : undefined;
    return day ? [day] : [];
  });
}

/** The dates the team was in touch, as its reply files to the family's comments brought them. */
export function teamContactDays(answers: Readonly<Record<string, unknown>>): string[] {
  const comments = answers['draft-comments'];
  const replies = isRecord(comments) && Array.isArray(comments.replies) ? comments.replies : [];
  return replies.flatMap((reply) =>
    isRecord(reply) && Array.isArray(reply.contacts)
      ? reply.contacts.flatMap((c) =>
          isRecord(c) && typeof c.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.date) ? [c.date] : [],
        )
      : [],
  );
}

/**
 * The family's side: their agreed rhythm, their own log of updates, the contact dates in the team's
 * replies, and any other dates the caller knows of (`extraContactDates`, ISO days).
 */
export function familyNextUpdate(
  answers: Readonly<Record<string, unknown>>,
  extraContactDates: readonly string[],
  now: Date,
): NextUpdate {
  return nextUpdateDue({
    frequency: frequencyOf(answers['update-frequency']),
    contactDates: [...loggedUpdateDays(answers['updates-received']), ...teamContactDays(answers), ...extraContactDates],
    now,
  });
}
