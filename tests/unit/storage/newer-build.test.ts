import { describe, expect, it } from 'vitest';
import { answersKind } from '~/core/store/answers-store';
import { fromNewerBuild, stampBuild } from '~/core/store/build';
import { createVersionedStore } from '~/core/store/versioned-store';
import { STORAGE_KEYS, type SavedCase } from '~/core/store/types';
import { FakeStorage } from './fake-storage';

/*
 * A tab still running an older build never writes over what a newer build saved: the newer one may keep
 * something the older code does not know. Every write carries the build's date.
 */

const OLD = '2026-11-01T09:00:00.000Z';
const NEW = '2026-12-01T09:00:00.000Z';
const KEY = STORAGE_KEYS.answers;
const saved = (name: string): SavedCase => ({
  answers: { 'who-is-filling-in': { choice: 'patient' }, 'your-name': name },
  skipped: [],
  stageMarks: {},
  position: 'hub',
});

function twoBuilds() {
  const local = new FakeStorage();
  const backends = { local: () => local, session: () => new FakeStorage() };
  const kind = answersKind(365, { upgrades: () => undefined });
  return { local, older: createVersionedStore(backends, kind, OLD), newer: createVersionedStore(backends, kind, NEW) };
}

describe('saved data from a newer build', () => {
  it('is stamped with the build that wrote it', () => {
    const { local, newer } = twoBuilds();
    expect(newer.save('device', KEY, saved('Sam')).ok).toBe(true);
    expect(JSON.parse(local.getItem(KEY)!)).toMatchObject({ build: NEW, answers: { 'your-name': 'Sam' } });
  });

  it('is left alone by an older build: read as too new, and never written over', () => {
    const { local, older, newer } = twoBuilds();
    expect(older.read('device', KEY).ok).toBe(false);
    newer.save('device', KEY, saved('Saved by the newer version'));
    const before = local.getItem(KEY);
    expect(older.read('device', KEY)).toMatchObject({ ok: false, error: 'too-new', kept: 'left-alone' });
    expect(older.save('device', KEY, saved('Typed in the old tab'))).toEqual({ ok: false, error: 'left-alone' });
    expect(older.save('device', KEY, saved('Typed in the old tab'), { force: true }).ok).toBe(false);
    expect(local.getItem(KEY)).toBe(before);
  });

  it('is read by the same or a newer build as usual', () => {
    const { older, newer } = twoBuilds();
    older.save('device', KEY, saved('Saved by the older version'));
    const read = newer.read('device', KEY);
    expect(read.ok && read.value.answers['your-name']).toBe('Saved by the older version');
    expect(newer.save('device', KEY, saved('Changed in the newer version'), { force: true }).ok).toBe(true);
  });

  it('needs both sides stamped: unstamped data, or code built without a date, compare as before', () => {
    expect(fromNewerBuild({ build: NEW }, OLD)).toBe(true);
    expect(fromNewerBuild({ build: OLD }, NEW)).toBe(false);
    expect(fromNewerBuild({}, OLD)).toBe(false);
    expect(fromNewerBuild({ build: NEW }, '')).toBe(false);
    expect(stampBuild('{"app":"x"}', NEW)).toBe(`{"build":"${NEW}","app":"x"}`);
    expect(stampBuild('{}', NEW)).toBe(`{"build":"${NEW}"}`);
    expect(stampBuild('{"app":"x"}', '')).toBe('{"app":"x"}');
  });
});
