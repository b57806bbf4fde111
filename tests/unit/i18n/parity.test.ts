import { describe, expect, it } from 'vitest';
import { RESOURCES } from '~/i18n/create-translator';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';
import { INVESTIGATOR_RESOURCES } from '~/i18n/investigator-resources';
import { EASY_READ_RESOURCES } from '~/i18n/easy-read-resources';
import { LOCALE_CODES, LOCALES } from '~/i18n/locales';
import { parityProblems } from '../../helpers/i18n-parity';

/** Every namespace of every locale, site pages and wizard alike. */
const namespacesOf = (locale: keyof typeof LOCALES) => ({
  ...RESOURCES[locale],
  ...WIZARD_RESOURCES[locale],
  ...INVESTIGATOR_RESOURCES[locale],
  ...EASY_READ_RESOURCES[locale],
});

describe.each(LOCALE_CODES)('the %s translation', (locale) => {
  it.each(Object.keys(namespacesOf('en')))(
    '%s has exactly the keys of English, none empty, the same placeholders',
    (ns) => {
      const english = namespacesOf('en')[ns as keyof ReturnType<typeof namespacesOf>];
      const other = namespacesOf(locale)[ns as keyof ReturnType<typeof namespacesOf>];
      expect(parityProblems(english as never, other as never, LOCALES[locale].lang)).toEqual([]);
    },
  );
});

describe('the parity check itself', () => {
  const english = {
    greeting: 'Hello {{name}}',
    items_one: '{{count}} item',
    items_other: '{{count}} items',
    nested: { a: 'A' },
  };

  it('passes a complete Welsh table with all six plural forms', () => {
    const welsh = {
      greeting: 'Helo {{name}}',
      items_zero: '{{count}} eitem',
      items_one: '{{count}} eitem',
      items_two: '{{count}} eitem',
      items_few: '{{count}} eitem',
      items_many: '{{count}} eitem',
      items_other: '{{count}} eitem',
      nested: { a: 'A' },
    };
    expect(parityProblems(english, welsh, 'cy-GB')).toEqual([]);
  });

  it('fails on a missing key, a missing Welsh plural form, a lost placeholder and an empty string', () => {
    const broken = {
      greeting: 'Helo',
      items_one: '{{count}} eitem',
      items_other: '{{count}} eitem',
      nested: { a: '' },
      extra: 'x',
    };
    expect(parityProblems(english, broken, 'cy-GB').sort()).toEqual(
      [
        'placeholders differ in greeting:  vs name',
        'missing items_zero',
        'missing items_two',
        'missing items_few',
        'missing items_many',
        'empty nested.a',
        'unknown extra',
      ].sort(),
    );
  });

  it('does not ask English for plural forms English does not have', () => {
    expect(parityProblems(english, { ...english, items_two: 'x' }, 'en-GB')).toEqual([
      'items_two: not a plural form of en-GB',
    ]);
  });
});
