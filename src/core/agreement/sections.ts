import type { Condition, QuestionId } from '~/core/journey/schema';
import type { KeysUnder } from '~/core/words/translate';
import { COMMUNICATION_NEEDS_IDS } from '~/core/journey/schema/stages/communication-needs';

/** A fixed statement in a section; `showIf` makes it conditional on the answers (the same conditions as the schema). */
export interface ParagraphPlan {
  key: KeysUnder<'agreement:paragraphs.'>;
  showIf?: Condition;
}

/**
 * The agreement's sections A to L (after the Learn Together agreement fields), as data: which answers
 * each section states, which details the team fills in, and which fixed statements it makes. Each
 * answer reads as a sentence from agreement.statements.<question id>.
 */
export interface SectionPlan {
  /** Its heading is agreement:sections.<id>. */
  id: KeysUnder<'agreement:sections.'>;
  /** Questions whose answers appear as statements, in order (unanswered ones are left out). */
  questions: readonly QuestionId[];
  /** Details the investigation team fills in with the family: space to write them until then. */
  teamFields?: readonly KeysUnder<'agreement:fields.'>[];
  paragraphs?: readonly ParagraphPlan[];
  /** The organisations that match what the person said (content/signposts.yaml) are listed here. */
  signposts?: true;
}

export const AGREEMENT_SECTIONS: readonly SectionPlan[] = [
  {
    id: 'about',
    questions: ['patient-name', 'when-it-happened', 'where-it-happened'],
    teamFields: ['organisation', 'madeOn', 'reviewDate'],
  },
  {
    id: 'people',
    questions: [
      'relationship',
      'patient-can-take-part',
      'acting-for-patient',
      'your-contact-details',
      'main-contact-details',
      'other-people',
      'do-not-share',
    ],
    teamFields: ['leadInvestigator', 'engagementLead', 'deputy', 'outOfHours'],
  },
  // The communication needs the team must record and meet (the Accessible Information Standard), as a summary
  // it can copy into its records: the person's own, then the patient's.
  { id: 'needs', questions: COMMUNICATION_NEEDS_IDS },
  {
    id: 'communication',
    questions: ['contact-methods', 'messages-ok', 'update-frequency', 'avoid-upset'],
  },
  {
    id: 'meetings',
    questions: ['meeting-places', 'meeting-notes'],
  },
  {
    id: 'questions',
    questions: ['family-questions', 'see-terms-of-reference', 'questions-outside-scope', 'give-account-how'],
    teamFields: ['scope'],
  },
  {
    id: 'report',
    questions: [
      'draft-report-how',
      'warn-before-draft',
      'comments-due',
      'need-more-time',
      'final-meeting-wanted',
      'action-updates',
      'action-updates-how-often',
    ],
    teamFields: ['timescales', 'commentDays'],
  },
  { id: 'concerns', questions: [], paragraphs: [{ key: 'concerns' }, { key: 'pals' }] },
  { id: 'choices', questions: ['involvement-level', 'if-you-step-back'], paragraphs: [{ key: 'choices' }] },
  {
    id: 'confidentiality',
    questions: [],
    paragraphs: [
      { key: 'confidentiality' },
      { key: 'mnsi', showIf: { question: 'other-processes', includes: 'mnsi' } },
    ],
  },
  { id: 'support', questions: ['what-matters', 'making-it-harder'], signposts: true, paragraphs: [{ key: 'support' }] },
  { id: 'signatures', questions: [] },
];
