import type { Stage } from '~/core/journey/schema/types';
import { aboutSomeoneElse, bereaved, notBereaved } from './conditions';
import { communicationNeeds } from './communication-needs';

export const understandingYou = {
  id: 'understanding-you',
  guidance: 'stages/1-understanding-you',
  firstAgreement: true,
  steps: [
    { id: 'your-name', type: 'text', autocomplete: 'name', maxLength: 100 },
    { id: 'patient-name', type: 'text', maxLength: 100, showIf: aboutSomeoneElse },
    {
      id: 'relationship',
      type: 'singleChoice',
      options: ['partner', 'parent', 'child', 'sibling', 'other-relative', 'friend', 'carer', 'other'],
      otherOption: 'other',
      showIf: aboutSomeoneElse,
    },
    { id: 'patient-alive', type: 'singleChoice', options: ['yes', 'no'], showIf: aboutSomeoneElse },
    { id: 'acknowledge-death', type: 'notice', showIf: bereaved },
    {
      id: 'patient-can-take-part',
      type: 'singleChoice',
      options: ['yes', 'partly', 'no', 'not-sure'],
      showIf: { all: [aboutSomeoneElse, notBereaved] },
    },
    {
      id: 'acting-for-patient',
      type: 'singleChoice',
      options: ['lasting-power-of-attorney', 'deputy', 'parent-of-child', 'next-of-kin', 'none', 'not-sure'],
      showIf: {
        all: [
          aboutSomeoneElse,
          notBereaved,
          {
            any: [
              { question: 'patient-can-take-part', equals: 'partly' },
              { question: 'patient-can-take-part', equals: 'no' },
            ],
          },
        ],
      },
    },
    { id: 'when-it-happened', type: 'date' },
    { id: 'where-it-happened', type: 'text', maxLength: 300 },
    { id: 'what-happened', type: 'longText', maxLength: 20000, contentNote: true },
    {
      id: 'what-matters',
      type: 'multiChoice',
      options: [
        'answers',
        'apology',
        'not-again',
        'kept-informed',
        'practical-help',
        'emotional-support',
        'understand-process',
        'other',
      ],
      otherOption: 'other',
    },
    {
      id: 'making-it-harder',
      type: 'multiChoice',
      options: ['grief', 'illness', 'caring', 'work', 'distance', 'money', 'family-health', 'other', 'none'],
      otherOption: 'other',
      exclusiveOption: 'none',
    },
    ...communicationNeeds,
    { id: 'told-about-incident', type: 'singleChoice', options: ['in-person', 'in-writing', 'not-sure', 'no'] },
    {
      id: 'received-in-writing',
      type: 'multiChoice',
      options: ['apology-letter', 'leaflet', 'terms-of-reference', 'nothing-yet'],
      exclusiveOption: 'nothing-yet',
    },
    {
      id: 'other-processes',
      type: 'multiChoice',
      options: [
        'complaint',
        'inquest',
        'legal-claim',
        'police',
        'safeguarding',
        'mnsi',
        'regulator',
        'not-sure',
        'none',
      ],
      exclusiveOption: 'none',
    },
    { id: 'involvement-level', type: 'singleChoice', options: ['fully', 'kept-informed', 'later', 'not-sure'] },
  ],
} as const satisfies Stage;
