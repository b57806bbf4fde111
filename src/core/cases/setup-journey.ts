import { mapJourney } from '~/core/journey/journey';
import type { Journey, Stage } from '~/core/journey/schema/types';

/*
 * Case setup for the investigation team, as typed questions of the same question types the family's
 * wizard uses, walked through by the same machine (src/wizard/machine). Words live in the
 * "investigator" namespace under questions.<id>; the answers become the case details a link carries
 * (caseDetailsFromAnswers in case-details-from-answers.ts).
 */
const CONTACT = ['name', 'role', 'phone', 'email', 'hours'] as const;

export const caseSetup = {
  id: 'case-setup',
  guidance: 'investigators',
  steps: [
    { id: 'organisation', type: 'text', required: true, maxLength: 100, autocomplete: 'organization' },
    { id: 'reference', type: 'text', maxLength: 60 },
    { id: 'review-type', type: 'text', maxLength: 100 },
    { id: 'incident-date', type: 'date' },
    { id: 'lead-investigator', type: 'contact', fields: CONTACT },
    { id: 'engagement-lead', type: 'contact', fields: CONTACT },
    { id: 'deputy', type: 'contact', fields: CONTACT },
    { id: 'out-of-hours', type: 'contact', fields: ['name', 'phone', 'hours'] },
    { id: 'scope', type: 'longText', maxLength: 1500 },
    { id: 'timescales', type: 'longText', maxLength: 600 },
    { id: 'comment-days', type: 'singleChoice', options: ['14', '21', '28', '42', 'not-decided'] },
    { id: 'review-date', type: 'text', maxLength: 150 },
  ],
} as const satisfies Stage;

export const CASE_SETUP_JOURNEY = { id: 'case-setup', opening: [], stages: [caseSetup] } as const satisfies Journey;
export const CASE_SETUP = mapJourney(CASE_SETUP_JOURNEY);

export type SetupQuestionId = (typeof caseSetup.steps)[number]['id'];
export const FIRST_SETUP_STEP: SetupQuestionId = caseSetup.steps[0].id;
