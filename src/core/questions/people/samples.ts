import type { Samples } from '~/core/questions/sample-types';

export const peopleSamples: Samples<'people'> = {
  valid: () => [{ items: [{ name: 'Alex Example' }] }, { items: [], noOneElse: true }],
  enter: (question) => [
    { check: `${question.id}-add-yes` },
    { fill: `${question.id}-item-1-name`, text: `Typed for ${question.id}` },
  ],
  invalid: (question) => ({
    answer: { items: [{ name: 'Alex Example', email: 'alex at example' }] },
    input: [
      { check: `${question.id}-add-yes` },
      { fill: `${question.id}-item-1-name`, text: 'Alex Example' },
      { fill: `${question.id}-item-1-email`, text: 'alex at example' },
    ],
  }),
};
