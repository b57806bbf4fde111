import { describe, expect, it } from 'vitest';
import { createTranslator, RESOURCES } from '../../../src/i18n/create-translator';
import { LOCALE_CODES, LOCALES } from '../../../src/i18n/locales';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('translate with interpolation and report the locale direction', () => {
    const t = createTranslator('en');
    expect(t('footer.publishedBy', { organisation: 'Example Trust' })).toBe('This site is published by Example Trust.');
    expect(t.dir).toBe('ltr');
  });

  it.each(LOCALE_CODES)('%s has every key English has, with the same placeholders', (locale) => {
    const english = RESOURCES.en.common;
    const other = RESOURCES[locale].common;
    expect(keysOf(other).sort()).toEqual(keysOf(english).sort());
    const t = createTranslator(locale);
    for (const key of keysOf(english)) {
      const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
      const englishText = key
        .split('.')
        .reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, english) as unknown as string;
      const otherText = key
        .split('.')
        .reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, other) as unknown as string;
      expect(placeholders(otherText), key).toEqual(placeholders(englishText));
    }
    expect(LOCALES[locale].lang).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
    expect(t('serviceName').length).toBeGreaterThan(0);
  });
});
