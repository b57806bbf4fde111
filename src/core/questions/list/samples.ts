import type { Samples } from '~/core/questions/sample-types';
import { LIST_ITEM_MAX } from './rules';

export const listSamples: Samples<'list'> = {
  valid: () => [{ items: ['A question'] }],
  enter: (question) => [{ fill: `${question.id}-item-1`, text: `Typed for ${question.id}` }],
  invalid: (question) => {
    const text = 'a'.repeat(LIST_ITEM_MAX + 1);
    return { answer: { items: [text] }, input: [{ fill: `${question.id}-item-1`, text }] };
  },
};
