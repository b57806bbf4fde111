import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { builtLanguages } from '~/config/built-languages';
import { LANGUAGE_CODES, parseTrustSettings } from '~/config/trust-schema';
import { KNOWN_LANGUAGES, LOCALES, builtLocales, bilingualPair } from '~/i18n/locales';
import { REPO_ROOT } from '../../helpers/paths';

/*
 * A trust turns languages on in content/trust.yaml (`languages`): only those are built and offered, so no
 * unreviewed language goes live by accident. The browser tests build all four (LTW_LANGUAGES=en,cy,ur,pl).
 */
const sampleText = readFileSync(join(REPO_ROOT, 'content/trust.yaml'), 'utf8');
const sample = parse(sampleText);
const languagesOf = (yaml: string) => {
  const result = parseTrustSettings(yaml);
  return result.ok ? result.settings.languages : result.problems;
};

describe("the trust's languages", () => {
  it('are English and Welsh in the sample settings, and when the field is left out', () => {
    expect(languagesOf(sampleText)).toEqual(['en', 'cy']);
    const { languages: _left, ...rest } = sample;
    expect(languagesOf(stringify(rest))).toEqual(['en', 'cy']);
  });

  it('make a default build of English and Welsh only: no Urdu or Polish pages, none in the switcher', () => {
    const locales = builtLocales(builtLanguages({ languages: ['en', 'cy'] }, ''), false);
    expect(Object.keys(locales)).toEqual(['en', 'cy']);
  });

  it('build Urdu and Polish once turned on, English first, with the pseudo-locales only in test builds', () => {
    expect(
      Object.keys(builtLocales(languagesOf(stringify({ ...sample, languages: ['pl', 'en', 'ur'] })), false)),
    ).toEqual(['en', 'ur', 'pl']);
    expect(Object.keys(builtLocales(['en'], true))).toEqual(['en', 'xa', 'xb']);
  });

  it('stop the build naming the field for an unknown code, a missing English or a language twice', () => {
    expect(languagesOf(stringify({ ...sample, languages: ['en', 'cy', 'fr'] }))).toEqual([
      'languages.2: must be one of en, cy, ur, pl',
    ]);
    expect(languagesOf(stringify({ ...sample, languages: ['cy'] }))).toEqual([
      'languages: must include en (English is always built)',
    ]);
    expect(languagesOf(stringify({ ...sample, languages: ['en', 'ur', 'ur'] }))).toEqual([
      'languages: names a language twice',
    ]);
  });

  it('can be overridden for a test build with LTW_LANGUAGES, checked the same way', () => {
    expect(builtLanguages({ languages: ['en', 'cy'] }, 'en, cy,ur,pl')).toEqual(['en', 'cy', 'ur', 'pl']);
    expect(builtLanguages({ languages: ['en', 'cy'] }, undefined)).toEqual(['en', 'cy']);
    expect(() => builtLanguages({ languages: ['en'] }, 'en,urdu')).toThrow('LTW_LANGUAGES 1: must be one of');
  });

  it('are the languages the locale table has words for', () => {
    expect([...LANGUAGE_CODES]).toEqual(KNOWN_LANGUAGES);
  });
});

describe('Urdu and Polish', () => {
  it('are community languages: Urdu right to left, each named in itself', () => {
    expect(LOCALES.ur).toEqual({ lang: 'ur', dir: 'rtl', label: 'اردو', community: true });
    expect(LOCALES.pl).toEqual({ lang: 'pl', dir: 'ltr', label: 'Polski', community: true });
  });

  it('make bilingual documents with English second, whatever the nation; English pages offer none of them', () => {
    for (const nation of ['england', 'wales']) {
      expect(bilingualPair('ur', nation)).toEqual(['ur', 'en']);
      expect(bilingualPair('pl', nation)).toEqual(['pl', 'en']);
    }
    expect(bilingualPair('en', 'england')).toBeUndefined();
    expect(bilingualPair('en', 'wales')).toEqual(['cy', 'en']);
  });
});
