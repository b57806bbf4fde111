import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '~/i18n/create-translator';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';
import { INVESTIGATOR_RESOURCES } from '~/i18n/investigator-resources';
import { LOCALE_CODES, type Locale } from '~/i18n/locales';
import { REPO_ROOT } from '../../helpers/paths';

/** Every string of every namespace of a locale, with the key it is under. */
function stringsOf(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringsOf(v, key ? `${key}.${k}` : k));
  return [];
}
const wordsOf = (locale: Locale) =>
  stringsOf({ ...RESOURCES[locale], ...WIZARD_RESOURCES[locale], ...INVESTIGATOR_RESOURCES[locale] });

// An ellipsis is written as one character (…), so two full stops together are always a slip.
const DOUBLE_STOP = /\.\./;

describe.each(LOCALE_CODES)('the %s words', (locale) => {
  it('never put two full stops together', () => {
    const words = wordsOf(locale);
    expect(words.length).toBeGreaterThan(1000);
    expect(words.filter(([, text]) => DOUBLE_STOP.test(text))).toEqual([]);
  });
});

describe('the content pages', () => {
  const markdown = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? markdown(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
    );

  it('never put two full stops together (links to ../ aside)', () => {
    const files = markdown(join(REPO_ROOT, 'content'));
    expect(files.length).toBeGreaterThan(10);
    const slips = files.filter((file) => DOUBLE_STOP.test(readFileSync(file, 'utf8').replaceAll('../', '')));
    expect(slips).toEqual([]);
  });
});
