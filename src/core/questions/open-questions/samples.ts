import type { Samples } from '~/core/questions/sample-types';
import { NEXT_ROUTES, OPEN_OVERALL_MAX } from './rules';

export const openQuestionsSamples: Samples<'openQuestions'> = {
  valid: () => [
    ...NEXT_ROUTES.map((next) => ({ rows: [{ id: 'q1', question: 'A question', next }] })),
    { rows: [], note: 'Something else' },
  ],
  // The keyboard journey's one question was answered at stage 4, so only the note about anything else is left.
  enter: (question) => [{ fill: `${question.id}-note`, text: `Typed for ${question.id}` }],
  invalid: (question) => {
    const text = 'a'.repeat(OPEN_OVERALL_MAX + 1);
    return { answer: { rows: [], note: text }, input: [{ fill: `${question.id}-note`, text }] };
  },
};
