import { describe, expect, it } from 'vitest';
import { mergeCaseSaves } from '~/core/cases/case-merge';
import { newCase, type CaseRecord, type DraftRound, type ContactLogEntry } from '~/core/cases/record';

const base: CaseRecord = {
  ...newCase(new Date('2026-12-01T09:00:00.000Z')),
  id: 'case00000001',
  setup: { answers: { reference: 'PSII-1', scope: 'The ward' }, skipped: ['deputy'] },
  touchpoints: { 'first-contact': '2026-11-30' },
};
const entry = (id: string, summary = id): ContactLogEntry => ({
  id,
  date: '2026-12-01',
  method: 'phone',
  who: '',
  summary,
});
const round = (changes: Partial<DraftRound> = {}): DraftRound => ({
  exchange: 'abc123',
  received: [],
  replies: [],
  decisions: {},
  where: {},
  ...changes,
});
const merge = (mine: Partial<CaseRecord>, theirs: Partial<CaseRecord>, from: CaseRecord = base) =>
  mergeCaseSaves(from, { ...from, ...mine }, { ...from, ...theirs });

describe("merging two tabs' saves of one case", () => {
  it('keeps the log entries, family members and versions each tab added, matched by id', () => {
    const family = (id: string) => ({ id, importedAt: base.createdAt, fileCreatedAt: base.createdAt, envelope: {} });
    const { merged, conflicts } = merge(
      { log: [entry('mine0001')], families: [family('member01')] as never },
      { log: [entry('theirs01')], families: [family('member02')] as never },
    );
    expect(merged.log.map((e) => e.id)).toEqual(['mine0001', 'theirs01']);
    expect(merged.families.map((f) => f.id)).toEqual(['member01', 'member02']);
    expect(conflicts).toEqual([]);
  });

  it('takes a change made in one tab only, including a removal', () => {
    const { merged, conflicts } = merge(
      { touchpoints: {} },
      { setup: { answers: { reference: 'PSII-2', scope: 'The ward' }, skipped: [] } },
    );
    expect(merged.touchpoints).toEqual({});
    expect(merged.setup).toEqual({ answers: { reference: 'PSII-2', scope: 'The ward' }, skipped: [] });
    expect(conflicts).toEqual([]);
  });

  it('keeps dates for different touchpoints from each tab, and one changed the same way in both once', () => {
    const { merged, conflicts } = merge(
      { touchpoints: { 'first-contact': '2026-11-29', apology: '2026-12-01' } },
      { touchpoints: { 'first-contact': '2026-11-29', 'first-meeting': '2026-12-02' } },
    );
    expect(merged.touchpoints).toEqual({
      'first-contact': '2026-11-29',
      apology: '2026-12-01',
      'first-meeting': '2026-12-02',
    });
    expect(conflicts).toEqual([]);
  });

  it("keeps this tab's version of an entry both changed differently, and names it", () => {
    const { merged, conflicts } = merge(
      { touchpoints: { 'first-contact': '2026-11-28' }, log: [entry('shared01', 'Mine')] },
      { touchpoints: { 'first-contact': '2026-11-27' }, log: [entry('shared01', 'Theirs')] },
      { ...base, log: [entry('shared01', 'Before')] },
    );
    expect(merged.touchpoints['first-contact']).toBe('2026-11-28');
    // A log entry changed on both sides loses neither text (tests/unit/cases/authorship.test.ts).
    const { id: _id, ...theirs } = entry('shared01', 'Theirs');
    expect(merged.log).toEqual([{ ...entry('shared01', 'Mine'), earlier: [theirs] }]);
    expect(conflicts).toEqual([{ part: 'touchpoints', id: 'first-contact' }]);
  });

  it('merges a draft comments round: every file and reply kept once, decisions by comment', () => {
    const file = (n: number) => ({ importedAt: base.createdAt, file: { number: n } as never });
    const before = { ...base, draftComments: [round({ received: [file(1)] })] };
    const { merged, conflicts } = merge(
      {
        draftComments: [
          round({ received: [file(1), file(2)], decisions: { c1: { decision: 'accepted', reason: '' } } }),
        ],
      },
      { draftComments: [round({ received: [file(1), file(3)], where: { q1: 'Section 4' } })] },
      before,
    );
    expect(merged.draftComments).toEqual([
      round({
        received: [file(1), file(2), file(3)],
        decisions: { c1: { decision: 'accepted', reason: '' } },
        where: { q1: 'Section 4' },
      }),
    ]);
    expect(conflicts).toEqual([]);
  });

  it('dates the merge by the later change and the later family link', () => {
    const { merged } = merge(
      { changedAt: '2026-12-01T10:00:00.000Z', linkMadeAt: '2026-12-01T10:00:00.000Z' },
      { changedAt: '2026-12-01T11:00:00.000Z', linkMadeAt: '2026-12-01T09:30:00.000Z' },
    );
    expect(merged.changedAt).toBe('2026-12-01T11:00:00.000Z');
    expect(merged.linkMadeAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('keeps an odd setup answer id as data, never as the prototype', () => {
    const answers = JSON.parse(
      '{"__proto__": {"polluted": true}, "reference": "PSII-3"}',
    ) as CaseRecord['setup']['answers'];
    const { merged } = merge({}, { setup: { answers, skipped: [] } });
    expect(Object.keys(merged.setup.answers)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('who owns the case, merged', () => {
  const handover = (id: string, at: string, to: string) => ({
    id,
    at,
    by: 'Sam Patel',
    event: 'owner-changed' as const,
    to,
  });
  it('takes the side that handed the case over, and keeps both sides’ history in time order', () => {
    const { merged, conflicts } = merge(
      { owner: 'Ana Jones', history: [handover('event002', '2026-12-03T10:00:00.000Z', 'Ana Jones')] },
      { history: [handover('event001', '2026-12-02T10:00:00.000Z', 'Sam Patel')] },
    );
    expect(merged.owner).toBe('Ana Jones');
    expect(merged.history?.map((e) => e.id)).toEqual(['event001', 'event002']);
    expect(conflicts).toEqual([]);
  });
  it('reports an owner both sides changed differently as a clash, keeping this side', () => {
    const { merged, conflicts } = merge({ owner: 'Ana Jones' }, { owner: 'Bo Lee' });
    expect(merged.owner).toBe('Ana Jones');
    expect(conflicts).toEqual([{ part: 'owner', id: 'owner' }]);
  });
});
