import type { Stage } from '../types';

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
    { id: 'questions-answered', type: 'longText', maxLength: 5000 },
    { id: 'factual-corrections', type: 'list', itemName: 'correction', maxItems: 50 },
    { id: 'missing-or-different', type: 'longText', maxLength: 5000 },
    { id: 'upsetting-words', type: 'longText', maxLength: 5000 },
    {
      id: 'comments-included',
      type: 'singleChoice',
      options: ['included', 'attached', 'not-needed', 'not-sure'],
    },
    { id: 'final-meeting-wanted', type: 'yesNo' },
  ],
} as const satisfies Stage;
