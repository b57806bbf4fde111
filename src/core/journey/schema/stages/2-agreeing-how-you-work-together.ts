import type { Stage } from '~/core/journey/schema/types';
import { mainContactIsSomeoneElse } from './conditions';

export const agreeingHowYouWorkTogether = {
  id: 'agreeing-how-you-work-together',
  guidance: 'stages/2-agreeing-how-you-work-together',
  firstAgreement: true,
  steps: [
    { id: 'main-contact-who', type: 'singleChoice', options: ['me', 'someone-else'] },
    // How to reach the main contact is asked whatever happened before, so a promise to be in touch always has
    // its details: the person's own when they said "me" or did not say (their name was asked in stage 1, WCAG
    // 3.3.7), or a name and details when it is someone else.
    {
      id: 'your-contact-details',
      type: 'contact',
      own: true,
      fields: ['phone', 'email', 'address'],
      showIf: { not: mainContactIsSomeoneElse },
    },
    {
      id: 'main-contact-details',
      type: 'contact',
      fields: ['name', 'relationship', 'phone', 'email', 'address'],
      showIf: mainContactIsSomeoneElse,
    },
    {
      id: 'contact-methods',
      type: 'multiChoice',
      options: ['phone', 'text', 'email', 'letter', 'video', 'in-person', 'via-advocate'],
      note: { maxLength: 1000 },
    },
    { id: 'messages-ok', type: 'singleChoice', options: ['yes', 'call-back-only', 'no'] },
    // Everyone who supports the person, asked once: family, friends, an advocate; for each, whether they come
    // to meetings and whether the team may talk to them.
    { id: 'other-people', type: 'people', maxPeople: 10, asks: ['meetings', 'talk'] },
    { id: 'do-not-share', type: 'longText', maxLength: 2000, sensitive: true },
    {
      id: 'update-frequency',
      type: 'singleChoice',
      options: ['weekly', 'fortnightly', 'monthly', 'when-something-changes', 'other'],
      otherOption: 'other',
    },
    {
      id: 'meeting-places',
      type: 'multiChoice',
      options: ['home', 'hospital', 'neutral-place', 'video', 'phone'],
      note: { maxLength: 1000 },
    },
    { id: 'meeting-notes', type: 'singleChoice', options: ['notes', 'recording', 'both', 'neither'] },
    { id: 'draft-report-how', type: 'singleChoice', options: ['meeting-first', 'post', 'email', 'collect'] },
    { id: 'warn-before-draft', type: 'yesNo' },
    { id: 'avoid-upset', type: 'longText', maxLength: 2000 },
    { id: 'if-you-step-back', type: 'singleChoice', options: ['wait-for-me', 'monthly', 'key-points'] },
  ],
} as const satisfies Stage;
