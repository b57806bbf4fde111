import { describe, expect, it } from 'vitest';
import { dateRules } from '~/core/questions/date/rules';
import { logRules } from '~/core/questions/log/rules';
import { monthNumber } from '~/core/questions/date/month-names';
import { errorText, questionWords } from '~/core/questions/question-words';
import { createWizardTranslator } from '~/i18n/wizard-resources';

const now = new Date('2026-11-23T12:00:00Z');
const past = { id: 'd', type: 'date' } as const;

describe('the month box takes a name as well as a number', () => {
  it.each([
    ['3', 3],
    ['03', 3],
    [' 12 ', 12],
    ['March', 3],
    ['march', 3],
    ['MAR', 3],
    ['Mar.', 3],
    ['Sept', 9],
    ['sep', 9],
    ['September', 9],
    ['Dec', 12],
    ['may', 5],
    ['Jun', 6],
    ['Jul', 7],
  ])('English: "%s" is month %i', (typed, month) => {
    expect(monthNumber(typed)).toBe(month);
  });

  it.each([
    ['Ionawr', 1],
    ['Chwef', 2],
    ['Mawrth', 3],
    ['Maw', 3],
    ['mai', 5],
    ['Meh', 6],
    ['Gorff', 7],
    ['Awst', 8],
    ['Medi', 9],
    ['Hyd', 10],
    ['Tach', 11],
    ['Rhagfyr', 12],
    // After "o", "i", "ers" (soft), "yng"/"yn" (nasal) and "a" (aspirate) the first letters change.
    ['Fawrth', 3],
    ['Fai', 5],
    ['Fehefin', 6],
    ['Orffennaf', 7],
    ['Ngorffennaf', 7],
    ['Fedi', 9],
    ['Dachwedd', 11],
    ['Nhachwedd', 11],
    ['Thachwedd', 11],
    ['Ragfyr', 12],
  ])('Welsh: "%s" is month %i', (typed, month) => {
    expect(monthNumber(typed)).toBe(month);
  });

  it.each(['0', '13', '', 'Ma', 'Ju', 'Marchh', 'Smarch', 'Fay', 'spring', '3rd', '½'])(
    '"%s" is not a month',
    (typed) => {
      expect(monthNumber(typed)).toBeNaN();
    },
  );

  it('stores the month as the number it always has', () => {
    expect(dateRules.normalise(past, { day: '5', month: 'Mawrth', year: '2026' })).toEqual({
      day: '5',
      month: '3',
      year: '2026',
    });
    expect(dateRules.normalise(past, { month: ' sept ', year: '2025' })).toEqual({
      month: '9',
      year: '2025',
      approximate: true,
    });
  });

  it('checks a named month as it checks a number: 30 February is not a day, December 2026 is still to come', () => {
    const codes = (value: object) => dateRules.validate(past, value, now).map((e) => `${e.field}:${e.code}`);
    expect(codes({ day: '29', month: 'Feb', year: '2024' })).toEqual([]);
    expect(codes({ day: '30', month: 'Chwefror', year: '2026' })).toEqual(['day:dayRange']);
    expect(codes({ month: 'December', year: '2026' })).toEqual(['month:inFuture']);
    expect(codes({ month: 'Smarch', year: '2026' })).toEqual(['month:monthRange']);
  });

  it('keeps a long month name whole when saving what is typed (only the year is cut to 4 characters)', () => {
    expect(dateRules.bound(past, { month: 'Ngorffennaf', year: '2026' })).toEqual({
      value: { month: 'Ngorffennaf', year: '2026' },
      capped: false,
    });
    expect(dateRules.bound(past, { month: 'Mawrth', year: '202677' }).value).toEqual({ month: 'Mawrth', year: '2026' });
  });

  it('reads entries of a log with month names too', () => {
    const log = { id: 'l', type: 'log', maxEntries: 5 } as const;
    const value = { entries: [{ date: { day: '2', month: 'Ebrill', year: '2026' }, note: 'A call' }] };
    expect(logRules.validate(log, value, now)).toEqual([]);
    expect(logRules.normalise(log, value)).toEqual({
      entries: [{ date: { day: '2', month: '4', year: '2026' }, note: 'A call' }],
    });
  });

  it.each([
    ['en', 'Enter the month as a number from 1 to 12, or its name'],
    ['cy', 'Rhowch y mis fel rhif rhwng 1 a 12, neu ei enw'],
  ] as const)('says, in %s, that a name is fine when the month is wrong', (locale, message) => {
    const words = questionWords(createWizardTranslator(locale), {}, `${locale}-GB`);
    expect(errorText(words, past, { field: 'month', code: 'monthRange' })).toBe(message);
  });
});
