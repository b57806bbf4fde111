import type { Stage } from '~/core/journey/schema/types';

export const checkingAndFinalisingTheReport = {
  id: 'checking-and-finalising-the-report',
  guidance: 'stages/4-checking-and-finalising-the-report',
  later: true,
  contentNote: true,
  steps: [
    { id: 'reading-with', type: 'text', maxLength: 200 },
    { id: 'draft-received', type: 'date', notYet: true },
    { id: 'comments-due', type: 'date', allowFuture: true, notYet: true },
    { id: 'need-more-time', type: 'yesNo' },
    {
      id: 'more-time-reason',
      type: 'longText',
      maxLength: 2000,
      showIf: { question: 'need-more-time', equals: 'yes' },
    },
    { id: 'question-ledger', type: 'ledger', source: 'family-questions' },
    { id: 'draft-comments', type: 'draftComments', maxComments: 30 },
    {
      id: 'comments-included',
      type: 'singleChoice',
      options: ['included', 'attached', 'not-needed', 'not-sure'],
    },
    { id: 'final-meeting-wanted', type: 'yesNo' },
  ],
} as const satisfies Stage;
