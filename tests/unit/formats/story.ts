/*
 * What every fixture must still say once opened, whatever its version: the names, dates and answers of the
 * story tests/fixtures/formats/make-formats.ts tells (Siân Dŵr's answers about her son Rhys, and the
 * Northshire team's case). A later version's fixture tells the same story, so the same checks apply.
 */
import { expect } from 'vitest';
import type { CaseRecord } from '~/core/cases/record';
import { familyAnswers } from '~/core/cases/record';
import type { CaseDetails } from '~/core/formats/case-details';
import type { SavedCase } from '~/core/store';
import { CASE_ID, EXCHANGE } from '../../fixtures/formats/make-formats';

export const SAVED_AT_ISO = '2026-11-23T10:00:00.000Z';

/** The team's details as the family link, the case file and the family's saved copy carry them. */
export function expectTeamDetails(details: CaseDetails | Record<string, unknown> | undefined) {
  expect(details).toMatchObject({
    organisation: 'Northshire Hospitals NHS Foundation Trust',
    reference: 'PSII-2026-0142',
    incidentDate: { day: '14', month: '3', year: '2026' },
    leadInvestigator: { name: 'Dr Priya Shah', phone: '01632 960 001', email: 'priya.shah@example.nhs.uk' },
    engagementLead: { name: 'Gareth Evans', role: 'Family liaison' },
    commentDays: 28,
    reviewDate: 'After our first meeting, and then every 3 months.',
  });
}

/** Siân's own words, in every version of her answers (the oldest, tests/fixtures/saved/v1-case.json, too). */
export function expectSiansAnswers(saved: SavedCase | undefined) {
  expect(saved?.answers).toMatchObject({
    'your-name': 'Siân Dŵr',
    'patient-name': 'Rhys',
    relationship: { choice: 'parent' },
    'when-it-happened': { day: '14', month: '3', year: '2026' },
    'where-it-happened': "Ward 7 (children's ward), Ysbyty Glan y Môr",
    // Her supporter at meetings and her advocate joined this list in version 4.
    'other-people': {
      items: expect.arrayContaining([
        expect.objectContaining({ name: 'Tomasz Dŵr' }),
        expect.objectContaining({ name: 'Eleri Dŵr' }),
      ]),
    },
    'your-contact-details': { email: 'sian.dwr@example.com' },
  });
  expect(saved?.answers['draft-comments']).toMatchObject({
    comments: expect.arrayContaining([expect.objectContaining({ kind: 'wrong-fact', text: 'Rhys was 6, not 7.' })]),
  });
}

/** Her comments on the draft as sent, and the team's reply as she added it. */
export function expectCommentRound(saved: SavedCase | undefined) {
  expect(saved?.agreementMadeAt).toBe('2026-04-02T11:00:00.000Z');
  expect(saved?.answers['draft-comments']).toMatchObject({
    exchange: EXCHANGE,
    sent: [{ number: 1, sentAt: '2026-09-20T19:00:00.000Z' }],
    replies: [
      {
        number: 1,
        toVersion: 1,
        repliedAt: '2026-10-08T15:30:00.000Z',
        receivedAt: '2026-10-09T12:00:00.000Z',
        responses: expect.arrayContaining([
          { commentId: 'c3', decision: 'partly', reason: 'Section 4.2 now says you asked for help at 3am and 5am.' },
        ]),
        ledger: [{ id: 'q3', where: 'Section 6.1, on the sepsis screening tool' }],
      },
    ],
  });
}

/** The team's case: setup, dates, contact log, Siân's answers as imported, the agreement version, the round. */
export function expectRhysCase(record: CaseRecord) {
  expect(record).toMatchObject({
    id: CASE_ID,
    createdAt: '2026-03-20T09:00:00.000Z',
    linkMadeAt: '2026-03-20T09:30:00.000Z',
    setup: { answers: { reference: 'PSII-2026-0142', 'lead-investigator': { name: 'Dr Priya Shah' } } },
    touchpoints: { 'first-contact': '2026-03-20', 'agreement-made': '2026-04-02', 'draft-shared': '2026-09-01' },
  });
  expect(record.log.map((entry) => [entry.date, entry.method, entry.who])).toEqual([
    ['2026-03-20', 'phone', 'Gareth Evans'],
    ['2026-09-01', 'meeting', 'Dr Priya Shah'],
  ]);
  expect(record.log[0]?.summary).toContain('Siân Dŵr');
  expect(record.families.map((member) => [member.id, member.fileCreatedAt])).toEqual([
    ['member-sian', '2026-04-01T18:20:00.000Z'],
  ]);
  expectSiansAnswers(familyAnswers(record.families[0]!));
  expect(record.versions.map((v) => [v.number, v.familyId, v.madeAt])).toEqual([
    [1, 'member-sian', '2026-04-02T11:00:00.000Z'],
  ]);
  expectTeamDetails(record.versions[0]?.details);
  expectSiansAnswers(familyAnswers(record.versions[0]!));
  const round = record.draftComments?.[0];
  expect(round?.exchange).toBe(EXCHANGE);
  expect(round?.received[0]?.file).toMatchObject({ from: 'Siân Dŵr', number: 1, reference: 'PSII-2026-0142' });
  expect(round?.replies[0]?.file.responses.map((r) => r.decision)).toEqual([
    'accepted',
    'accepted',
    'partly',
    'accepted',
  ]);
}
