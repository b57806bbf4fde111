import { describe, expect, it } from 'vitest';
import { calendarDateText, dateFormat, setMonthNames } from '~/core/text/text';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';

// Chrome's Intl has no Welsh dates; "xx" stands for such a language here, since Node's Intl has Welsh.
const WELSH_MONTHS = WIZARD_RESOURCES.cy.ui.dates.months;
const date = new Date('2026-12-02T14:30:00Z');

describe('dates in a language the browser has no dates for', () => {
  it('are written in British order with that language’s month names', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf('xx')).toEqual([]);
    setMonthNames('xx', WELSH_MONTHS);
    expect(dateFormat('xx', { dateStyle: 'long', timeZone: 'UTC' }).format(date)).toBe('2 Rhagfyr 2026');
    expect(dateFormat('xx', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)).toBe(
      '2 Rhagfyr 2026',
    );
    expect(dateFormat('xx', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)).toBe(
      '2 Rhagfyr 2026, 14:30',
    );
  });

  it('are Intl’s own where it has the language (Welsh in Node), whatever month names were given', () => {
    setMonthNames('cy-GB', ['wrong', ...WELSH_MONTHS.slice(1)]);
    expect(dateFormat('cy-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date)).toBe('2 Rhagfyr 2026');
  });

  it('every locale gives twelve month names', () => {
    for (const resources of Object.values(WIZARD_RESOURCES)) expect(resources.ui.dates.months).toHaveLength(12);
  });
});

describe('a calendar day in words, without Intl where the month names are known (the family link page)', () => {
  const ENGLISH_MONTHS = WIZARD_RESOURCES.en.ui.dates.months;
  const intlLong = (lang: string, month: number) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, month - 1, 3)),
    );

  it('says what Intl’s long date says, in English and in Welsh, for every month', () => {
    setMonthNames('en-GB', ENGLISH_MONTHS);
    setMonthNames('cy-GB', WELSH_MONTHS);
    for (let month = 1; month <= 12; month++) {
      expect(calendarDateText('en-GB', { day: 3, month, year: 2026 })).toBe(intlLong('en-GB', month));
      expect(calendarDateText('cy-GB', { day: 3, month, year: 2026 })).toBe(intlLong('cy-GB', month));
    }
  });

  it('leaves a language whose dates take another shape to Intl, whatever month names it has', () => {
    setMonthNames('pl-PL', ENGLISH_MONTHS);
    expect(calendarDateText('pl-PL', { day: 3, month: 3, year: 2026 })).toBe(intlLong('pl-PL', 3));
  });

  it('writes Urdu and Polish dates with Intl, as the languages write them (Polish months in the genitive)', () => {
    setMonthNames('ur', ENGLISH_MONTHS);
    setMonthNames('pl', ENGLISH_MONTHS);
    expect(calendarDateText('ur', { day: 9, month: 12, year: 2026 })).toBe('9 دسمبر، 2026');
    expect(calendarDateText('pl', { day: 9, month: 12, year: 2026 })).toBe('9 grudnia 2026');
  });
});
