import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../helpers/paths';

/*
 * Easy read is only easy read once people with learning disabilities have checked it: every easy read
 * file is listed in content/easy-read-status.yaml with the review it still needs, as the Welsh files are.
 */
interface Entry {
  file: string;
  status: string;
  needs?: string;
}
const entries = parse(readFileSync(join(REPO_ROOT, 'content/easy-read-status.yaml'), 'utf8')) as Entry[];
const resources = join(REPO_ROOT, 'src/i18n/resources');
const easyReadFiles = readdirSync(resources)
  .map((locale) => `src/i18n/resources/${locale}/easy-read.json`)
  .filter((file) => existsSync(join(REPO_ROOT, file)));

describe('content/easy-read-status.yaml', () => {
  it('lists the easy read words of every language, and the choice of pictures', () => {
    expect(easyReadFiles.length).toBeGreaterThanOrEqual(2);
    const listed = entries.map((e) => e.file);
    expect([...easyReadFiles, 'src/core/easy-read/symbols.ts'].filter((file) => !listed.includes(file))).toEqual([]);
    expect(listed.filter((file) => !existsSync(join(REPO_ROOT, file)))).toEqual([]);
  });

  it('says each still needs review by people with learning disabilities, until someone has done it', () => {
    for (const entry of entries) {
      expect(['drafted', 'machine-assisted', 'reviewed'], entry.file).toContain(entry.status);
      if (entry.status !== 'reviewed') expect(entry.needs, entry.file).toMatch(/people with learning disabilities/);
    }
  });
});
