import type { Samples } from '~/core/questions/sample-types';
import { TEXT_MAX } from './rules';

export const textSamples: Samples<'text'> = {
  valid: () => ['An answer'],
  enter: (question) => [{ fill: question.id, text: `Typed for ${question.id}` }],
  invalid: (question) => {
    const text = 'a'.repeat((question.maxLength ?? TEXT_MAX) + 1);
    return { answer: text, input: [{ fill: question.id, text }] };
  },
};
