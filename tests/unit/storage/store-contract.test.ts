import { describe, expect, it } from 'vitest';
import { answersKind } from '~/core/store/answers-store';
import { MIGRATIONS } from '~/core/store/answers-migrations';
import { SCHEMA_VERSION } from '~/core/journey/schema';
import { CASE_DETAILS_KEY, CASE_DETAILS_KIND } from '~/core/store/case-details-store';
import { createVersionedStore, type Kind } from '~/core/store/versioned-store';
import { removeEntry, removeKeptCopy } from '~/core/store/versioned-kind';
import { mergeCases } from '~/core/store/merge';
import { STORAGE_KEYS, type SaveMode, type SavedCase } from '~/core/store/types';
import { CASE_KEY_PREFIX, TEAM_CASE_KIND } from '~/core/cases/case-store';
import { newCase, type CaseRecord, type ContactLogEntry } from '~/core/cases/record';
import type { CaseDetails } from '~/core/formats/case-details';
import { FakeStorage } from './fake-storage';

/*
 * The one store's contract, run over every kind it keeps (the family's answers, a team's case, the
 * family's copy of their team's details) and both backends (localStorage for 'device', sessionStorage
 * for 'tab'). Each kind gives a value, another value, and two tabs' changes from one base that merge.
 */

const T0 = new Date('2026-11-02T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const DAY = 24 * 60 * 60 * 1000;

interface Instance<T> {
  name: string;
  kind: Kind<T, unknown, unknown>;
  key: string;
  one: T;
  two: T;
  /** base, this tab's change, the other tab's change, and what both make together. */
  tabs: { base: T; mine: T; theirs: T; merged: T };
  /** The envelope field that says its version, and the version this code writes. */
  version: { field: string; current: number };
  maxAgeDays?: number;
}

const answers = (names: Record<string, string>, changedAt: Record<string, string> = {}): SavedCase => ({
  answers: { 'who-is-filling-in': { choice: 'patient' }, ...names },
  skipped: [],
  stageMarks: {},
  position: 'hub',
  changedAt,
  // As read back: an empty list of what each answer replaced is not written at all.
  ...(Object.keys(changedAt).length
    ? { basedOn: Object.fromEntries(Object.keys(changedAt).map((id) => [id, ''])) }
    : {}),
});
const ANSWERS: Instance<SavedCase> = {
  name: "the family's answers",
  kind: answersKind(90, { merge: mergeCases, upgrades: () => MIGRATIONS }),
  key: STORAGE_KEYS.answers,
  one: answers({ 'your-name': 'Alex' }),
  two: answers({ 'your-name': 'Siân Dŵr' }),
  tabs: {
    base: answers({ 'your-name': 'Alex' }),
    mine: answers({ 'your-name': 'Alex Jones' }, { 'your-name': at(1).toISOString() }),
    theirs: answers({ 'your-name': 'Alex', 'patient-name': 'Rhys' }, { 'patient-name': at(2).toISOString() }),
    merged: answers(
      { 'your-name': 'Alex Jones', 'patient-name': 'Rhys' },
      { 'your-name': at(1).toISOString(), 'patient-name': at(2).toISOString() },
    ),
  },
  version: { field: 'schemaVersion', current: SCHEMA_VERSION },
  maxAgeDays: 90,
};

const record: CaseRecord = { ...newCase(T0), id: 'case00000001' };
const entry = (id: string, summary: string): ContactLogEntry => ({
  id,
  date: '2026-11-02',
  method: 'phone',
  who: '',
  summary,
});
const TEAM: Instance<CaseRecord> = {
  name: "a team's case",
  kind: TEAM_CASE_KIND,
  key: CASE_KEY_PREFIX + record.id,
  one: record,
  two: { ...record, touchpoints: { 'first-contact': '2026-11-01' } },
  tabs: {
    base: record,
    mine: { ...record, log: [entry('entrymine', 'Called from this tab')] },
    theirs: { ...record, log: [entry('entrytheirs', 'Met, noted in the other tab')] },
    merged: {
      ...record,
      log: [entry('entrymine', 'Called from this tab'), entry('entrytheirs', 'Met, noted in the other tab')],
    },
  },
  version: { field: 'version', current: 2 },
};

const details = (reference: string): CaseDetails => ({ organisation: 'Example NHS Foundation Trust', reference });
const DETAILS: Instance<CaseDetails> = {
  name: "the family's copy of their team's details",
  kind: CASE_DETAILS_KIND,
  key: CASE_DETAILS_KEY,
  one: details('PSII-2026-0142'),
  two: details('PSII-2026-0143'),
  // One entry: a tab that did not change it takes the other tab's change.
  tabs: { base: details('A-1'), mine: details('A-1'), theirs: details('A-2'), merged: details('A-2') },
  version: { field: 'version', current: 1 },
};

const BACKENDS = [
  ['device', 'local'],
  ['tab', 'session'],
] as const satisfies readonly (readonly [SaveMode, 'local' | 'session'])[];

function describeContract<T>(instance: Instance<T>) {
  describe.each(BACKENDS)(`${instance.name}, kept for %s (in %sStorage)`, (mode, area) => {
    const harness = () => {
      const storages = { local: new FakeStorage(), session: new FakeStorage() };
      const blocked = { now: false };
      const backends = {
        local: () => {
          if (blocked.now) throw new DOMException('Access is denied for this document.', 'SecurityError');
          return storages.local;
        },
        session: () => {
          if (blocked.now) throw new DOMException('Access is denied for this document.', 'SecurityError');
          return storages.session;
        },
      };
      // Each call is another tab: its own store object over the same storages.
      const tab = () => createVersionedStore(backends, instance.kind);
      return { storage: storages[area], other: storages[area === 'local' ? 'session' : 'local'], tab, blocked };
    };
    const { key } = instance;
    const text = (value: T, now = T0) => instance.kind.encode(value, now);
    const envelope = (changes: Record<string, unknown>) =>
      JSON.stringify({ ...JSON.parse(text(instance.one)), ...changes });

    it('reads back what it saved, in that storage only, from another tab', () => {
      const { storage, other, tab } = harness();
      expect(tab().save(mode, key, instance.one, { now: T0 })).toMatchObject({ ok: true, savedAt: T0 });
      expect(tab().read(mode, key, at(1))).toMatchObject({ ok: true, value: instance.one, savedAt: T0, mode });
      expect(storage.getItem(key)).toBe(text(instance.one));
      expect(other.getItem(key)).toBeNull();
    });

    it('says when nothing is saved, without throwing', () => {
      expect(harness().tab().read(mode, key, T0)).toEqual({ ok: false, error: 'nothing-saved', mode });
    });

    it.each([
      ['truncated', (): string => text(instance.one).slice(0, 40), 'corrupt'],
      ['not JSON at all', (): string => 'not json {', 'corrupt'],
      ['well formed but not what it says', (): string => envelope({ savedAt: 'yesterday' }), 'invalid'],
    ] as const)('keeps %s text verbatim before a save writes over it', (_name, make, error) => {
      const { storage, tab } = harness();
      const original = make();
      storage.setItem(key, original);
      const store = tab();
      expect(store.read(mode, key, T0)).toMatchObject({ ok: false, error, raw: original });
      expect(store.save(mode, key, instance.two, { now: at(1) })).toMatchObject({ ok: true });
      expect(store.keptCopies(mode, key).map((c) => c.text)).toEqual([original]);
      expect(tab().read(mode, key, at(2))).toMatchObject({ ok: true, value: instance.two });
    });

    it('writes nothing over unreadable text when no copy of it can be kept', () => {
      const { storage, tab } = harness();
      storage.setItem(key, 'half a save {');
      storage.capacity = 'half a save {'.length + 5;
      expect(tab().save(mode, key, instance.two, { now: T0 })).toEqual({ ok: false, error: 'copy-failed' });
      expect(storage.getItem(key)).toBe('half a save {');
    });

    it.each([
      ['another app', (): string => envelope({ app: 'someone-else' }), 'wrong-app'],
      [
        'a newer version',
        (): string => envelope({ [instance.version.field]: instance.version.current + 1 }),
        'too-new',
      ],
    ] as const)('never writes over what %s saved, and leaves it verbatim', (_name, make, error) => {
      const { storage, tab } = harness();
      const original = make();
      storage.setItem(key, original);
      const store = tab();
      expect(store.read(mode, key, T0)).toMatchObject({ ok: false, error, kept: 'left-alone', raw: original });
      expect(store.canSave(mode, key)).toBe(false);
      expect(store.save(mode, key, instance.two, { now: at(1), force: true })).toEqual({
        ok: false,
        error: 'left-alone',
      });
      expect(tab().save(mode, key, instance.two, { now: at(1), force: true })).toEqual({
        ok: false,
        error: 'left-alone',
      });
      expect(storage.getItem(key)).toBe(original);
      expect(store.keptCopies(mode, key)).toEqual([]);
    });

    it("merges two tabs' changes entry by entry when the later save names what it started from", () => {
      const { tab } = harness();
      const [first, second] = [tab(), tab()];
      first.save(mode, key, instance.tabs.base, { now: T0 });
      const base = second.read(mode, key, at(1));
      if (!base.ok) throw new Error('the base was not read');
      expect(first.save(mode, key, instance.tabs.theirs, { now: at(2) }).ok).toBe(true);
      const saved = second.save(mode, key, instance.tabs.mine, { now: at(3), base });
      expect(saved).toMatchObject({ ok: true, mergedWithTheirs: true });
      expect(tab().read(mode, key, at(4))).toMatchObject({ ok: true, value: instance.tabs.merged });
    });

    it("refuses a blind save over another tab's newer one, and says what is there", () => {
      const { tab } = harness();
      const [first, second] = [tab(), tab()];
      first.save(mode, key, instance.one, { now: T0 });
      second.read(mode, key, at(1));
      first.save(mode, key, instance.two, { now: at(2) });
      expect(second.save(mode, key, instance.one, { now: at(3) })).toMatchObject({
        ok: false,
        error: 'conflict',
        theirs: { ok: true, value: instance.two },
      });
      expect(tab().read(mode, key, at(4))).toMatchObject({ ok: true, value: instance.two });
    });

    it('reports a full storage as full, changes nothing, and says saving there does not work', () => {
      const { storage, tab } = harness();
      tab().save(mode, key, instance.one, { now: T0 });
      storage.quotaError = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const store = tab();
      expect(store.canSave(mode)).toBe(false);
      expect(store.save(mode, key, instance.two, { now: at(1), force: true })).toEqual({ ok: false, error: 'full' });
      expect(storage.getItem(key)).toBe(text(instance.one));
    });

    it('reports blocked storage as unavailable everywhere, never throwing', () => {
      const { tab, blocked } = harness();
      const store = tab();
      store.save(mode, key, instance.one, { now: T0 });
      blocked.now = true;
      expect(store.read(mode, key, at(1))).toEqual({ ok: false, error: 'unavailable', mode });
      expect(store.save(mode, key, instance.two, { now: at(2) })).toEqual({ ok: false, error: 'unavailable' });
      expect(store.canSave(mode)).toBe(false);
      expect(removeEntry(store, instance.kind.spec, mode, key)).toBe(false);
      expect(store.keptCopies(mode, key)).toEqual([]);
    });

    it('lists each kept copy once, and removes one when asked', () => {
      const { storage, tab } = harness();
      const store = tab();
      for (const original of ['first {', 'second {', 'first {']) {
        storage.setItem(key, original);
        store.save(mode, key, instance.one, { now: T0, force: true });
      }
      expect(store.keptCopies(mode, key).map((c) => c.text)).toEqual(['first {', 'second {']);
      removeKeptCopy(store, mode, key, store.keptCopies(mode, key)[0]!);
      expect(store.keptCopies(mode, key).map((c) => c.text)).toEqual(['second {']);
    });

    it('a deletion in one tab reaches the other: it never saves the deleted entry back', () => {
      const { storage, tab } = harness();
      const [first, second] = [tab(), tab()];
      first.save(mode, key, instance.one, { now: T0 });
      const base = second.read(mode, key, at(1));
      if (!base.ok) throw new Error('the base was not read');
      expect(removeEntry(first, instance.kind.spec, mode, key, at(2))).toBe(true);
      expect(second.read(mode, key, at(3)).ok).toBe(false);
      expect(second.save(mode, key, instance.two, { now: at(4), base })).toEqual({ ok: false, error: 'deleted' });
      expect(tab().read(mode, key, at(5)).ok).toBe(false);
      // Deliberately opened again (a file): it comes back.
      expect(second.save(mode, key, instance.two, { now: at(6), revive: true }).ok).toBe(true);
      expect(storage.getItem(key)).toBe(text(instance.two, at(6)));
    });

    if (instance.maxAgeDays !== undefined) {
      const days = instance.maxAgeDays;
      it(`forgets what is older than ${days} days`, () => {
        const { tab } = harness();
        tab().save(mode, key, instance.one, { now: T0 });
        expect(tab().read(mode, key, new Date(T0.getTime() + days * DAY)).ok).toBe(true);
        expect(tab().read(mode, key, new Date(T0.getTime() + (days + 1) * DAY))).toEqual({
          ok: false,
          error: 'expired',
          mode,
        });
      });
    } else {
      it('never expires', () => {
        const { tab } = harness();
        tab().save(mode, key, instance.one, { now: T0 });
        expect(tab().read(mode, key, new Date(T0.getTime() + 3650 * DAY)).ok).toBe(true);
      });
    }
  });
}

describeContract(ANSWERS);
describeContract(TEAM);
describeContract(DETAILS);
