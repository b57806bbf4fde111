import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS, createAnswersStore, type SavedCase } from '~/core/store';
import { minimal } from '../../fixtures/answers/minimal';
import { REPO_ROOT } from '../../helpers/paths';
import { FakeStorage } from './fake-storage';

/*
 * The upgrades of older answers envelopes are not in the wizard's first load (answers-store.ts): they are
 * fetched by prepare() when older answers are saved here, and after the first save. Until then such
 * answers are left exactly as they are.
 */

const T0 = new Date('2026-11-02T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const caseOf = (answers: SavedCase['answers']): SavedCase => ({
  answers,
  skipped: [],
  stageMarks: {},
  position: 'hub',
});
const savedText = (file: string) => readFileSync(join(REPO_ROOT, 'tests/fixtures/saved', file), 'utf8');

describe('answers an older version saved, before their upgrades are loaded', () => {
  const v1 = () => savedText('v1-case.json');
  const lazyStore = (local: FakeStorage) =>
    createAnswersStore({ local: () => local, session: () => new FakeStorage() }, { maxAgeDays: 90 });

  it('prepare() fetches the upgrades, then they read as usual', async () => {
    const local = new FakeStorage();
    local.setItem(STORAGE_KEYS.answers, v1());
    const store = lazyStore(local);
    await store.prepare();
    expect(store.load(new Date('2026-11-03T10:00:00.000Z'))).toMatchObject({ ok: true, migratedFrom: 1 });
  });

  it('are never copied, written over or locked while they cannot be read yet', async () => {
    const local = new FakeStorage();
    const store = lazyStore(local);
    await store.prepare(); // Nothing older is saved: nothing is fetched.
    local.setItem(STORAGE_KEYS.answers, v1()); // Another tab, still on an older version, saves.
    expect(store.read('device', new Date('2026-11-03T10:00:00.000Z'))).toMatchObject({
      ok: false,
      kept: 'left-alone',
      raw: v1(),
    });
    expect(store.save(caseOf(minimal), 'device', { now: at(1), force: true })).toEqual({
      ok: false,
      error: 'left-alone',
    });
    expect(local.getItem(STORAGE_KEYS.answers)).toBe(v1());
    expect(local.getItem(STORAGE_KEYS.kept)).toBeNull();
    await store.prepare();
    expect(store.read('device', new Date('2026-11-03T10:00:00.000Z'))).toMatchObject({ ok: true, migratedFrom: 1 });
  });

  it('the first save fetches them, for another tab that may still run an older version', async () => {
    const local = new FakeStorage();
    const store = lazyStore(local);
    expect(store.save(caseOf(minimal), 'device', { now: T0 }).ok).toBe(true);
    local.setItem(STORAGE_KEYS.answers, v1());
    await expect.poll(() => store.read('device', new Date('2026-11-03T10:00:00.000Z')).ok).toBe(true);
  });
});
