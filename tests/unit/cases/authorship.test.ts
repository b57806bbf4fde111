import { describe, expect, it } from 'vitest';
import { correctLogEntry, handOver, mergeCorrections, recordAgreed } from '~/core/cases/authorship';
import { mergeCaseSaves } from '~/core/cases/case-merge';
import { newCase, readCaseRecord, type CaseRecord, type ContactLogEntry } from '~/core/cases/record';

const first: ContactLogEntry = {
  id: 'call0001',
  date: '2026-12-01',
  method: 'phone',
  who: 'Siân',
  summary: 'Talked about the meeting on Fridya.',
  by: 'Sam Patel',
  at: '2026-12-01T10:00:00.000Z',
};
const text = ({ id: _id, earlier: _earlier, ...rest }: ContactLogEntry) => rest;

describe('correcting a contact log entry', () => {
  it('shows the corrected text and keeps every earlier one, oldest first, with who wrote it', () => {
    const once = correctLogEntry(first, {
      ...text(first),
      summary: 'Talked about the meeting on Friday.',
      by: 'Ana Jones',
      at: '2026-12-02T09:00:00.000Z',
    });
    const twice = correctLogEntry(once, { ...text(once), who: 'Siân and Owen', at: '2026-12-03T09:00:00.000Z' });
    expect(twice).toMatchObject({
      id: 'call0001',
      who: 'Siân and Owen',
      summary: 'Talked about the meeting on Friday.',
    });
    expect(twice.earlier).toEqual([text(first), text(once)]);
    const record = { ...newCase(new Date('2026-12-01T09:00:00Z')), id: 'case0001', log: [twice] };
    expect(readCaseRecord(record)?.log[0]?.earlier).toHaveLength(2);
  });
});

describe('one entry corrected in two tabs', () => {
  const base: CaseRecord = { ...newCase(new Date('2026-12-01T09:00:00Z')), id: 'case0001', log: [first] };
  const mine = correctLogEntry(first, { ...text(first), summary: 'Mine', at: '2026-12-02T09:00:00.000Z' });
  const theirs = correctLogEntry(first, {
    ...text(first),
    summary: 'Theirs',
    by: 'Ana Jones',
    at: '2026-12-02T11:00:00.000Z',
  });

  it('keeps both corrections and the first text: the later correction shows, the others are earlier texts', () => {
    const { merged, conflicts } = mergeCaseSaves(base, { ...base, log: [mine] }, { ...base, log: [theirs] });
    expect(conflicts).toEqual([]);
    expect(merged.log).toHaveLength(1);
    expect(merged.log[0]!.summary).toBe('Theirs');
    expect(merged.log[0]!.earlier?.map((e) => e.summary)).toEqual([first.summary, 'Mine']);
  });

  it('gives the same entry whichever side merges', () => {
    expect(mergeCorrections(theirs, mine)).toEqual(mergeCorrections(mine, theirs));
  });

  it('keeps an entry only one side corrected as that side has it', () => {
    const { merged } = mergeCaseSaves(base, { ...base, log: [first] }, { ...base, log: [theirs] });
    expect(merged.log).toEqual([theirs]);
  });
});

describe('handing a case over', () => {
  it('names the new owner and adds the handover to the history, from whom and by whom', () => {
    const start = { ...newCase(new Date('2026-12-01T09:00:00Z')), owner: 'Sam Patel' };
    const handed = handOver(start, 'Ana Jones', 'Sam Patel', new Date('2026-12-04T15:00:00Z'));
    expect(handed.owner).toBe('Ana Jones');
    expect(handed.history).toEqual([
      expect.objectContaining({
        event: 'owner-changed',
        from: 'Sam Patel',
        to: 'Ana Jones',
        by: 'Sam Patel',
        at: '2026-12-04T15:00:00.000Z',
      }),
    ]);
    const again = handOver(handed, 'Bo Lee', 'Ana Jones', new Date('2026-12-05T15:00:00Z'));
    expect(again.history?.map((e) => [e.from, e.to])).toEqual([
      ['Sam Patel', 'Ana Jones'],
      ['Ana Jones', 'Bo Lee'],
    ]);
  });

  it('has no "from" for a case that had no owner recorded', () => {
    const handed = handOver(newCase(new Date()), 'Ana Jones', 'Ana Jones', new Date());
    expect(handed.history?.[0]).not.toHaveProperty('from');
  });
});

describe('recording how the family agreed a version', () => {
  const version = { id: 'version1', number: 1, madeAt: '2026-12-01T10:00:00.000Z', familyId: 'member01' };
  const record = { ...newCase(new Date()), versions: [{ ...version, details: {}, envelope: {} as never }] };
  it('keeps the day only when they agreed it, and who recorded it', () => {
    const now = new Date('2026-12-04T10:00:00Z');
    const met = recordAgreed(record, 'version1', { how: 'meeting', on: '2026-12-03' }, 'Sam Patel', now);
    expect(met.versions[0]!.agreed).toEqual({
      how: 'meeting',
      on: '2026-12-03',
      by: 'Sam Patel',
      at: now.toISOString(),
    });
    const notYet = recordAgreed(met, 'version1', { how: 'not-yet', on: '2026-12-03' }, 'Ana Jones', now);
    expect(notYet.versions[0]!.agreed).toEqual({ how: 'not-yet', by: 'Ana Jones', at: now.toISOString() });
  });
});
