import type { Samples } from '~/core/questions/sample-types';
import { maxLengthOf } from './rules';

export const longTextSamples: Samples<'longText'> = {
  valid: () => ['An answer\nover two lines'],
  enter: (question) => [{ fill: question.id, text: `Typed for ${question.id}` }],
  invalid: (question) => {
    const text = 'a'.repeat(maxLengthOf(question) + 1);
    return { answer: text, input: [{ fill: question.id, text }] };
  },
};
