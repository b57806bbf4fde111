import type { Samples } from '~/core/questions/sample-types';

export const dateSamples: Samples<'date'> = {
  valid: (question) => [{ month: '3', year: '2026' }, ...(question.notYet ? [{ notYet: true }] : [])],
  enter: (question) => [
    { fill: `${question.id}-day`, text: '1' },
    { fill: `${question.id}-month`, text: '2' },
    { fill: `${question.id}-year`, text: '2020' },
  ],
  invalid: (question) => ({
    answer: { month: '3', year: '26' },
    input: [
      { fill: `${question.id}-month`, text: '3' },
      { fill: `${question.id}-year`, text: '26' },
    ],
  }),
};
