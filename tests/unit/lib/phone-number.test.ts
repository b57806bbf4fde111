import { describe, expect, it } from 'vitest';
import { phoneParts, readPhoneNumber } from '~/core/text/phone-number';

describe('readPhoneNumber: a field that should hold one number', () => {
  it.each([
    ['01632 960 000', 'tel:01632960000'],
    ['01632960000', 'tel:01632960000'],
    ['(01632) 960000', 'tel:01632960000'],
    ['020 7946 0000', 'tel:02079460000'],
    ['0800-123-4567', 'tel:08001234567'],
    ['+44 1632 960 000', 'tel:+441632960000'],
    ['+44 (0)1632 960 000', 'tel:+441632960000'],
    ['+353 1 234 5678', 'tel:+35312345678'],
    ['  07700 900123 ', 'tel:07700900123'],
    ['999', 'tel:999'],
    ['111', 'tel:111'],
    ['116 123', 'tel:116123'],
  ])('%s dials %s', (written, href) => {
    const number = readPhoneNumber(written);
    expect(number).toEqual({ text: written.trim(), href });
  });

  it.each([
    ['01632 960 000 ext 56', '01632 960 000', 'ext 56'],
    ['01632 960 000 x56', '01632 960 000', 'x56'],
    ['01632 960 000, extension 1234', '01632 960 000', 'extension 1234'],
    ['01632 960 000 Ext. 7', '01632 960 000', 'Ext. 7'],
    ['01632 960 000 estyniad 56', '01632 960 000', 'estyniad 56'],
  ])('%s dials the number and keeps the extension as words beside it', (written, text, extension) => {
    expect(readPhoneNumber(written)).toEqual({ text, href: 'tel:01632960000', extension });
  });

  it.each([
    'ask at reception',
    'Ring the ward',
    '',
    '12345',
    '01632 960',
    '01632 960 000 000 000',
    '00000',
    '+44 0',
    '1632 960 000',
    '01632 960 000 or 01632 960 001',
    'call 01632 960 000',
    '01632 960 000 (mornings)',
    '2026',
  ])('"%s" is not a number, so it stays text', (written) => {
    expect(readPhoneNumber(written)).toBeUndefined();
  });
});

describe('phoneParts: numbers in running text', () => {
  it('finds each number and keeps every other word', () => {
    const text = 'Call 999 now, or Samaritans free on 116 123 (any time), or us on 01632 960 000 ext 56.';
    const parts = phoneParts(text);
    expect(parts).toEqual([
      'Call ',
      { text: '999', href: 'tel:999' },
      ' now, or Samaritans free on ',
      { text: '116 123', href: 'tel:116123' },
      ' (any time), or us on ',
      { text: '01632 960 000', href: 'tel:01632960000' },
      ' ext 56.',
    ]);
    expect(parts.map((part) => (typeof part === 'string' ? part : part.text)).join('')).toBe(text);
  });

  it('leaves service names, years, times and other digits alone', () => {
    const text = 'Use NHS 111 online or GIG 111 Cymru. In 2026, from 9am, 12 weeks, 1111 or 99999.';
    expect(phoneParts(text)).toEqual([text]);
  });

  it('finds a number in brackets, with +44, and at the very start and end', () => {
    expect(phoneParts('+44 20 7946 0000 or (020) 7946 0001')).toEqual([
      { text: '+44 20 7946 0000', href: 'tel:+442079460000' },
      ' or ',
      { text: '(020) 7946 0001', href: 'tel:02079460001' },
    ]);
  });

  it('leaves digits inside web and email addresses alone', () => {
    const text = 'See https://example.nhs.uk/ref/01632960000 or write to 01632960000@example.nhs.uk';
    expect(phoneParts(text)).toEqual([text]);
  });

  it('gives the text back whole when it holds no number', () => {
    expect(phoneParts('Ask at reception')).toEqual(['Ask at reception']);
    expect(phoneParts('')).toEqual([]);
  });
});
