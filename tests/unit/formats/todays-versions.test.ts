import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTodaysFixtures } from '../../fixtures/formats/make-formats';
import { REPO_ROOT } from '../../helpers/paths';
import { FORMATS, formatOf, isToday } from './formats';

/*
 * A format that changes gets a new version, a migration, and a fixture of the new version beside the old
 * ones (tests/fixtures/formats/README.md). These tests notice a version bumped without its fixture, and a
 * format changed without a bump. To add the fixtures of today's versions (existing files are never touched):
 *
 *   WRITE_FORMAT_FIXTURES=1 npx vitest run --config tests/vitest.config.ts --project unit tests/unit/formats
 */
const DIR = join(REPO_ROOT, 'tests/fixtures/formats');
const onDisk = () => readdirSync(DIR).filter((name) => /\.(json|txt)$/.test(name));

let made: { name: string; text: string }[];
beforeAll(async () => {
  made = await makeTodaysFixtures();
  if (process.env.WRITE_FORMAT_FIXTURES === '1')
    for (const { name, text } of made) if (!existsSync(join(DIR, name))) writeFileSync(join(DIR, name), text);
});

describe("today's version of every format", () => {
  it('has a fixture in tests/fixtures/formats (WRITE_FORMAT_FIXTURES=1 adds the missing ones)', () => {
    const missing = made.map((f) => f.name).filter((name) => !existsSync(join(DIR, name)));
    expect(missing, 'a version was bumped: add its fixtures, keep the old ones').toEqual([]);
    for (const format of FORMATS)
      expect(
        onDisk().some((name) => isToday(format, name)),
        format.title,
      ).toBe(true);
  });

  it('is what make-formats.ts makes: at least one file of each format, all named for today', () => {
    expect(new Set(made.map((f) => formatOf(f.name)))).toEqual(new Set(FORMATS));
    expect(made.filter((f) => !isToday(formatOf(f.name)!, f.name))).toEqual([]);
  });
});

describe("today's fixtures, opened and written again with today's writers", () => {
  const todays = onDisk().filter((name) => isToday(formatOf(name)!, name));

  // Same text, or the format changed without a new version: bump it, add a migration and a fixture.
  it.each(todays)('%s comes back the same', async (name) => {
    const format = formatOf(name)!;
    const text = readFileSync(join(DIR, name), 'utf8');
    const again = await format.rewrite(await format.open(text, name), text);
    expect(format.normalise(again)).toEqual(format.normalise(text));
  });
});
