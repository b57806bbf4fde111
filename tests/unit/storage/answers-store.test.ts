import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  STORAGE_KEYS,
  createAnswersStore,
  createMemoryAnswersStore,
  isQuotaError,
  type AnswersStore,
  type SavedCase,
  type StorageLike,
} from '~/core/store';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { hostile } from '../../fixtures/answers/hostile';
import { minimal } from '../../fixtures/answers/minimal';
import { REPO_ROOT } from '../../helpers/paths';
import { FakeStorage } from './fake-storage';

interface Harness {
  local: FakeStorage;
  session: FakeStorage;
  /** A new store over the same storage: another tab. */
  open(): AnswersStore;
  /** Make storage unreachable, as a browser does when site data is blocked. */
  block(): void;
}

// With the upgrades at hand, as a page has them once prepare() has run (tested on its own below).
const OPTIONS = { maxAgeDays: 90, upgrades: MIGRATIONS };
const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-11-02T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const caseOf = (answers: SavedCase['answers'], position = 'hub'): SavedCase => ({
  answers,
  skipped: [],
  stageMarks: {},
  position,
});
const family = caseOf(completeFamily, 'check-understanding-you');

const ltwKeys = (storage: StorageLike) => {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith('ltw:')) keys.push(storage.key(i)!);
  return keys;
};
const savedText = (file: string) => readFileSync(join(REPO_ROOT, 'tests/fixtures/saved', file), 'utf8');

const savedCopies = (storage: StorageLike) =>
  (JSON.parse(storage.getItem(STORAGE_KEYS.kept) ?? '{"copies":[]}') as { copies: { text: string }[] }).copies.map(
    (c) => c.text,
  );
const loaded = (saved: SavedCase) => ({ ...saved, changedAt: saved.changedAt ?? {} });
// An answer of the wrong type and a question that does not exist, next to a good one.
const partlyUnreadable = JSON.stringify({
  app: 'learn-together-wizard',
  schemaVersion: 2,
  savedAt: T0.toISOString(),
  answers: {
    'your-name': 'Siân',
    'patient-name': 42,
    'no-such-question': 'kept words',
    'family-questions': 'a list saved as text',
  },
  skipped: [],
  stageMarks: {},
  position: 'hub',
});

/** The behaviour every AnswersStore must have, whatever its backends. */
function describeAnswersStore(name: string, makeHarness: () => Harness) {
  describe(`${name} (AnswersStore contract)`, () => {
    it('says nothing is saved when nothing is', () => {
      const { open } = makeHarness();
      expect(open().load(T0)).toEqual({ ok: false, error: 'nothing-saved' });
      expect(open().hasAnything()).toBe(false);
    });

    it.each([
      ['device', 'local', 'session'],
      ['tab', 'session', 'local'],
    ] as const)('saves and loads back a case in %s mode, in %s storage only', (mode, used, unused) => {
      const harness = makeHarness();
      expect(harness.open().save(family, mode, { now: T0 })).toEqual({ ok: true, savedAt: T0 });
      expect(harness.open().load(at(5))).toEqual({
        ok: true,
        saved: loaded(family),
        savedAt: T0,
        mode,
        unreadable: {},
        capped: [],
      });
      expect(ltwKeys(harness[used])).toEqual([STORAGE_KEYS.answers]);
      expect(ltwKeys(harness[unused])).toEqual([]);
    });

    it('keeps hostile answers intact through storage', () => {
      const { open } = makeHarness();
      open().save(caseOf(hostile), 'device', { now: T0 });
      const result = open().load(at(1));
      expect(result.ok && result.saved.answers).toEqual(hostile);
    });

    it('removes this tab’s answers from the device after switching to tab, and nothing else', () => {
      const { open, local } = makeHarness();
      const store = open();
      store.save(family, 'device', { now: T0 });
      expect(store.save(family, 'tab', { now: at(1) }).ok).toBe(true);
      store.removeFrom('device');
      expect(ltwKeys(local)).toEqual([]);
      expect(open().load(at(2))).toMatchObject({ ok: true, mode: 'tab' });
    });

    it('never removes another tab’s newer answers from the device when switching', () => {
      const { open, local } = makeHarness();
      const tabA = open();
      const tabB = open();
      tabA.save(caseOf(minimal), 'device', { now: T0 });
      tabB.load(at(1));
      tabA.save(family, 'device', { now: at(2) });
      tabB.save(caseOf(minimal), 'tab', { now: at(3) });
      tabB.removeFrom('device');
      expect(local.getItem(STORAGE_KEYS.answers)).toContain('Siân Dŵr');
    });

    it('a tab-only tab reads its own answers first, never the device’s', () => {
      const { open } = makeHarness();
      const shared = open();
      shared.save(family, 'device', { now: T0 });
      const mine = open();
      mine.save(caseOf(minimal), 'tab', { now: at(1) });
      expect(open().load(at(2))).toMatchObject({ ok: true, mode: 'tab', saved: { answers: minimal } });
    });

    it('saves again and again from one tab without calling it a conflict', () => {
      const store = makeHarness().open();
      expect(store.save(caseOf(minimal), 'device', { now: T0 }).ok).toBe(true);
      expect(store.save(family, 'device', { now: at(1) }).ok).toBe(true);
      expect(store.save(family, 'device', { now: at(2) }).ok).toBe(true);
    });

    it('erases every ltw: key from both storages, and nothing else', () => {
      const { open, local, session } = makeHarness();
      const store = open();
      store.save(family, 'device', { now: T0 });
      session.setItem(STORAGE_KEYS.answers, '{"half a');
      for (const key of ['other-app:theme', 'ltw:a', 'ltw:b', 'x', 'ltw:c', STORAGE_KEYS.kept, STORAGE_KEYS.drafts])
        local.setItem(key, 'value');
      expect(store.hasAnything()).toBe(true);

      expect(store.erase()).toEqual({ ok: true });
      expect(ltwKeys(local)).toEqual([]);
      expect(ltwKeys(session)).toEqual([]);
      expect(local.getItem('other-app:theme')).toBe('value');
      expect(local.getItem('x')).toBe('value');
      expect(store.hasAnything()).toBe(false);
      expect(open().load(at(1))).toEqual({ ok: false, error: 'nothing-saved' });
    });

    it('reports blocked storage as unavailable, and says it could not check, without throwing', () => {
      const harness = makeHarness();
      const store = harness.open();
      store.save(family, 'device', { now: T0 });
      harness.block();
      expect(store.load(at(1))).toEqual({ ok: false, error: 'unavailable' });
      expect(store.save(family, 'device', { now: at(2) })).toEqual({ ok: false, error: 'unavailable' });
      expect(store.save(family, 'tab', { now: at(2) })).toEqual({ ok: false, error: 'unavailable' });
      expect(store.canSave('device')).toBe(false);
      expect(store.canSave('tab')).toBe(false);
      expect(store.erase()).toEqual({ ok: false });
      expect(store.hasAnything()).toBeUndefined();
    });

    it('reports a full storage as full, says it cannot save there, and the other storage still works', () => {
      const { open, local } = makeHarness();
      local.quotaError = new DOMException('Quota exceeded', 'QuotaExceededError');
      const store = open();
      expect(store.canSave('device')).toBe(false);
      expect(store.save(family, 'device', { now: T0 })).toEqual({ ok: false, error: 'full' });
      expect(store.canSave('tab')).toBe(true);
      expect(store.save(family, 'tab', { now: T0 })).toEqual({ ok: true, savedAt: T0 });
    });

    it('frees drafts (never a kept copy) to make room for the answers', () => {
      const { open, local } = makeHarness();
      const store = open();
      store.drafts.save('device', 'what-happened', 'x'.repeat(5000), T0);
      local.setItem(
        STORAGE_KEYS.kept,
        JSON.stringify({ app: 'learn-together-wizard', copies: [{ keptAt: T0.toISOString(), text: 'old' }] }),
      );
      local.capacity = JSON.stringify(family).length + 2000;
      expect(store.save(family, 'device', { now: at(1) }).ok).toBe(true);
      expect(local.getItem(STORAGE_KEYS.drafts)).toBeNull();
      expect(savedCopies(local)).toEqual(['old']);
    });

    it.each([
      ['truncated.json', 'corrupt'],
      ['not-an-object.json', 'corrupt'],
    ])(
      'keeps a checked copy of %s (%s) before the next save overwrites it, and offers it for download',
      (file, error) => {
        const { open, local } = makeHarness();
        const text = savedText(file);
        local.setItem(STORAGE_KEYS.answers, text);
        const store = open();

        expect(store.load(T0)).toEqual({ ok: false, error, mode: 'device', kept: 'kept', raw: text });
        expect(savedCopies(local)).toEqual([text]);
        expect(store.save(family, 'device', { now: at(1) }).ok).toBe(true);
        expect(savedCopies(local)).toEqual([text]);
        expect(store.keptCopies().map((c) => c.text)).toEqual([text]);
        expect(open().load(at(3))).toMatchObject({ ok: true, saved: family });
      },
    );

    it.each([
      ['wrong-app.json', 'wrong-app'],
      ['future-version.json', 'too-new'],
    ])('leaves %s (%s) exactly where it is: no copy, no save over it, not offered for saving', (file, error) => {
      const { open, local } = makeHarness();
      const text = savedText(file);
      local.setItem(STORAGE_KEYS.answers, text);
      const store = open();
      expect(store.load(T0)).toMatchObject({ ok: false, error, kept: 'left-alone' });
      expect(store.canSave('device')).toBe(false);
      expect(store.save(family, 'device', { now: at(1) })).toEqual({ ok: false, error: 'left-alone' });
      expect(open().save(family, 'device', { now: at(1) })).toEqual({ ok: false, error: 'left-alone' });
      expect(local.getItem(STORAGE_KEYS.answers)).toBe(text);
      expect(ltwKeys(local)).toEqual([STORAGE_KEYS.answers]);
      expect(store.save(family, 'tab', { now: at(2) }).ok).toBe(true);
      expect(local.getItem(STORAGE_KEYS.answers)).toBe(text);
    });

    it('keeps the whole text when only some answers cannot be read, before anything is written', () => {
      const { open, local } = makeHarness();
      local.setItem(STORAGE_KEYS.answers, partlyUnreadable);
      const store = open();
      const result = store.load(at(1));
      expect(result).toMatchObject({ ok: true, kept: 'kept', saved: { answers: { 'your-name': 'Siân' } } });
      expect(result.ok && Object.keys(result.unreadable)).toEqual([
        'patient-name',
        'no-such-question',
        'family-questions',
      ]);
      expect(savedCopies(local)).toEqual([partlyUnreadable]);
      expect(store.save(caseOf({ 'your-name': 'Siân' }), 'device', { now: at(2) }).ok).toBe(true);
      expect(savedCopies(local)).toEqual([partlyUnreadable]);
    });

    it('overwrites nothing when the copy cannot be written, and says so', () => {
      const { open, local } = makeHarness();
      local.setItem(STORAGE_KEYS.answers, partlyUnreadable);
      local.capacity = partlyUnreadable.length + 10;
      const store = open();
      expect(store.load(at(1))).toMatchObject({ ok: true, kept: 'failed', raw: partlyUnreadable });
      expect(store.canSave('device')).toBe(false);
      expect(store.save(caseOf({ 'your-name': 'Siân' }), 'device', { now: at(2) })).toEqual({
        ok: false,
        error: 'copy-failed',
      });
      expect(local.getItem(STORAGE_KEYS.answers)).toBe(partlyUnreadable);
      // Another tab (or a reload) finds the same and does the same.
      expect(open().save(family, 'device', { now: at(3), force: true })).toEqual({ ok: false, error: 'copy-failed' });
      expect(local.getItem(STORAGE_KEYS.answers)).toBe(partlyUnreadable);
    });

    it('caps a list of 10,000 entries on load, keeping the original first', () => {
      const { open, local } = makeHarness();
      const huge = JSON.stringify({
        app: 'learn-together-wizard',
        schemaVersion: 2,
        savedAt: T0.toISOString(),
        answers: {
          'family-questions': { items: Array.from({ length: 10_000 }, (_, i) => `Question ${i}`) },
        },
      });
      local.setItem(STORAGE_KEYS.answers, huge);
      const result = open().load(at(1));
      expect(result).toMatchObject({ ok: true, kept: 'kept', capped: ['family-questions'] });
      const items = result.ok ? (result.saved.answers['family-questions'] as { items: string[] }).items : [];
      expect(result.ok && Object.keys(result.unreadable)).toEqual([]);
      expect(items.length).toBe(30);
      expect(items[0]).toBe('Question 0');
      expect(savedCopies(local)).toEqual([huge]);
    });

    it('writes a save from the future down as made now, so it expires like any other', () => {
      const { open, local } = makeHarness();
      local.setItem(
        STORAGE_KEYS.answers,
        JSON.stringify({
          ...JSON.parse(JSON.stringify({ app: 'learn-together-wizard', schemaVersion: 2, answers: minimal })),
          savedAt: '2999-01-01T00:00:00.000Z',
        }),
      );
      expect(open().load(T0)).toMatchObject({ ok: true, savedAt: T0 });
      expect(open().load(new Date(T0.getTime() + 91 * DAY))).toMatchObject({ ok: false, error: 'expired' });
    });

    it('keeps each distinct unreadable text once, and lets kept copies expire with the answers', () => {
      const { open, local } = makeHarness();
      local.setItem(STORAGE_KEYS.answers, 'first {');
      open().load(T0);
      open().load(at(1));
      local.setItem(STORAGE_KEYS.answers, 'second {');
      expect(open().load(at(2))).toMatchObject({ ok: false, error: 'corrupt', kept: 'kept' });
      expect(savedCopies(local)).toEqual(['first {', 'second {']);
      local.removeItem(STORAGE_KEYS.answers);
      open().load(new Date(T0.getTime() + 91 * DAY));
      expect(local.getItem(STORAGE_KEYS.kept)).toBeNull();
    });

    it('reads the bare text an older version kept as one kept copy', () => {
      const { open, local } = makeHarness();
      local.setItem(STORAGE_KEYS.kept, 'old {');
      expect(
        open()
          .keptCopies()
          .map((c) => c.text),
      ).toEqual(['old {']);
    });

    it('keeps a copy of unreadable text even when saving without loading first', () => {
      const { open, local } = makeHarness();
      local.setItem(STORAGE_KEYS.answers, '{"app":"learn-together-wiz');
      expect(open().save(family, 'device', { now: T0 }).ok).toBe(true);
      expect(savedCopies(local)).toEqual(['{"app":"learn-together-wiz']);
    });

    describe('drafts', () => {
      it('keeps what is typed per question in the chosen storage, and clears it', () => {
        const { open, local, session } = makeHarness();
        const store = open();
        expect(store.drafts.save('device', 'what-happened', 'half a sentence', T0)).toBe(true);
        store.drafts.save('tab', 'your-name', 'Si', T0);
        expect(open().drafts.load('device', at(1))).toEqual({
          'what-happened': { value: 'half a sentence', at: T0.toISOString() },
        });
        expect(Object.keys(open().drafts.load('tab', at(1)))).toEqual(['your-name']);
        store.drafts.clear('device', 'what-happened');
        expect(local.getItem(STORAGE_KEYS.drafts)).toBeNull();
        expect(session.getItem(STORAGE_KEYS.drafts)).not.toBeNull();
      });

      it('reads unreadable or expired drafts as none, and never as answers', () => {
        const { open, local } = makeHarness();
        local.setItem(STORAGE_KEYS.drafts, '{not json');
        expect(open().drafts.load('device', T0)).toEqual({});
        open().drafts.save('device', 'your-name', 'Old', T0);
        expect(open().drafts.load('device', new Date(T0.getTime() + 91 * DAY))).toEqual({});
        expect(open().load(T0)).toEqual({ ok: false, error: 'nothing-saved' });
      });
    });

    describe('with two tabs open', () => {
      it('refuses a save from a tab that has not seen the other tab’s newer save, and says what is there', () => {
        const { open } = makeHarness();
        const tabA = open();
        const tabB = open();
        tabA.save(caseOf(minimal), 'device', { now: T0 });
        expect(tabB.load(at(1))).toMatchObject({ ok: true, saved: { answers: minimal } });
        tabA.save(family, 'device', { now: at(2) });

        const result = tabB.save(caseOf({ ...minimal, 'your-name': 'Tab B' }), 'device', { now: at(3) });
        expect(result).toMatchObject({
          ok: false,
          error: 'conflict',
          theirs: { ok: true, mode: 'device', saved: family, savedAt: at(2) },
        });
        expect(open().load(at(4))).toMatchObject({ ok: true, saved: family });
      });

      it('lets the tab write the merged answers with force, after which the other tab is the one out of date', () => {
        const { open } = makeHarness();
        const tabA = open();
        const tabB = open();
        tabA.save(caseOf(minimal), 'device', { now: T0 });
        tabB.load(at(1));
        tabA.save(family, 'device', { now: at(2) });
        const mine = caseOf({ ...minimal, 'your-name': 'Tab B' });
        expect(tabB.save(mine, 'device', { now: at(3) }).ok).toBe(false);

        expect(tabB.save(mine, 'device', { now: at(4), force: true })).toEqual({ ok: true, savedAt: at(4) });
        expect(open().load(at(5))).toMatchObject({ ok: true, saved: mine });
        expect(tabA.save(family, 'device', { now: at(6) })).toMatchObject({ ok: false, error: 'conflict' });
      });

      it('treats a save as a conflict when the tab opened before anything was saved', () => {
        const { open } = makeHarness();
        const tabA = open();
        const tabB = open();
        tabA.save(family, 'device', { now: T0 });
        expect(tabB.save(caseOf(minimal), 'device', { now: at(1) })).toMatchObject({ ok: false, error: 'conflict' });
      });

      it('reading the other tab’s save makes it the version this tab has seen', () => {
        const { open } = makeHarness();
        const tabA = open();
        const tabB = open();
        tabA.save(caseOf(minimal), 'device', { now: T0 });
        expect(tabB.read('device', at(1))).toMatchObject({ ok: true, saved: { answers: minimal } });
        expect(tabB.save(family, 'device', { now: at(2) }).ok).toBe(true);
      });
    });

    it('erases answers older than maxAgeDays when loading them, and says they expired', () => {
      const { open, local, session } = makeHarness();
      open().save(family, 'device', { now: T0 });
      local.setItem(STORAGE_KEYS.kept, 'old text');
      session.setItem('ltw:other', 'x');
      expect(open().load(new Date(T0.getTime() + 90 * DAY))).toMatchObject({ ok: true });
      expect(open().load(new Date(T0.getTime() + 91 * DAY))).toMatchObject({ ok: false, error: 'expired' });
      expect(ltwKeys(local)).toEqual([]);
      expect(ltwKeys(session)).toEqual([]);
    });
  });
}

describeAnswersStore('the memory store', () => {
  const storages = { local: new FakeStorage(), session: new FakeStorage() };
  return {
    ...storages,
    open: () => createMemoryAnswersStore(OPTIONS, storages),
    block: () => {
      storages.local.blocked = true;
      storages.session.blocked = true;
    },
  };
});

function browserHarness(blocked: { local: boolean; session: boolean } = { local: false, session: false }): Harness {
  const local = new FakeStorage();
  const session = new FakeStorage();
  // Browsers throw on merely reading window.localStorage when site data is blocked.
  const denied = () => new DOMException('Access is denied for this document.', 'SecurityError');
  const backends = {
    local: () => {
      if (blocked.local) throw denied();
      return local;
    },
    session: () => {
      if (blocked.session) throw denied();
      return session;
    },
  };
  return {
    local,
    session,
    open: () => createAnswersStore(backends, OPTIONS),
    block: () => {
      blocked.local = true;
      blocked.session = true;
    },
  };
}

describeAnswersStore('the browser store over fake Web Storage', () => browserHarness());

describe('the browser store', () => {
  it('still finds answers saved in the tab when only device storage is blocked', () => {
    const harness = browserHarness({ local: true, session: false });
    expect(harness.open().save(family, 'tab', { now: T0 }).ok).toBe(true);
    expect(harness.open().load(at(1))).toMatchObject({ ok: true, mode: 'tab' });
    expect(harness.open().save(family, 'device', { now: at(2) })).toEqual({ ok: false, error: 'unavailable' });
    expect(harness.open().canSave('device')).toBe(false);
    expect(harness.open().hasAnything()).toBe(true);
  });

  it('says unavailable, not nothing-saved, when one storage is blocked and the other is empty', () => {
    expect(browserHarness({ local: true, session: false }).open().load(T0)).toEqual({
      ok: false,
      error: 'unavailable',
    });
  });

  it.each([
    ['Firefox', Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })],
    ['older WebKit', Object.assign(new Error('full'), { code: 22 })],
    ['Chromium', new DOMException('full', 'QuotaExceededError')],
  ])('recognises the %s quota error as full', (_browser, error) => {
    const harness = browserHarness();
    harness.local.quotaError = error;
    expect(harness.open().save(family, 'device', { now: T0 })).toEqual({ ok: false, error: 'full' });
  });

  it('calls any other error from setItem unavailable', () => {
    const harness = browserHarness();
    harness.local.quotaError = new TypeError('something else');
    expect(harness.open().save(family, 'device', { now: T0 })).toEqual({ ok: false, error: 'unavailable' });
  });

  it('does not mistake ordinary values for quota errors', () => {
    for (const value of [null, undefined, 'QuotaExceededError', 22, new Error('QuotaExceededError')])
      expect(isQuotaError(value)).toBe(false);
  });
});
