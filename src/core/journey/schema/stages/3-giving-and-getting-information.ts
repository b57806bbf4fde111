import type { Stage } from '~/core/journey/schema/types';

export const givingAndGettingInformation = {
  id: 'giving-and-getting-information',
  guidance: 'stages/3-giving-and-getting-information',
  steps: [
    { id: 'family-questions', type: 'list', itemName: 'question', maxItems: 30, keepIds: true },
    { id: 'timeline', type: 'log', maxEntries: 50 },
    {
      id: 'documents',
      type: 'multiChoice',
      options: ['messages', 'photos', 'diary', 'letters', 'records', 'other', 'none'],
      otherOption: 'other',
      exclusiveOption: 'none',
    },
    {
      id: 'share-documents',
      type: 'singleChoice',
      options: ['yes', 'some', 'not-yet'],
      showIf: {
        all: [{ question: 'documents', answered: true }, { not: { question: 'documents', includes: 'none' } }],
      },
    },
    { id: 'people-to-speak-to', type: 'longText', maxLength: 2000 },
    { id: 'see-terms-of-reference', type: 'yesNo' },
    { id: 'give-account-how', type: 'singleChoice', options: ['meeting', 'written', 'phone', 'via-advocate'] },
    { id: 'want-records', type: 'yesNo' },
    { id: 'questions-outside-scope', type: 'longText', maxLength: 5000 },
    { id: 'updates-received', type: 'log', maxEntries: 100 },
  ],
} as const satisfies Stage;
