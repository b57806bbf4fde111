import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AgreementCaseDetails as AgreementCaseDetails } from '~/core/agreement/build-model';
import { agreementFields, caseDetailsSchema, type CaseDetails } from '~/core/formats/case-details';
import { DETAILS } from '../../fixtures/sharing/make-fixtures';

const valid = (details: unknown) => caseDetailsSchema.safeParse(details).success;

describe('caseDetailsSchema', () => {
  it('accepts full details, and an organisation alone', () => {
    expect(valid(DETAILS)).toBe(true);
    expect(valid({ organisation: 'Northshire NHS Trust' })).toBe(true);
  });

  it('needs an organisation with something visible in it', () => {
    for (const organisation of [undefined, '', '   ', '\u200b\u200d']) expect(valid({ organisation })).toBe(false);
  });

  it('limits names to 200 characters, email to 254 and free text to 2,000', () => {
    expect(valid({ organisation: 'T', leadInvestigator: { name: 'n'.repeat(200) } })).toBe(true);
    expect(valid({ organisation: 'T', leadInvestigator: { name: 'n'.repeat(201) } })).toBe(false);
    expect(valid({ organisation: 'T', deputy: { email: 'e'.repeat(254) } })).toBe(true);
    expect(valid({ organisation: 'T', deputy: { email: 'e'.repeat(255) } })).toBe(false);
    expect(valid({ organisation: 'T', scope: 's'.repeat(2000) })).toBe(true);
    expect(valid({ organisation: 'T', scope: 's'.repeat(2001) })).toBe(false);
    expect(valid({ organisation: 'o'.repeat(201) })).toBe(false);
  });

  it('takes days to comment as a whole number from 1 to 120', () => {
    expect([1, 28, 120].map((commentDays) => valid({ organisation: 'T', commentDays }))).toEqual([true, true, true]);
    expect([0, 121, 14.5, '28', NaN].map((commentDays) => valid({ organisation: 'T', commentDays }))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('takes the incident date as a real calendar date or a phrase, not both', () => {
    expect(valid({ organisation: 'T', incidentDate: { day: '29', month: '2', year: '2028' } })).toBe(true);
    expect(valid({ organisation: 'T', incidentDate: { day: '29', month: '2', year: '2026' } })).toBe(false);
    expect(valid({ organisation: 'T', incidentDate: { day: '1', month: '13', year: '2026' } })).toBe(false);
    expect(valid({ organisation: 'T', incidentDate: { approximate: 'Early March 2026' } })).toBe(true);
    expect(valid({ organisation: 'T', incidentDate: { day: '1', month: '3', year: '2026', approximate: 'x' } })).toBe(
      false,
    );
  });

  it('rejects keys it does not know, at every level', () => {
    expect(valid({ organisation: 'T', extra: 1 })).toBe(false);
    expect(valid({ organisation: 'T', leadInvestigator: { name: 'N', pager: '1' } })).toBe(false);
  });
});

describe('agreementFields', () => {
  it('gives the agreement’s team fields one printable line each, leaving out what is not given', () => {
    expect(agreementFields(DETAILS)).toEqual({
      reference: 'PSII-2026-0142',
      reviewDate: 'After our first meeting, and then every 3 months.',
      leadInvestigator:
        'Dr Priya Shah, Lead investigator, 01632 960 001, priya.shah@example.nhs.uk, Monday to Thursday, 9am to 5pm',
      engagementLead: 'Gareth Evans, Family liaison, 01632 960 002',
      scope: DETAILS.scope,
      timescales: DETAILS.timescales,
      commentDays: '28',
    });
    expect(agreementFields({ organisation: 'T', outOfHours: { name: ' ' } })).toEqual({});
  });

  it('fits the agreement’s own CaseDetails type, so the agreement can take it as it is', () => {
    expectTypeOf(agreementFields({} as CaseDetails)).toExtend<AgreementCaseDetails>();
    expectTypeOf<keyof ReturnType<typeof agreementFields>>().toEqualTypeOf<keyof AgreementCaseDetails>();
  });
});
