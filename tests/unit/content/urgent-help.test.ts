import { describe, expect, it } from 'vitest';
import { NATIONS, type Nation } from '~/config/trust-schema';
import { nonEmergencyService } from '~/content/data';
import { urgentHelpSchema } from '~/content/data-schemas';
import { phoneParts, type PhoneNumber } from '~/core/text/phone-number';

const numbersIn = (text: string) =>
  phoneParts(text)
    .filter((part): part is PhoneNumber => typeof part !== 'string')
    .map((part) => part.href);

// What a family in each nation is told to use when it is urgent but not an emergency.
const EXPECTED: Record<Nation, { dial: string[]; website: string }> = {
  england: { dial: ['tel:111'], website: 'https://111.nhs.uk' },
  wales: { dial: ['tel:111'], website: 'https://111.wales.nhs.uk' },
  scotland: { dial: ['tel:111'], website: 'https://www.nhs24.scot' },
  // No 111 in Northern Ireland: the GP out-of-hours service, whose numbers nidirect lists.
  'northern-ireland': { dial: [], website: 'https://www.nidirect.gov.uk/articles/gp-out-hours-service' },
};

describe.each(['en', 'cy'] as const)('the non-emergency service in %s', (locale) => {
  it.each(NATIONS)('follows the trust in %s', (nation) => {
    const line = nonEmergencyService(locale, nation);
    expect(numbersIn(line.text)).toEqual(EXPECTED[nation].dial);
    expect(line.link?.website).toBe(EXPECTED[nation].website);
    expect(line.text.split('{{link}}')).toHaveLength(2);
  });

  it('names each nation its own service', () => {
    const texts = NATIONS.map((nation) => JSON.stringify(nonEmergencyService(locale, nation)));
    expect(new Set(texts).size).toBe(NATIONS.length);
  });
});

describe('content/urgent-help/*.yaml', () => {
  const line = { text: 'Call 111 or use {{link}}.', link: { text: 'NHS 111 online', website: 'https://111.nhs.uk' } };
  const file = (england: unknown) => ({ england, wales: line, scotland: line, 'northern-ireland': line });

  it('accepts a line with a link, or one without', () => {
    expect(urgentHelpSchema.safeParse(file(line)).success).toBe(true);
    expect(urgentHelpSchema.safeParse(file({ text: 'Call 111.' })).success).toBe(true);
  });

  it.each([
    ['a {{link}} with no link', { text: 'Call 111 or use {{link}}.' }],
    ['a link with no {{link}}', { ...line, text: 'Call 111.' }],
    ['another placeholder', { ...line, text: 'Call {{number}} or use {{link}}.' }],
    ['a link that is not https', { ...line, link: { ...line.link, website: 'http://111.nhs.uk' } }],
  ])('turns away %s', (_, england) => {
    expect(urgentHelpSchema.safeParse(file(england)).success).toBe(false);
  });

  it('needs a line for every nation', () => {
    expect(urgentHelpSchema.safeParse({ england: line, wales: line, scotland: line }).success).toBe(false);
  });
});
