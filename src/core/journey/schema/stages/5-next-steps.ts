import type { Stage } from '~/core/journey/schema/types';

export const nextSteps = {
  id: 'next-steps',
  guidance: 'stages/5-next-steps',
  later: true,
  steps: [
    { id: 'final-report-received', type: 'date', notYet: true },
    { id: 'final-meeting-date', type: 'date', allowFuture: true, notYet: true },
    { id: 'open-questions', type: 'openQuestions', ledger: 'question-ledger', source: 'family-questions' },
    { id: 'action-updates', type: 'yesNo' },
    {
      id: 'action-updates-how-often',
      type: 'singleChoice',
      options: ['every-3-months', 'every-6-months', 'when-complete'],
      showIf: { question: 'action-updates', equals: 'yes' },
    },
    { id: 'future-involvement', type: 'singleChoice', options: ['yes', 'maybe-later', 'no'] },
    {
      id: 'what-next',
      type: 'multiChoice',
      options: [
        'complaint',
        'advocate',
        'legal-advice',
        'inquest',
        'ombudsman',
        'emotional-support',
        'nothing-for-now',
      ],
      exclusiveOption: 'nothing-for-now',
    },
    {
      id: 'involvement-feedback',
      type: 'singleChoice',
      options: ['very-well', 'well', 'mixed', 'badly', 'very-badly'],
    },
    { id: 'feedback-comments', type: 'longText', maxLength: 5000 },
  ],
} as const satisfies Stage;
