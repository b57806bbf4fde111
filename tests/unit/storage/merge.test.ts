import { describe, expect, it } from 'vitest';
import { changedQuestions, type SavedCase } from '~/core/store';
import { mergeCases, mergeImported, settleConflicts } from '~/core/store/merge';

const caseOf = (answers: Record<string, unknown>, more: Partial<SavedCase> = {}): SavedCase => ({
  answers: answers,
  skipped: [],
  stageMarks: {},
  position: 'hub',
  ...more,
});
const base = caseOf({ 'your-name': 'Siân', 'patient-name': 'Rhys' });
const T1 = '2026-11-02T10:01:00.000Z';
/** Another tab's save stamps each answer it changed, as the wizard does. */
const stamped = (saved: SavedCase, ids: string[], at = T1): SavedCase => ({
  ...saved,
  changedAt: { ...saved.changedAt, ...Object.fromEntries(ids.map((id) => [id, at])) },
});

describe('merging two tabs answer by answer', () => {
  it('keeps both tabs’ answers when they changed different questions', () => {
    const mine = caseOf({ ...base.answers, 'what-happened': 'Typed in tab A' });
    const theirs = stamped(caseOf({ ...base.answers, 'support-other': 'Typed in tab B' }), ['support-other']);
    const { merged, conflicts } = mergeCases(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers).toEqual({
      ...base.answers,
      'what-happened': 'Typed in tab A',
      'support-other': 'Typed in tab B',
    });
  });

  it('takes the other tab’s change, skip or removal when this tab did not touch that question', () => {
    const theirs = stamped(caseOf({ 'your-name': 'Siân Dŵr' }, { skipped: ['patient-name'] }), [
      'your-name',
      'patient-name',
    ]);
    const { merged, conflicts } = mergeCases(base, base, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers).toEqual({ 'your-name': 'Siân Dŵr' });
    expect(merged.skipped).toEqual(['patient-name']);
  });

  it('is no conflict when both tabs made the same change, whatever order the keys are in', () => {
    const mine = caseOf({ ...base.answers, 'when-happened': { day: '1', month: '2', year: '2026' } });
    const theirs = caseOf({ ...base.answers, 'when-happened': { year: '2026', month: '2', day: '1' } });
    expect(mergeCases(base, mine, theirs).conflicts).toEqual([]);
  });

  it('asks only about the question changed differently in both, and keeps what each choice says', () => {
    const mine = caseOf(
      { ...base.answers, 'your-name': 'Siân from A', 'what-happened': 'A' },
      { changedAt: { 'your-name': '2026-11-02T10:01:00.000Z' } },
    );
    const theirs = caseOf(
      { ...base.answers, 'your-name': 'Siân from B', 'support-other': 'B' },
      { changedAt: { 'your-name': '2026-11-02T10:02:00.000Z', 'support-other': T1 } },
    );
    const { merged, conflicts } = mergeCases(base, mine, theirs);
    expect(conflicts.map((c) => [c.id, c.mine.answer, c.theirs.answer])).toEqual([
      ['your-name', 'Siân from A', 'Siân from B'],
    ]);
    expect(merged.answers).toMatchObject({ 'what-happened': 'A', 'support-other': 'B' });

    const keptTheirs = settleConflicts(merged, [{ conflict: conflicts[0]!, keep: 'theirs' }]);
    expect(keptTheirs.answers).toMatchObject({
      'your-name': 'Siân from B',
      'what-happened': 'A',
      'support-other': 'B',
    });
    expect(keptTheirs.changedAt?.['your-name']).toBe('2026-11-02T10:02:00.000Z');
    const keptMine = settleConflicts(merged, [{ conflict: conflicts[0]!, keep: 'mine' }]);
    expect(keptMine.answers).toMatchObject({ 'your-name': 'Siân from A', 'what-happened': 'A', 'support-other': 'B' });
  });

  it('calls a removal in one tab and a change in the other a conflict (nothing typed disappears silently)', () => {
    const mine = caseOf({ 'your-name': 'Siân' });
    const theirs = stamped(caseOf({ ...base.answers, 'patient-name': 'Rhys Dŵr' }), ['patient-name']);
    expect(mergeCases(base, mine, theirs).conflicts.map((c) => c.id)).toEqual(['patient-name']);
  });

  it('keeps this tab’s newer answer when the other tab saved a stale copy of the old one', () => {
    // This tab saved a change at T1; the other tab, which had not seen it yet, saved its own change.
    const seen = stamped(caseOf({ ...base.answers, 'where-it-happened': 'Ward 7' }), ['where-it-happened']);
    const theirs = stamped(
      caseOf({ ...base.answers, 'your-name': 'Siân from B' }),
      ['your-name'],
      '2026-11-02T10:02:00.000Z',
    );
    const { merged, conflicts } = mergeCases(seen, seen, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers).toMatchObject({ 'where-it-happened': 'Ward 7', 'your-name': 'Siân from B' });
  });

  it('asks when the other tab replaced an older answer than this tab has (it never saw this tab’s change)', () => {
    // This tab changed the answer at T1 and saved; the other tab, not having seen that, changed the old one at T2.
    const seen = stamped(caseOf({ ...base.answers, 'where-it-happened': 'A' }), ['where-it-happened']);
    const blind = caseOf(
      { ...base.answers, 'where-it-happened': 'B' },
      { changedAt: { 'where-it-happened': '2026-11-02T10:02:00.000Z' }, basedOn: { 'where-it-happened': '' } },
    );
    const { conflicts } = mergeCases(seen, seen, blind);
    expect(conflicts.map((c) => [c.mine.answer, c.theirs.answer])).toEqual([['A', 'B']]);
    // Once it had seen A, replacing it is simply taken.
    const informed = { ...blind, basedOn: { 'where-it-happened': T1 } };
    expect(mergeCases(seen, seen, informed).merged.answers).toMatchObject({ 'where-it-happened': 'B' });
  });

  it('a settled choice of this tab’s answer is taken by the other tab without asking again', () => {
    const seen = stamped(caseOf({ ...base.answers, 'where-it-happened': 'A' }), ['where-it-happened']);
    const blind = caseOf(
      { ...base.answers, 'where-it-happened': 'B' },
      { changedAt: { 'where-it-happened': '2026-11-02T10:02:00.000Z' }, basedOn: { 'where-it-happened': '' } },
    );
    const { merged, conflicts } = mergeCases(seen, seen, blind);
    const settled = settleConflicts(
      merged,
      [{ conflict: conflicts[0]!, keep: 'mine' }],
      new Date('2026-11-02T10:03:00.000Z'),
    );
    // The other tab, which has B, now reads the settled save.
    const result = mergeCases(blind, blind, settled);
    expect(result.conflicts).toEqual([]);
    expect(result.merged.answers).toMatchObject({ 'where-it-happened': 'A' });
  });

  it('merges stage marks and keeps this tab’s place', () => {
    const mine = caseOf(base.answers, { position: 'what-happened', stageMarks: { 'understanding-you': 'completed' } });
    const theirs = caseOf(base.answers, {
      position: 'hub',
      stageMarks: { 'agreeing-how-you-work-together': 'not-completed' },
    });
    const { merged } = mergeCases(base, mine, theirs);
    expect(merged.position).toBe('what-happened');
    expect(merged.stageMarks).toEqual({
      'understanding-you': 'completed',
      'agreeing-how-you-work-together': 'not-completed',
    });
  });

  it('lists which questions changed', () => {
    expect(changedQuestions(base, caseOf({ 'your-name': 'Siân' }, { skipped: ['what-happened'] }))).toEqual([
      'patient-name',
      'what-happened',
    ]);
  });
});

describe('merging an answers file from another device', () => {
  it('adds what this device lacks, keeps what only this device has, and asks about any answer that differs', () => {
    const mine = caseOf({ 'your-name': 'Siân', 'where-it-happened': 'Ward 7' }, { skipped: ['what-happened'] });
    const file = caseOf(
      {
        'your-name': 'Siân Dŵr',
        'where-it-happened': 'Ward 7',
        'what-happened': 'He got worse',
        'patient-name': 'Rhys',
      },
      { skipped: ['support-other'] },
    );
    const { merged, conflicts } = mergeImported(mine, file);
    expect(conflicts.map((c) => [c.id, c.mine.answer, c.theirs.answer])).toEqual([
      ['your-name', 'Siân', 'Siân Dŵr'],
      ['what-happened', undefined, 'He got worse'],
    ]);
    expect(merged.answers).toMatchObject({
      'your-name': 'Siân',
      'where-it-happened': 'Ward 7',
      'patient-name': 'Rhys',
    });
    expect(merged.skipped).toEqual(expect.arrayContaining(['what-happened', 'support-other']));
  });

  it('never lets a skip in the file remove an answer here', () => {
    const mine = caseOf({ 'your-name': 'Siân' });
    const file = caseOf({}, { skipped: ['your-name'] });
    const { merged, conflicts } = mergeImported(mine, file);
    expect(conflicts).toEqual([]);
    expect(merged.answers).toEqual({ 'your-name': 'Siân' });
  });
});
