import { describe, expect, it } from 'vitest';
import { PSEUDO_MARK, pseudoText, pseudoTree } from '~/i18n/pseudo';
import { LOCALES, LOCALE_CODES, OFFERED_LOCALES, bilingualPair, secondLanguageOf } from '~/i18n/locales';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';

describe('pseudo-localised text', () => {
  it('is marked, about 40% longer, and keeps placeholders, tags and entities working', () => {
    const english = 'Hello {{name}}, call <strong>111</strong> &amp; read [this](https://example.org/a-b)';
    const pseudo = pseudoText(english);
    expect(pseudo).toMatch(PSEUDO_MARK);
    expect(pseudo).toContain('{{name}}');
    expect(pseudo).toContain('<strong>111</strong>');
    expect(pseudo).toContain('&amp;');
    expect(pseudo).toContain('](https://example.org/a-b)');
    expect(pseudo).not.toContain('Hello');
    expect(pseudo.length).toBeGreaterThanOrEqual(english.length + Math.round(0.4 * 'Hellocallreadthis'.length));
  });

  it('leaves text without letters alone, and keys and fixed values as they are', () => {
    expect(pseudoText('01632 960 000')).toBe('01632 960 000');
    expect(pseudoTree({ id: 'ask-team', name: 'Ask', nested: { label: 'Yes' } }, (k) => k === 'id')).toEqual({
      id: 'ask-team',
      name: pseudoText('Ask'),
      nested: { label: pseudoText('Yes') },
    });
  });

  it('makes every wizard string of the pseudo-locales pseudo text, file names excepted', () => {
    const flat = (tree: unknown): string[] =>
      typeof tree === 'string' ? [tree] : Object.values(tree as object).flatMap(flat);
    const pseudoLocales = LOCALE_CODES.filter((l) => LOCALES[l].pseudo);
    expect(pseudoLocales).toEqual(['xa', 'xb']);
    for (const locale of pseudoLocales) {
      const { fileName, fileNameBlank, fileNameParts } = WIZARD_RESOURCES[locale].agreement;
      expect([fileName, fileNameBlank, fileNameParts.largePrint]).toEqual([
        'how-we-will-work-together',
        'how-we-will-work-together-blank',
        'large-print',
      ]);
      const strings = flat(WIZARD_RESOURCES[locale].ui).filter((s) => /[a-z]{2}/i.test(s));
      expect(
        strings.filter((s) => !PSEUDO_MARK.test(s) && !s.startsWith('learn-together') && s !== 'agreed-date'),
      ).toEqual([]);
    }
  });
});

describe('the locale table', () => {
  it('offers only real languages in the switcher, each with its name in itself', () => {
    // The tests turn every language on (tests/vitest.config.ts); a trust's build has only its own.
    expect(OFFERED_LOCALES).toEqual(['en', 'cy', 'ur', 'pl']);
    expect(OFFERED_LOCALES.map((l) => LOCALES[l].label)).toEqual(['English', 'Cymraeg', 'اردو', 'Polski']);
    expect(LOCALES.xb.dir).toBe('rtl');
  });

  it('pairs Welsh with English for bilingual documents, Welsh first, and English too for a trust in Wales', () => {
    expect(bilingualPair('cy', 'england')).toEqual(['cy', 'en']);
    expect(bilingualPair('en', 'wales')).toEqual(['cy', 'en']);
    expect(bilingualPair('en', 'england')).toBeUndefined();
    expect(bilingualPair('xa', 'wales')).toBeUndefined();
    expect(secondLanguageOf('en', 'wales')).toEqual({ locale: 'cy', goesFirst: true });
    expect(secondLanguageOf('cy', 'england')).toEqual({ locale: 'en', goesFirst: false });
    expect(secondLanguageOf('en', 'england')).toBeUndefined();
  });
});
