import { describe, expect, it } from 'vitest';
import { clashSides, mergeCaseCopies, takeTheirs } from '~/core/cases/case-copies';
import { newCase, type CaseRecord, type ContactLogEntry, type DraftRound } from '~/core/cases/record';

const start: CaseRecord = {
  ...newCase(new Date('2026-12-01T09:00:00.000Z')),
  id: 'case00000001',
  setup: { answers: { reference: 'PSII-2026-014' }, skipped: [] },
};
const entry = (id: string, summary = id, date = '2026-12-01'): ContactLogEntry => ({
  id,
  date,
  method: 'phone',
  who: '',
  summary,
});
const round = (exchange: string, changes: Partial<DraftRound> = {}): DraftRound => ({
  exchange,
  received: [],
  replies: [],
  decisions: {},
  where: {},
  ...changes,
});
const copy = (changes: Partial<CaseRecord>): CaseRecord => ({ ...start, ...changes });

describe('two copies of one case, worked on by two investigators', () => {
  it('keep every entry either copy has, and every comments round', () => {
    const mine = copy({
      log: [entry('mine0001', 'Phoned the family', '2026-12-03')],
      draftComments: [round('shared1', { where: { c1: 'Page 4' } })],
    });
    const theirs = copy({
      log: [entry('thrs0001', 'Met the family', '2026-12-02')],
      touchpoints: { 'first-meeting': '2026-12-02' },
      draftComments: [
        round('shared1', { decisions: { c1: { decision: 'accepted', reason: '' } } }),
        round('theirs1', { where: { c9: 'Section 2' } }),
      ],
    });
    const { merged, conflicts } = mergeCaseCopies(mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.log.map((e) => e.id)).toEqual(['thrs0001', 'mine0001']);
    expect(merged.touchpoints).toEqual({ 'first-meeting': '2026-12-02' });
    expect(merged.draftComments).toEqual([
      round('shared1', { where: { c1: 'Page 4' }, decisions: { c1: { decision: 'accepted', reason: '' } } }),
      round('theirs1', { where: { c9: 'Section 2' } }),
    ]);
  });

  it('keep a comments round only the file has when this copy has none', () => {
    const theirs = copy({ draftComments: [round('theirs1', { where: { c1: 'Page 2' } })] });
    expect(mergeCaseCopies(copy({}), theirs).merged.draftComments).toEqual(theirs.draftComments);
  });

  it('ask about an entry both changed, show both values, and take the one chosen', () => {
    const mine = copy({
      touchpoints: { 'first-meeting': '2026-12-02' },
      setup: { answers: { reference: 'PSII-1' }, skipped: [] },
    });
    const theirs = copy({
      touchpoints: { 'first-meeting': '2026-12-03' },
      setup: { answers: { reference: 'PSII-2' }, skipped: [] },
    });
    const { merged, conflicts } = mergeCaseCopies(mine, theirs);
    expect(conflicts).toEqual([
      { part: 'setup', id: 'reference' },
      { part: 'touchpoints', id: 'first-meeting' },
    ]);
    expect(clashSides(conflicts[1]!, mine, theirs)).toEqual(['2026-12-02', '2026-12-03']);
    expect(merged.touchpoints).toEqual(mine.touchpoints);
    const chosen = takeTheirs(merged, theirs, [conflicts[1]!]);
    expect(chosen.touchpoints).toEqual(theirs.touchpoints);
    expect(chosen.setup.answers.reference).toBe('PSII-1');
  });

  it('never ask about a log entry both corrected: the later text shows, the other is kept as an earlier text', () => {
    const at = (time: string) => `2026-12-0${time}T10:00:00.000Z`;
    const mine = copy({ log: [{ ...entry('shared01', 'Phoned Anna'), by: 'Sam', at: at('3') }] });
    const theirs = copy({ log: [{ ...entry('shared01', 'Phoned Ana'), by: 'Ana', at: at('4') }] });
    const { merged, conflicts } = mergeCaseCopies(mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.log[0]?.summary).toBe('Phoned Ana');
    expect(merged.log[0]?.earlier?.map((e) => e.summary)).toEqual(['Phoned Anna']);
  });

  it('with the copy both started from, ask only about what both changed since', () => {
    const base = copy({ touchpoints: { 'first-contact': '2026-12-01', 'first-meeting': '2026-12-02' } });
    const mine = copy({ touchpoints: { 'first-contact': '2026-12-05', 'first-meeting': '2026-12-06' } });
    const theirs = copy({ touchpoints: { 'first-contact': '2026-12-01', 'first-meeting': '2026-12-07' } });
    const { merged, conflicts } = mergeCaseCopies(mine, theirs, base);
    expect(conflicts).toEqual([{ part: 'touchpoints', id: 'first-meeting' }]);
    expect(merged.touchpoints).toEqual({ 'first-contact': '2026-12-05', 'first-meeting': '2026-12-06' });
    expect(takeTheirs(merged, theirs, conflicts).touchpoints).toEqual({
      'first-contact': '2026-12-05',
      'first-meeting': '2026-12-07',
    });
  });

  it("tell a reply's decision from where it is, so taking one keeps the other", () => {
    const mine = copy({
      draftComments: [round('r1', { decisions: { c1: { decision: 'partly', reason: 'A' } }, where: { c1: 'Page 1' } })],
    });
    const theirs = copy({
      draftComments: [
        round('r1', { decisions: { c1: { decision: 'accepted', reason: 'B' } }, where: { c1: 'Page 9' } }),
      ],
    });
    const { merged, conflicts } = mergeCaseCopies(mine, theirs);
    expect(conflicts).toEqual([
      { part: 'comments', id: 'r1:decisions:c1' },
      { part: 'comments', id: 'r1:where:c1' },
    ]);
    expect(clashSides(conflicts[1]!, mine, theirs)).toEqual(['Page 1', 'Page 9']);
    const chosen = takeTheirs(merged, theirs, [conflicts[1]!]);
    expect(chosen.draftComments).toEqual([
      round('r1', { decisions: { c1: { decision: 'partly', reason: 'A' } }, where: { c1: 'Page 9' } }),
    ]);
  });
});
