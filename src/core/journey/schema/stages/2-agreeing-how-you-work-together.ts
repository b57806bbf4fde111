import type { Stage } from '~/core/journey/schema/types';
import { hasAdvocate } from './conditions';

export const agreeingHowYouWorkTogether = {
  id: 'agreeing-how-you-work-together',
  guidance: 'stages/2-agreeing-how-you-work-together',
  steps: [
    { id: 'main-contact-who', type: 'singleChoice', options: ['me', 'someone-else'] },
    {
      id: 'contact-methods',
      type: 'multiChoice',
      options: ['phone', 'text', 'email', 'letter', 'video', 'in-person', 'via-advocate'],
    },
    // The person's own name was asked in stage 1, so only how to reach them is asked here (WCAG 3.3.7).
    {
      id: 'your-contact-details',
      type: 'contact',
      own: true,
      fields: ['phone', 'email', 'address'],
      showIf: { question: 'main-contact-who', equals: 'me' },
    },
    {
      id: 'main-contact-details',
      type: 'contact',
      fields: ['name', 'relationship', 'phone', 'email', 'address'],
      showIf: { question: 'main-contact-who', equals: 'someone-else' },
    },
    { id: 'other-people', type: 'people', maxPeople: 10 },
    { id: 'do-not-share', type: 'longText', maxLength: 2000, sensitive: true },
    { id: 'best-times', type: 'longText', maxLength: 1000 },
    { id: 'messages-ok', type: 'singleChoice', options: ['yes', 'call-back-only', 'no'] },
    {
      id: 'update-frequency',
      type: 'singleChoice',
      options: ['weekly', 'fortnightly', 'monthly', 'when-something-changes', 'other'],
      otherOption: 'other',
    },
    { id: 'meeting-places', type: 'multiChoice', options: ['home', 'hospital', 'neutral-place', 'video', 'phone'] },
    { id: 'places-to-avoid', type: 'longText', maxLength: 1000 },
    { id: 'support-person-wanted', type: 'yesNo' },
    {
      id: 'support-person',
      type: 'contact',
      fields: ['name', 'relationship', 'phone', 'email'],
      showIf: { question: 'support-person-wanted', equals: 'yes' },
    },
    { id: 'meeting-notes', type: 'singleChoice', options: ['notes', 'recording', 'both', 'neither'] },
    { id: 'draft-report-how', type: 'singleChoice', options: ['meeting-first', 'post', 'email', 'collect'] },
    { id: 'warn-before-draft', type: 'yesNo' },
    { id: 'has-advocate', type: 'yesNo' },
    {
      id: 'advocate-details',
      type: 'contact',
      fields: ['name', 'organisation', 'phone', 'email'],
      showIf: hasAdvocate,
    },
    { id: 'advocate-consent', type: 'yesNo', showIf: hasAdvocate },
    { id: 'avoid-upset', type: 'longText', maxLength: 2000 },
    { id: 'if-you-step-back', type: 'singleChoice', options: ['wait-for-me', 'monthly', 'key-points'] },
  ],
} as const satisfies Stage;
