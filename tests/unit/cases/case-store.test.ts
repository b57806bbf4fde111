import { describe, expect, it } from 'vitest';
import { CASE_KEY_PREFIX, createCaseStore, parseStoredCase } from '~/core/cases/case-store';
import { newCase, readCaseRecord } from '~/core/cases/record';
import { MemoryStorage } from '~/core/store';
import { createEnvelope } from '~/core/store/envelope';
import { completeFamily } from '../../fixtures/answers/complete-family';

const now = new Date('2026-12-02T10:00:00Z');
const backends = () => {
  const local = new MemoryStorage();
  const session = new MemoryStorage();
  return { local, session, store: createCaseStore({ local: () => local, session: () => session }) };
};

describe('the team case store', () => {
  it('keeps each case under its own key, only in the tab unless the team chooses the device', () => {
    const { local, session, store } = backends();
    const a = newCase(now);
    const b = newCase(now);
    expect(store.save(a, 'tab', now)).toBe(true);
    expect(store.save(b, 'device', now)).toBe(true);
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

  it('moving a case between tab and device leaves one copy only', () => {
    const { local, session, store } = backends();
    const a = newCase(now);
    store.save(a, 'tab', now);
    store.save(a, 'device', now);
    expect(session.getItem(CASE_KEY_PREFIX + a.id)).toBeNull();
    expect(local.getItem(CASE_KEY_PREFIX + a.id)).not.toBeNull();
  });

  it('lists a case it cannot read as unreadable, with its text, and never overwrites it', () => {
    const { session, store } = backends();
    session.setItem(`${CASE_KEY_PREFIX}abcdefgh`, '{"app":"learn-together-wizard","kind":"team-case","ver');
    const [listed] = store.list();
    expect(listed).toMatchObject({ ok: false, why: 'corrupt', mode: 'tab', key: `${CASE_KEY_PREFIX}abcdefgh` });
    expect(listed?.ok === false && listed.raw).toContain('"kind":"team-case"');
    expect(session.getItem(`${CASE_KEY_PREFIX}abcdefgh`)).toContain('"ver');
  });

  it('leaves a newer version alone', () => {
    const raw = JSON.stringify({ app: 'learn-together-wizard', kind: 'team-case', version: 9, record: {} });
    expect(parseStoredCase(raw, `${CASE_KEY_PREFIX}x`, 'device')).toMatchObject({ ok: false, why: 'too-new' });
  });

  it('reports false when the browser will not keep a case, rather than throwing', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = createCaseStore({ local: () => full, session: () => full });
    expect(store.save(newCase(now), 'tab', now)).toBe(false);
    expect(store.canSave('tab')).toBe(false);
    const blocked = createCaseStore({
      local: () => {
        throw new Error('blocked');
      },
      session: () => {
        throw new Error('blocked');
      },
    });
    expect(blocked.list()).toEqual([]);
    expect(blocked.save(newCase(now), 'device', now)).toBe(false);
  });
});

describe('reading a case record', () => {
  it('accepts a record with a family member whose answers read, and rejects one whose answers do not', () => {
    const record = newCase(now);
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
