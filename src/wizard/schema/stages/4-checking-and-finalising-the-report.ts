import type { Stage } from '../types';

export const checkingAndFinalisingTheReport: Stage = {
  id: 'checking-and-finalising-the-report',
  questions: [
    { id: 'reading-with', type: 'text', maxLength: 200 },
    { id: 'draft-received', type: 'date' },
    { id: 'comments-due', type: 'date', allowFuture: true },
    { id: 'need-more-time', type: 'yesNo' },
    { id: 'questions-answered', type: 'longText', maxLength: 5000 },
    { id: 'factual-corrections', type: 'list', item: 'text', maxItems: 50 },
    { id: 'missing-or-different', type: 'longText', maxLength: 5000 },
    { id: 'upsetting-words', type: 'longText', maxLength: 5000 },
    { id: 'comments-included', type: 'singleChoice', options: ['included', 'attached', 'not-needed', 'not-sure'] },
    { id: 'final-meeting-wanted', type: 'yesNo' },
  ],
};
