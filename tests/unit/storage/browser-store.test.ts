import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MemoryStorage,
  STORAGE_KEYS,
  createBrowserStore,
  createMemoryStore,
  isQuotaError,
  type CaseStore,
  type SavedCase,
  type StorageLike,
} from '../../../src/storage';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { hostile } from '../../fixtures/answers/hostile';
import { minimal } from '../../fixtures/answers/minimal';
import { REPO_ROOT } from '../../helpers/paths';

/** Memory storage that can be made to fail the ways browsers fail. */
class FakeStorage extends MemoryStorage {
  blocked = false;
  quotaError: unknown = null;

  #check() {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  override get length() {
    this.#check();
    return super.length;
  }
  override getItem(key: string) {
    this.#check();
    return super.getItem(key);
  }
  override setItem(key: string, value: string) {
    this.#check();
    if (this.quotaError) throw this.quotaError;
    super.setItem(key, value);
  }
  override removeItem(key: string) {
    this.#check();
    super.removeItem(key);
  }
  override key(index: number) {
    this.#check();
    return super.key(index);
  }
}

interface Harness {
  local: FakeStorage;
  session: FakeStorage;
  /** A new store over the same storage: another tab. */
  open(): CaseStore;
  /** Make storage unreachable, as a browser does when site data is blocked. */
  block(): void;
}

const OPTIONS = { maxAgeDays: 90 };
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

/** The behaviour every CaseStore must have, whatever its backends. */
function describeCaseStore(name: string, makeHarness: () => Harness) {
  describe(`${name} (CaseStore contract)`, () => {
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
      expect(harness.open().load(at(5))).toEqual({ ok: true, saved: family, savedAt: T0, mode, unreadable: {} });
      expect(ltwKeys(harness[used])).toEqual([STORAGE_KEYS.answers]);
      expect(ltwKeys(harness[unused])).toEqual([]);
    });

    it('keeps hostile answers intact through storage', () => {
      const { open } = makeHarness();
      open().save(caseOf(hostile), 'device', { now: T0 });
      const result = open().load(at(1));
      expect(result.ok && result.saved.answers).toEqual(hostile);
    });

    it('leaves no answers on the device after switching from device to tab', () => {
      const { open, local } = makeHarness();
      const store = open();
      store.save(family, 'device', { now: T0 });
      expect(store.save(family, 'tab', { now: at(1) }).ok).toBe(true);
      expect(local.getItem(STORAGE_KEYS.answers)).toBeNull();
      expect(ltwKeys(local)).toEqual([]);
      expect(open().load(at(2))).toMatchObject({ ok: true, mode: 'tab' });
    });

    it('leaves nothing in the tab after switching from tab to device', () => {
      const { open, session } = makeHarness();
      const store = open();
      store.save(family, 'tab', { now: T0 });
      store.save(family, 'device', { now: at(1) });
      expect(ltwKeys(session)).toEqual([]);
      expect(open().load(at(2))).toMatchObject({ ok: true, mode: 'device' });
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
      for (const key of ['other-app:theme', 'ltw:a', 'ltw:b', 'x', 'ltw:c', 'ltw:answers:unreadable'])
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

    it('reports blocked storage as unavailable, without throwing', () => {
      const harness = makeHarness();
      const store = harness.open();
      store.save(family, 'device', { now: T0 });
      harness.block();
      expect(store.load(at(1))).toEqual({ ok: false, error: 'unavailable' });
      expect(store.save(family, 'device', { now: at(2) })).toEqual({ ok: false, error: 'unavailable' });
      expect(store.save(family, 'tab', { now: at(2) })).toEqual({ ok: false, error: 'unavailable' });
      expect(store.erase()).toEqual({ ok: false });
      expect(store.hasAnything()).toBe(false);
    });

    it('reports a full storage as full, and the other storage still works', () => {
      const { open, local } = makeHarness();
      local.quotaError = new DOMException('Quota exceeded', 'QuotaExceededError');
      const store = open();
      expect(store.save(family, 'device', { now: T0 })).toEqual({ ok: false, error: 'full' });
      expect(store.save(family, 'tab', { now: T0 })).toEqual({ ok: true, savedAt: T0 });
    });

    it.each([
      ['truncated.json', 'corrupt'],
      ['not-an-object.json', 'corrupt'],
      ['wrong-app.json', 'wrong-app'],
      ['future-version.json', 'too-new'],
    ])('keeps a verbatim copy of %s (%s) that the next save does not overwrite', (file, error) => {
      const { open, local } = makeHarness();
      const text = savedText(file);
      local.setItem(STORAGE_KEYS.answers, text);
      const store = open();

      expect(store.load(T0)).toEqual({ ok: false, error });
      expect(local.getItem(STORAGE_KEYS.unreadable)).toBe(text);
      expect(local.getItem(STORAGE_KEYS.answers)).toBe(text);

      expect(store.save(family, 'device', { now: at(1) }).ok).toBe(true);
      expect(store.save(family, 'tab', { now: at(2) }).ok).toBe(true);
      expect(local.getItem(STORAGE_KEYS.unreadable)).toBe(text);
      expect(open().load(at(3))).toMatchObject({ ok: true, saved: family });
    });

    it('keeps the first unreadable copy when later text cannot be read either', () => {
      const { open, local } = makeHarness();
      local.setItem(STORAGE_KEYS.answers, 'first {');
      open().load(T0);
      local.setItem(STORAGE_KEYS.answers, 'second {');
      expect(open().load(T0)).toEqual({ ok: false, error: 'corrupt' });
      expect(local.getItem(STORAGE_KEYS.unreadable)).toBe('first {');
    });

    it('keeps a copy of unreadable text even when saving without loading first', () => {
      const { open, local } = makeHarness();
      local.setItem(STORAGE_KEYS.answers, '{"app":"learn-together-wiz');
      expect(open().save(family, 'device', { now: T0 }).ok).toBe(true);
      expect(local.getItem(STORAGE_KEYS.unreadable)).toBe('{"app":"learn-together-wiz');
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

      it('lets the tab overwrite with force, after which the other tab is the one out of date', () => {
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

      it('treats a switch to tab mode as a conflict when it would remove another tab’s newer save from the device', () => {
        const { open, local } = makeHarness();
        const tabA = open();
        const tabB = open();
        tabA.save(caseOf(minimal), 'device', { now: T0 });
        tabB.load(at(1));
        tabA.save(family, 'device', { now: at(2) });
        expect(tabB.save(caseOf(minimal), 'tab', { now: at(3) })).toMatchObject({ ok: false, error: 'conflict' });
        expect(local.getItem(STORAGE_KEYS.answers)).toContain('Siân Dŵr');
      });
    });

    it('erases answers older than maxAgeDays when loading them, and says they expired', () => {
      const { open, local, session } = makeHarness();
      open().save(family, 'device', { now: T0 });
      local.setItem(STORAGE_KEYS.unreadable, 'old text');
      session.setItem('ltw:other', 'x');
      expect(open().load(new Date(T0.getTime() + 90 * DAY))).toMatchObject({ ok: true });
      expect(open().load(new Date(T0.getTime() + 91 * DAY))).toEqual({ ok: false, error: 'expired' });
      expect(ltwKeys(local)).toEqual([]);
      expect(ltwKeys(session)).toEqual([]);
    });
  });
}

describeCaseStore('the memory store', () => {
  const storages = { local: new FakeStorage(), session: new FakeStorage() };
  return {
    ...storages,
    open: () => createMemoryStore(OPTIONS, storages),
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
    open: () => createBrowserStore(backends, OPTIONS),
    block: () => {
      blocked.local = true;
      blocked.session = true;
    },
  };
}

describeCaseStore('the browser store over fake Web Storage', () => browserHarness());

describe('the browser store', () => {
  it('still finds answers saved in the tab when only device storage is blocked', () => {
    const harness = browserHarness({ local: true, session: false });
    expect(harness.open().save(family, 'tab', { now: T0 }).ok).toBe(true);
    expect(harness.open().load(at(1))).toMatchObject({ ok: true, mode: 'tab' });
    expect(harness.open().save(family, 'device', { now: at(2) })).toEqual({ ok: false, error: 'unavailable' });
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
