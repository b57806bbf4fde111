import { existsSync, readFileSync } from 'node:fs';
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
 * Everything a browser may hold from an earlier version still opens. One fixture per envelope version
 * of each kind (tests/fixtures/saved/, the answers at its top, the other kinds in their own folders), today's included: bump a version and this fails until the
 * version before it has a fixture and opens here.
 */

const SAVED = join(REPO_ROOT, 'tests/fixtures/saved');
const text = (file: string) => readFileSync(join(SAVED, file), 'utf8');
const savedAtOf = (file: string) => new Date((JSON.parse(text(file)) as { savedAt: string }).savedAt);
const inBrowser = (key: string, file: string) => {
  const local = new FakeStorage();
  local.setItem(key, text(file));
  return { local, backends: { local: () => local, session: () => new FakeStorage() } };
};

const ANSWERS = (version: number) => (version === 1 ? 'v1-case.json' : `answers-v${version}.json`);
const TEAM_CASE = (version: number) => `team-case/v${version}.json`;
const DETAILS = (version: number) => `case-details/v${version}.json`;

describe('a fixture for every envelope version', () => {
  it.each([
    ["the family's answers", ANSWERS, SCHEMA_VERSION],
    ["a team's case", TEAM_CASE, CASE_VERSION],
    ["the family's copy of their team's details", DETAILS, CASE_DETAILS_VERSION],
  ] as const)('%s: versions 1 to the current one', (_kind, file, current) => {
    const missing = Array.from({ length: current }, (_, i) => file(i + 1)).filter((f) => !existsSync(join(SAVED, f)));
    expect(missing).toEqual([]);
  });
});

describe("the family's answers saved by every version open", () => {
  it.each(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1))('version %i', async (version) => {
    const file = ANSWERS(version);
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
  const ID = 'k2f9q7zr1x0m';

  it.each(Array.from({ length: CASE_VERSION }, (_, i) => i + 1))('version %i', (version) => {
    const { backends } = inBrowser(CASE_KEY_PREFIX + ID, TEAM_CASE(version));
    const found = createTeamCaseStore(backends).get(ID);
    expect(found).toMatchObject({ ok: true, mode: 'device', savedAt: savedAtOf(TEAM_CASE(version)).toISOString() });
    expect(found?.record.log.map((e) => e.who)).toContain('Siân Dŵr (mother)');
    expect(found?.record.families).toHaveLength(1);
    expect(found?.record.versions).toHaveLength(1);
  });

  it('a version 1 case saved again is written as the current version, with nothing lost', () => {
    const { local, backends } = inBrowser(CASE_KEY_PREFIX + ID, TEAM_CASE(1));
    const store = createTeamCaseStore(backends);
    const found = store.get(ID)!;
    expect(store.save(found.record, found).ok).toBe(true);
    const written = JSON.parse(local.getItem(CASE_KEY_PREFIX + ID)!) as { version: number; record: unknown };
    expect(written.version).toBe(CASE_VERSION);
    expect(written.record).toEqual((JSON.parse(text(TEAM_CASE(1))) as { record: unknown }).record);
  });

  it('a deletion marker reads as deleted: not listed, not found', () => {
    const { backends } = inBrowser(CASE_KEY_PREFIX + ID, 'team-case/v2-deleted.json');
    const store = createTeamCaseStore(backends);
    expect(store.get(ID)).toBeUndefined();
    expect(store.list()).toEqual([]);
  });
});

describe("the family's copy of their team's details saved by every version opens", () => {
  it.each(Array.from({ length: CASE_DETAILS_VERSION }, (_, i) => i + 1))('version %i', (version) => {
    const { backends } = inBrowser(CASE_DETAILS_KEY, DETAILS(version));
    expect(createCaseDetailsStore(backends).read(savedAtOf(DETAILS(version)))).toMatchObject({
      ok: true,
      details: { organisation: 'Example NHS Foundation Trust', reference: 'PSII-2026-0142' },
    });
  });
});
