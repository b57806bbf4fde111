import { describe, expect, it } from 'vitest';
import { addDays, addMonth, dayOfAnswer, isoDay, localToday, parseIsoDay } from '~/core/schedule/days';
import { familyNextUpdate, latestContact, nextUpdateDue } from '~/core/schedule/next-update';
import { memberNextUpdates } from '~/core/schedule/case-next-update';
import { familyAgreedDates, caseAgreedDates } from '~/core/schedule/agreed-dates';
import { createEnvelope } from '~/core/store';
import type { CaseRecord, FamilyMember, ContactLogEntry } from '~/core/cases/record';

/** Noon on a local day, so the tests read the same in any time zone. */
const on = (day: string) => new Date(`${day}T12:00:00`);
const due = (choice: string, contacts: string[], today: string) =>
  nextUpdateDue({ frequency: { choice }, contactDates: contacts, now: on(today) });
const log = (...days: string[]) => ({
  entries: days.map((day) => {
    const [year, month, date] = day.split('-');
    return { date: { day: String(Number(date)), month: String(Number(month)), year: year! }, note: 'A call' };
  }),
});

describe('calendar days', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-22', 7)).toBe('2028-02-29');
    expect(addDays('2027-02-22', 7)).toBe('2027-03-01');
  });

  it('moves a month on to the same day, or to the last day of a shorter month', () => {
    expect(addMonth('2026-11-09')).toBe('2026-12-09');
    expect(addMonth('2027-01-31')).toBe('2027-02-28');
    expect(addMonth('2028-01-31')).toBe('2028-02-29');
    expect(addMonth('2028-01-29')).toBe('2028-02-29');
    expect(addMonth('2026-03-31')).toBe('2026-04-30');
    expect(addMonth('2026-12-31')).toBe('2027-01-31');
    expect(addMonth('2100-01-31')).toBe('2100-02-28'); // 2100 is not a leap year
  });

  it('reads only real days', () => {
    expect(parseIsoDay('2028-02-29')).toBe('2028-02-29');
    expect(parseIsoDay('2027-02-29')).toBeUndefined();
    expect(parseIsoDay('2026-13-01')).toBeUndefined();
    expect(parseIsoDay('2026-1-01')).toBeUndefined();
    expect(parseIsoDay(20261201)).toBeUndefined();
    expect(isoDay(2026, 4, 31)).toBeUndefined();
  });

  it('takes today from the local clock', () => {
    expect(localToday(new Date(2026, 11, 9, 0, 5))).toBe('2026-12-09');
    expect(localToday(new Date(2026, 11, 9, 23, 55))).toBe('2026-12-09');
  });

  it('counts a date answer only when it names an exact day', () => {
    expect(dayOfAnswer({ day: '9', month: '12', year: '2026' })).toBe('2026-12-09');
    expect(dayOfAnswer({ day: ' 09', month: '12 ', year: '2026' })).toBe('2026-12-09');
    expect(dayOfAnswer({ month: '12', year: '2026', approximate: true })).toBeUndefined();
    expect(dayOfAnswer({ day: '9', month: '12', year: '2026', approximate: true })).toBeUndefined();
    expect(dayOfAnswer({ notYet: true })).toBeUndefined();
    expect(dayOfAnswer({ day: '31', month: '2', year: '2026' })).toBeUndefined();
    expect(dayOfAnswer(undefined)).toBeUndefined();
  });
});

describe('when the next update is due', () => {
  it('weekly is 7 days after the last contact', () => {
    expect(due('weekly', ['2026-12-02'], '2026-12-03')).toEqual({
      kind: 'due',
      date: '2026-12-09',
      overdue: false,
      since: '2026-12-02',
    });
  });

  it('fortnightly is 14 days after, across the new year', () => {
    expect(due('fortnightly', ['2026-12-25'], '2026-12-26')).toMatchObject({ date: '2027-01-08' });
  });

  it('monthly is the same day next month, clamped at month ends and in leap years', () => {
    expect(due('monthly', ['2026-11-09'], '2026-11-10')).toMatchObject({ date: '2026-12-09' });
    expect(due('monthly', ['2027-01-31'], '2027-02-01')).toMatchObject({ date: '2027-02-28' });
    expect(due('monthly', ['2028-01-31'], '2028-02-01')).toMatchObject({ date: '2028-02-29' });
  });

  it('counts from the latest contact, in any order, and ignores what is not a day', () => {
    expect(due('weekly', ['2026-11-01', '2026-12-02', 'soon', '2026-11-20', '2026-02-30'], '2026-12-03')).toMatchObject(
      {
        date: '2026-12-09',
        since: '2026-12-02',
      },
    );
  });

  it('is due, not overdue, on the day itself; overdue from the day after', () => {
    expect(due('weekly', ['2026-12-02'], '2026-12-09')).toMatchObject({ overdue: false });
    expect(due('weekly', ['2026-12-02'], '2026-12-10')).toMatchObject({ overdue: true, since: '2026-12-02' });
  });

  it('does not count a contact dated after today: it has not happened yet', () => {
    expect(latestContact(['2026-12-02', '2026-12-20'], '2026-12-05')).toBe('2026-12-02');
    expect(due('weekly', ['2026-12-02', '2026-12-20'], '2026-12-05')).toMatchObject({ date: '2026-12-09' });
    expect(due('weekly', ['2026-12-20'], '2026-12-05')).toEqual({ kind: 'unknown', reason: 'no-contact' });
  });

  it('has no date when updates come only with news', () => {
    expect(due('when-something-changes', ['2026-12-02'], '2026-12-03')).toEqual({ kind: 'when-news' });
    expect(due('when-something-changes', [], '2026-12-03')).toEqual({ kind: 'when-news' });
  });

  it('says what would make it known: a rhythm, a date agreed in their own words, or a first contact', () => {
    expect(nextUpdateDue({ frequency: undefined, contactDates: ['2026-12-02'], now: on('2026-12-03') })).toEqual({
      kind: 'unknown',
      reason: 'no-rhythm',
    });
    expect(due('other', ['2026-12-02'], '2026-12-03')).toEqual({ kind: 'unknown', reason: 'other-rhythm' });
    expect(due('a choice from a newer version', ['2026-12-02'], '2026-12-03')).toEqual({
      kind: 'unknown',
      reason: 'no-rhythm',
    });
    expect(due('weekly', [], '2026-12-03')).toEqual({ kind: 'unknown', reason: 'no-contact' });
  });
});

describe("the family's side", () => {
  it('uses their own log of updates and the contact dates it is given', () => {
    const answers = { 'update-frequency': { choice: 'weekly' }, 'updates-received': log('2026-11-20', '2026-11-02') };
    expect(familyNextUpdate(answers, [], on('2026-12-03'))).toMatchObject({ date: '2026-11-27', overdue: true });
    expect(familyNextUpdate(answers, ['2026-12-01', 'not a date'], on('2026-12-03'))).toMatchObject({
      date: '2026-12-08',
      overdue: false,
      since: '2026-12-01',
    });
  });

  it("counts the contact dates in the team's reply to the family's comments", () => {
    const reply = {
      contacts: [
        { date: '2026-11-29', method: 'phone' },
        { date: 'soon', method: 'email' },
      ],
    };
    const answers = {
      'update-frequency': { choice: 'weekly' },
      'updates-received': log('2026-11-20'),
      'draft-comments': { comments: [], replies: [reply] },
    };
    expect(familyNextUpdate(answers, [], on('2026-12-03'))).toMatchObject({ date: '2026-12-06', since: '2026-11-29' });
  });

  it('skips log entries without an exact day, and answers of the wrong shape', () => {
    const answers = {
      'update-frequency': { choice: 'fortnightly' },
      'updates-received': {
        entries: [
          { date: { month: '11', year: '2026', approximate: true }, note: 'Sometime in November' },
          { date: { day: '3', month: '11', year: '2026' }, note: 'A letter' },
          { note: 'no date at all' },
        ],
      },
    };
    expect(familyNextUpdate(answers, [], on('2026-11-10'))).toMatchObject({ date: '2026-11-17' });
    expect(familyNextUpdate({ 'update-frequency': 'weekly' }, ['2026-11-03'], on('2026-11-04'))).toEqual({
      kind: 'unknown',
      reason: 'no-rhythm',
    });
  });

  it('lists the dates to come for the calendar, soonest first, each with a stable UID', () => {
    const answers = {
      'update-frequency': { choice: 'weekly' },
      'updates-received': log('2026-12-02'),
      'comments-due': { day: '7', month: '12', year: '2026' },
      'final-meeting-date': { day: '1', month: '11', year: '2026' },
    };
    const now = on('2026-12-03');
    const dates = familyAgreedDates(answers, familyNextUpdate(answers, [], now), now);
    expect(dates).toEqual([
      { id: 'comments-due', date: '2026-12-07', uid: 'comments-due@learn-together-wizard' },
      { id: 'next-update', date: '2026-12-09', uid: 'next-update-2026-12-09@learn-together-wizard' },
    ]);
    // The same answers on another day give the same UIDs.
    expect(familyAgreedDates(answers, familyNextUpdate(answers, [], on('2026-12-04')), on('2026-12-04'))).toEqual(
      dates,
    );
  });

  it('leaves an overdue update and "not yet" out of the calendar list', () => {
    const answers = {
      'update-frequency': { choice: 'weekly' },
      'updates-received': log('2026-10-02'),
      'comments-due': { notYet: true },
    };
    const now = on('2026-12-03');
    expect(familyAgreedDates(answers, familyNextUpdate(answers, [], now), now)).toEqual([]);
  });
});

describe("the team's side", () => {
  const member = (importedAt: string, answers: Record<string, unknown>): FamilyMember => ({
    id: `member-${importedAt.slice(0, 10)}`,
    importedAt,
    fileCreatedAt: importedAt,
    envelope: createEnvelope({ answers, skipped: [], stageMarks: {}, position: 'hub' }, new Date(importedAt)),
  });
  const entry = (date: string): ContactLogEntry => ({
    id: `log-${date}`,
    date,
    method: 'phone',
    who: 'Sam',
    summary: '',
  });
  const record = (families: FamilyMember[], log: ContactLogEntry[], touchpoints: Record<string, string> = {}) =>
    ({ id: 'case-1234', families, log, touchpoints }) as Pick<CaseRecord, 'id' | 'families' | 'log' | 'touchpoints'>;

  const asking = (id: string, choice?: string, other?: string): FamilyMember => ({
    id,
    importedAt: '2026-11-01T10:00:00.000Z',
    fileCreatedAt: '2026-11-01T10:00:00.000Z',
    envelope: createEnvelope(
      {
        answers: {
          'your-name': id,
          ...(choice ? { 'update-frequency': { choice, ...(other ? { other } : {}) } } : {}),
        },
        skipped: [],
        stageMarks: {},
        position: 'hub',
      },
      new Date('2026-11-01T10:00:00.000Z'),
    ),
  });
  const dueOf = (theCase: ReturnType<typeof record>, today: string) =>
    memberNextUpdates(theCase, on(today)).map((m) => ({ member: m.memberId, index: m.index, next: m.next }));

  it('gives each family member their own next update, soonest first, whichever file came last', () => {
    const monthly = member('2026-10-01T10:00:00.000Z', { 'update-frequency': { choice: 'monthly' } });
    const weekly = member('2026-11-01T10:00:00.000Z', { 'update-frequency': { choice: 'weekly' } });
    // The monthly file was added last: it no longer hides the weekly promise.
    const theCase = record([weekly, monthly], [entry('2026-11-20'), entry('2026-12-02')]);
    expect(dueOf(theCase, '2026-12-03')).toEqual([
      { member: weekly.id, index: 0, next: { kind: 'due', date: '2026-12-09', overdue: false, since: '2026-12-02' } },
      { member: monthly.id, index: 1, next: { kind: 'due', date: '2027-01-02', overdue: false, since: '2026-12-02' } },
    ]);
    const monthlyFirst = record([monthly, weekly], [entry('2026-12-02')]);
    expect(dueOf(monthlyFirst, '2026-12-03').map((m) => [m.member, m.index])).toEqual([
      [weekly.id, 1],
      [monthly.id, 0],
    ]);
  });

  it('puts an overdue update first, and keeps the order of the files for people due on the same day', () => {
    const theCase = record(
      [asking('rhian', 'weekly'), asking('gareth', 'fortnightly'), asking('owen', 'weekly')],
      [entry('2026-11-20')],
    );
    expect(dueOf(theCase, '2026-12-03')).toEqual([
      { member: 'rhian', index: 0, next: { kind: 'due', date: '2026-11-27', overdue: true, since: '2026-11-20' } },
      { member: 'owen', index: 2, next: { kind: 'due', date: '2026-11-27', overdue: true, since: '2026-11-20' } },
      { member: 'gareth', index: 1, next: { kind: 'due', date: '2026-12-04', overdue: false, since: '2026-11-20' } },
    ]);
  });

  it('lists people with no date after those with one, each saying why', () => {
    const theCase = record(
      [
        asking('no-answer'),
        asking('own-words', 'other', 'After each meeting'),
        asking('news', 'when-something-changes'),
        asking('weekly', 'weekly'),
      ],
      [entry('2026-12-01')],
    );
    const updates = memberNextUpdates(theCase, on('2026-12-03'));
    expect(updates.map((m) => [m.memberId, m.next])).toEqual([
      ['weekly', { kind: 'due', date: '2026-12-08', overdue: false, since: '2026-12-01' }],
      ['news', { kind: 'when-news' }],
      ['no-answer', { kind: 'unknown', reason: 'no-rhythm' }],
      ['own-words', { kind: 'unknown', reason: 'other-rhythm' }],
    ]);
    expect(updates[3]!.frequency).toEqual({ choice: 'other', other: 'After each meeting' });
    expect(updates[3]!.saved?.answers['your-name']).toBe('own-words');
  });

  it('has no one to list before a family member is added, and no date before a contact is logged', () => {
    expect(memberNextUpdates(record([], [entry('2026-11-25')]), on('2026-12-03'))).toEqual([]);
    expect(dueOf(record([asking('sian', 'weekly')], []), '2026-12-03')).toEqual([
      { member: 'sian', index: 0, next: { kind: 'unknown', reason: 'no-contact' } },
    ]);
  });

  it("lists each member's next update and touchpoints dated after today, with UIDs carrying the case and the member", () => {
    const theCase = record(
      [asking('sian', 'weekly'), asking('owen', 'weekly'), asking('gareth', 'monthly')],
      [entry('2026-12-01')],
      {
        'first-contact': '2026-11-01',
        'agreement-made': '2026-12-03',
        'draft-shared': '2027-01-15',
      },
    );
    const now = on('2026-12-03');
    expect(caseAgreedDates(theCase, memberNextUpdates(theCase, now), now)).toEqual([
      {
        id: 'next-update',
        memberId: 'sian',
        date: '2026-12-08',
        uid: 'case-1234-next-update-sian-2026-12-08@learn-together-wizard',
      },
      {
        id: 'next-update',
        memberId: 'owen',
        date: '2026-12-08',
        uid: 'case-1234-next-update-owen-2026-12-08@learn-together-wizard',
      },
      {
        id: 'next-update',
        memberId: 'gareth',
        date: '2027-01-01',
        uid: 'case-1234-next-update-gareth-2027-01-01@learn-together-wizard',
      },
      { id: 'draft-shared', date: '2027-01-15', uid: 'case-1234-draft-shared@learn-together-wizard' },
    ]);
  });
});
