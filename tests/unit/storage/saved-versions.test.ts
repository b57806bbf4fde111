import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnswersStore } from '~/core/store/answers-store';
import { CASE_DETAILS_KEY, CASE_DETAILS_VERSION, createCaseDetailsStore } from '~/core/store/case-details-store';
import { STORAGE_KEYS } from '~/core/store/types';
import { SCHEMA_VERSION } from '~/core/journey/schema';
import { CASE_KEY_PREFIX, CASE_VERSION, createTeamCaseStore } from '~/core/cases/case-store';
import { REPO_ROOT } from '../../helpers/paths';
import { FakeStorage } from './fake-storage';

/*
 * Everything a browser may hold from an earlier version still opens, through the one store as the pages
 * open it. tests/fixtures/formats/ keeps each version of each kind as the code of its day wrote it, and
 * tests/unit/formats/ checks what they say; this file adds that no version of any kind is missing, the
 * answers of schema version 2 (kept in tests/fixtures/saved/), a version 1 case written again as today's
 * version, and a deletion marker.
 */

const FIXTURES = join(REPO_ROOT, 'tests/fixtures');
const formatFile = (start: string) =>
  readdirSync(join(FIXTURES, 'formats')).find((name) => name.startsWith(start) && !name.includes('.passphrase.'));
const FILES = {
  answers: (v: number) =>
    v === 1
      ? 'saved/v1-case.json'
      : v === 2
        ? 'saved/answers-v2.json'
        : `formats/${formatFile(`saved-answers.v${v}.`)}`,
  teamCase: (v: number) => `formats/${formatFile(`team-case.v${v}.`)}`,
  caseDetails: (v: number) => `formats/${formatFile(`case-details.v${v}.`)}`,
};
const text = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');
const savedAtOf = (file: string) => new Date((JSON.parse(text(file)) as { savedAt: string }).savedAt);
const inBrowser = (key: string, file: string) => {
  const local = new FakeStorage();
  local.setItem(key, text(file));
  return { local, backends: { local: () => local, session: () => new FakeStorage() } };
};
const versions = (current: number) => Array.from({ length: current }, (_, i) => i + 1);
const CASE_ID = 'northshire-0142';

describe('a fixture for every envelope version of every kind', () => {
  it.each([
    ["the family's answers", FILES.answers, SCHEMA_VERSION],
    ["a team's case", FILES.teamCase, CASE_VERSION],
    ["the family's copy of their team's details", FILES.caseDetails, CASE_DETAILS_VERSION],
  ] as const)('%s: versions 1 to the current one', (_kind, file, current) => {
    expect(versions(current).filter((v) => file(v).includes('undefined'))).toEqual([]);
  });
});

describe("the family's answers saved by every version open", () => {
  it.each(versions(SCHEMA_VERSION))('version %i', async (version) => {
    const file = FILES.answers(version);
    const { backends } = inBrowser(STORAGE_KEYS.answers, file);
    // As the wizard opens it: prepare() fetches the upgrades an older version's answers need.
    const store = createAnswersStore(backends, { maxAgeDays: 90 });
    await store.prepare();
    const result = store.load(savedAtOf(file));
    expect(result).toMatchObject({ ok: true, mode: 'device', unreadable: {}, capped: [] });
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(version < SCHEMA_VERSION ? version : undefined);
    expect(result.saved.answers['your-name']).toBe('Siân Dŵr');
    // Version 3 gathered the draft's three comment boxes into one list: nothing written was lost.
    expect(JSON.stringify(result.saved.answers['draft-comments'])).toContain('wrong-fact');
    expect(result.saved.answers).not.toHaveProperty('factual-corrections');
  });
});

describe("a team's case saved by every version opens", () => {
  it.each(versions(CASE_VERSION))('version %i', (version) => {
    const file = FILES.teamCase(version);
    const { backends } = inBrowser(CASE_KEY_PREFIX + CASE_ID, file);
    const found = createTeamCaseStore(backends).get(CASE_ID);
    expect(found).toMatchObject({ ok: true, mode: 'device', savedAt: savedAtOf(file).toISOString() });
    expect(found?.record.log).toHaveLength(2);
    expect(found?.record.families).toHaveLength(1);
    expect(found?.record.versions).toHaveLength(1);
  });

  it('a version 1 case saved again is written as the current version, with nothing lost', () => {
    const file = FILES.teamCase(1);
    const { local, backends } = inBrowser(CASE_KEY_PREFIX + CASE_ID, file);
    const store = createTeamCaseStore(backends);
    const found = store.get(CASE_ID)!;
    expect(store.save(found.record, found).ok).toBe(true);
    const written = JSON.parse(local.getItem(CASE_KEY_PREFIX + CASE_ID)!) as { version: number; record: unknown };
    expect(written.version).toBe(CASE_VERSION);
    expect(written.record).toEqual((JSON.parse(text(file)) as { record: unknown }).record);
  });

  it('a deletion marker (version 2) reads as deleted: not listed, not found, not saved over', () => {
    const { local, backends } = inBrowser(CASE_KEY_PREFIX + CASE_ID, 'saved/team-case/v2-deleted.json');
    const store = createTeamCaseStore(backends);
    expect(store.get(CASE_ID)).toBeUndefined();
    expect(store.list()).toEqual([]);
    expect(local.getItem(CASE_KEY_PREFIX + CASE_ID)).toBe(text('saved/team-case/v2-deleted.json'));
  });
});

describe("the family's copy of their team's details saved by every version opens", () => {
  it.each(versions(CASE_DETAILS_VERSION))('version %i', (version) => {
    const file = FILES.caseDetails(version);
    const { backends } = inBrowser(CASE_DETAILS_KEY, file);
    expect(createCaseDetailsStore(backends).read(savedAtOf(file))).toMatchObject({
      ok: true,
      details: { organisation: 'Northshire Hospitals NHS Foundation Trust', reference: 'PSII-2026-0142' },
    });
  });
});
