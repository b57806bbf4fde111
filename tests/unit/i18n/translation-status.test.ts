import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KNOWN_LANGUAGES, DEFAULT_LOCALE, LOCALES } from '~/i18n/locales';
import { REPO_ROOT } from '../../helpers/paths';

/*
 * A trust reads content/translation-status.yaml before going live in a language: it must list every
 * translated file, and only files that exist, each with a status that says what review it has had.
 */
interface Entry {
  file: string;
  status: string;
  needs?: string;
}
const entries = parse(readFileSync(join(REPO_ROOT, 'content/translation-status.yaml'), 'utf8')) as Entry[];

const filesUnder = (dir: string): string[] =>
  existsSync(join(REPO_ROOT, dir))
    ? readdirSync(join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile())
        .map((e) => relative(REPO_ROOT, join(e.parentPath, e.name)))
    : [];

/** Every file in a locale's folders and files, wherever words live. */
const translatedFiles = (locale: string) => [
  ...filesUnder(`src/i18n/resources/${locale}`),
  ...filesUnder(`content/guidance/${locale}`),
  ...filesUnder(`content/rights/${locale}`),
  ...['glossary', 'support', 'letter', 'investigator', 'routes', 'urgent-help']
    .map((kind) => `content/${kind}/${locale}.yaml`)
    .filter((file) => existsSync(join(REPO_ROOT, file))),
];

describe('content/translation-status.yaml', () => {
  const listed = entries.map((e) => e.file);

  // Every language with words, turned on or not: a trust reads this before turning one on.
  it.each(KNOWN_LANGUAGES.filter((l) => l !== DEFAULT_LOCALE))('lists every %s file', (locale) => {
    expect(
      translatedFiles(locale)
        .filter((file) => !listed.includes(file))
        .sort(),
    ).toEqual([]);
  });

  it('lists only files that exist, once each, with a status and what is still needed', () => {
    expect(listed.filter((file) => !existsSync(join(REPO_ROOT, file)))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
    for (const entry of entries) {
      expect(['machine-assisted', 'reviewed'], entry.file).toContain(entry.status);
      if (entry.status !== 'reviewed') expect(entry.needs, entry.file).toMatch(/review/);
    }
  });
});

describe('the community languages', () => {
  const communityLanguages = KNOWN_LANGUAGES.filter((l) => LOCALES[l].community);
  const names: Record<string, string> = { ur: 'Urdu', pl: 'Polish' };

  it.each(communityLanguages)('%s: every file is marked for review by a qualified translator of it', (locale) => {
    const own = entries.filter((e) => translatedFiles(locale).includes(e.file));
    expect(own.length).toBeGreaterThan(30);
    for (const entry of own) {
      if (entry.status === 'reviewed') continue;
      expect(entry.status, entry.file).toBe('machine-assisted');
      expect(entry.needs, entry.file).toBe(`review by a qualified ${names[locale]} translator before going live`);
    }
  });
});

describe('the Welsh guidance', () => {
  // Welsh is complete; a future language may go live with pages shown in English and said so.
  it.each(['content/guidance', 'content/rights'])('has every page of %s/en in cy', (folder) => {
    const english = filesUnder(`${folder}/en`).map((file) => file.slice(`${folder}/en/`.length));
    const welsh = new Set(filesUnder(`${folder}/cy`).map((file) => file.slice(`${folder}/cy/`.length)));
    expect(english.length).toBeGreaterThan(3);
    expect(english.filter((file) => !welsh.has(file))).toEqual([]);
  });
});
