import type { Samples } from '~/core/questions/sample-types';

export const logSamples: Samples<'log'> = {
  valid: () => [{ entries: [{ date: { year: '2026' }, note: 'A note' }] }],
  enter: (question) => [
    { fill: `${question.id}-entry-1-year`, text: '2025' },
    { fill: `${question.id}-entry-1-note`, text: `Typed for ${question.id}` },
  ],
  invalid: (question) => ({
    answer: { entries: [{ date: { month: '3', year: '26' }, note: 'A note' }] },
    input: [
      { fill: `${question.id}-entry-1-month`, text: '3' },
      { fill: `${question.id}-entry-1-year`, text: '26' },
    ],
  }),
};
