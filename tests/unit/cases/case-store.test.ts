import { describe, expect, it } from 'vitest';
import { CASE_KEY_PREFIX, createTeamCaseStore, type StoredCase } from '~/core/cases/case-store';
import { newCase, readCaseRecord, type CaseRecord, type ContactLogEntry } from '~/core/cases/record';
import { createEnvelope } from '~/core/store/envelope';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { FakeStorage } from '../storage/fake-storage';

const now = new Date('2026-12-02T10:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const backends = () => {
  const local = new FakeStorage();
  const session = new FakeStorage();
  const backends = { local: () => local, session: () => session };
  // Each call is another tab over the same storages (sessionStorage is per tab in a browser; shared here on purpose).
  return { local, session, tab: () => createTeamCaseStore(backends) };
};
const entry = (id: string, summary: string): ContactLogEntry => ({
  id,
  date: '2026-12-01',
  method: 'phone',
  who: '',
  summary,
});
const stored = (found: StoredCase | undefined) => {
  if (!found) throw new Error('the case is not there');
  return found;
};

describe('the team case store', () => {
  it('keeps each case under its own key, only in the tab unless the team chooses the device', () => {
    const { local, session, tab } = backends();
    const store = tab();
    const a = newCase(now);
    const b = newCase(now);
    expect(store.create(a, 'tab', now)).toBe(true);
    expect(store.create(b, 'device', now)).toBe(true);
    expect(session.getItem(CASE_KEY_PREFIX + a.id)).not.toBeNull();
    expect(local.getItem(CASE_KEY_PREFIX + a.id)).toBeNull();
    expect(local.getItem(CASE_KEY_PREFIX + b.id)).not.toBeNull();
    expect(
      store
        .list()
        .map((c) => c.ok && c.record.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(store.get(b.id)?.mode).toBe('device');
  });

  it('lists a case it cannot read as unreadable, with its text, and keeps a copy before anything writes over it', () => {
    const { session, tab } = backends();
    const key = `${CASE_KEY_PREFIX}abcdefgh`;
    const broken = '{"app":"learn-together-wizard","kind":"team-case","ver';
    session.setItem(key, broken);
    const [listed] = tab().list();
    expect(listed).toMatchObject({ ok: false, why: 'corrupt', mode: 'tab', key, raw: broken });
    expect(session.getItem(key)).toBe(broken);

    // A case file with that id, opened here: the broken text is kept aside first, and listed for download.
    const store = tab();
    expect(store.create({ ...newCase(now), id: 'abcdefgh' }, 'tab', now)).toBe(true);
    const copies = store.list().filter((c) => !c.ok);
    expect(copies).toMatchObject([{ ok: false, raw: broken, copy: { text: broken } }]);
    store.removeUnreadable(copies[0] as never);
    expect(store.list().filter((c) => !c.ok)).toEqual([]);
  });

  it('leaves a newer version alone: listed as too new, never written over', () => {
    const { local, tab } = backends();
    const key = `${CASE_KEY_PREFIX}newer001`;
    const raw = JSON.stringify({
      app: 'learn-together-wizard',
      kind: 'team-case',
      version: 9,
      savedAt: now,
      record: {},
    });
    local.setItem(key, raw);
    const store = tab();
    expect(store.list()).toMatchObject([{ ok: false, why: 'too-new', key, raw }]);
    expect(store.create({ ...newCase(now), id: 'newer001' }, 'device', now)).toBe(false);
    expect(local.getItem(key)).toBe(raw);
  });

  it('reports false when the browser will not keep a new case, rather than throwing', () => {
    const { local, session, tab } = backends();
    local.quotaError = session.quotaError = new DOMException('full', 'QuotaExceededError');
    expect(tab().create(newCase(now), 'tab', now)).toBe(false);
    expect(tab().canSave('tab')).toBe(false);
    const blocked = createTeamCaseStore({
      local: () => {
        throw new Error('blocked');
      },
      session: () => {
        throw new Error('blocked');
      },
    });
    expect(blocked.list()).toEqual([]);
    expect(blocked.create(newCase(now), 'device', now)).toBe(false);
  });

  it('a device that is full keeps the change in this tab, then only on this page, and says why', () => {
    const { local, session, tab } = backends();
    const store = tab();
    const record = newCase(now);
    store.create(record, 'device', now);
    local.quotaError = new DOMException('full', 'QuotaExceededError');
    const first = { ...record, log: [entry('entry001', 'Phoned')] };
    expect(store.save(first, stored(store.get(record.id)), later(1))).toEqual({
      ok: true,
      where: 'tab',
      movedBecause: 'full',
      clashes: [],
    });
    expect(store.get(record.id)).toMatchObject({ mode: 'tab', record: { log: [{ id: 'entry001' }] } });
    session.quotaError = new DOMException('full', 'QuotaExceededError');
    const second = { ...first, log: [...first.log, entry('entry002', 'Met')] };
    expect(store.save(second, stored(store.get(record.id)), later(2))).toMatchObject({
      ok: true,
      where: 'memory',
      movedBecause: 'full',
    });
    expect(store.get(record.id)).toMatchObject({ mode: 'memory', record: { log: [{}, { id: 'entry002' }] } });
    expect(store.list()).toHaveLength(1);
    // What the device already had is still there, unchanged.
    expect(readCaseRecord(JSON.parse(local.getItem(CASE_KEY_PREFIX + record.id)!).record)?.log).toEqual([]);
  });

  it('two tabs each adding a log entry keep both', () => {
    const { tab } = backends();
    const [first, second] = [tab(), tab()];
    const record = newCase(now);
    first.create(record, 'device', now);
    const seenByFirst = stored(first.get(record.id));
    const seenBySecond = stored(second.get(record.id));
    expect(first.save({ ...record, log: [entry('entry001', 'From the first tab')] }, seenByFirst, later(1)).ok).toBe(
      true,
    );
    expect(second.save({ ...record, log: [entry('entry002', 'From the second tab')] }, seenBySecond, later(2))).toEqual(
      { ok: true, where: 'device', clashes: [] },
    );
    expect(
      tab()
        .get(record.id)
        ?.record.log.map((e) => e.summary),
    ).toEqual(['From the second tab', 'From the first tab']);
  });

  it('the same date changed in both tabs keeps this tab’s, and says which', () => {
    const { tab } = backends();
    const [first, second] = [tab(), tab()];
    const record = newCase(now);
    first.create(record, 'device', now);
    const base = stored(second.get(record.id));
    first.save({ ...record, touchpoints: { 'first-contact': '2026-11-30' } }, stored(first.get(record.id)), later(1));
    expect(second.save({ ...record, touchpoints: { 'first-contact': '2026-12-01' } }, base, later(2))).toMatchObject({
      ok: true,
      clashes: [{ part: 'touchpoints', id: 'first-contact' }],
    });
    expect(tab().get(record.id)?.record.touchpoints).toEqual({ 'first-contact': '2026-12-01' });
  });

  it('a case deleted in one tab is not saved back by another, and is gone from both', () => {
    const { tab } = backends();
    const [first, second] = [tab(), tab()];
    const record = newCase(now);
    first.create(record, 'device', now);
    const base = stored(second.get(record.id));
    first.remove(record.id);
    expect(second.save({ ...record, log: [entry('entry001', 'Too late')] }, base, later(1))).toEqual({
      ok: false,
      error: 'deleted',
    });
    expect(second.get(record.id)).toBeUndefined();
    expect(second.list()).toEqual([]);
    // Opened again from a file on purpose: it comes back.
    expect(second.create(record, 'tab', later(2))).toBe(true);
    expect(second.get(record.id)?.mode).toBe('tab');
  });

  it('says which storage changes are about cases', () => {
    const store = backends().tab();
    expect([`${CASE_KEY_PREFIX}abc`, null, 'ltw:answers', 'other'].map((key) => store.concerns(key))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('reading a case record', () => {
  it('accepts a record with a family member whose answers read, and rejects one whose answers do not', () => {
    const record: CaseRecord = newCase(now);
    const envelope = createEnvelope({ answers: completeFamily, skipped: [], stageMarks: {}, position: 'hub' }, now);
    const withFamily = {
      ...record,
      families: [{ id: 'member01', importedAt: now.toISOString(), fileCreatedAt: now.toISOString(), envelope }],
    };
    expect(readCaseRecord(withFamily)?.families).toHaveLength(1);
    expect(
      readCaseRecord({ ...withFamily, families: [{ ...withFamily.families[0], envelope: { app: 'x' } }] }),
    ).toBeUndefined();
  });

  it.each([
    ['an unknown key', { surprise: true }],
    [
      'a log entry with a summary past its limit',
      { log: [{ id: 'entry001', date: '2026-01-01', method: 'phone', who: '', summary: 'x'.repeat(2001) }] },
    ],
    ['a touchpoint date that is not a date', { touchpoints: { 'first-contact': 'yesterday' } }],
    [
      'a version number of 0',
      {
        versions: [
          { id: 'version1', number: 0, madeAt: now.toISOString(), familyId: 'member01', details: {}, envelope: {} },
        ],
      },
    ],
    ['an id with capitals and symbols', { id: 'Robert"); DROP' }],
  ])('rejects %s', (_name, change) => {
    expect(readCaseRecord({ ...newCase(now), ...change })).toBeUndefined();
  });
});
