import type { Samples } from '~/core/questions/sample-types';
import { OTHER_DETAIL_MAX } from '~/core/questions/shared';

export const multiChoiceSamples: Samples<'multiChoice'> = {
  valid: (question) => question.options.map((choice) => ({ choices: [choice] })),
  enter: (question) => [{ check: question.id }],
  invalid: (question) => {
    const other = question.otherOption;
    if (!other) return undefined;
    const text = 'a'.repeat(OTHER_DETAIL_MAX + 1);
    const first = question.options.indexOf(other) === 0;
    return {
      answer: { choices: [other], other: text },
      input: [
        { check: first ? question.id : `${question.id}-${other}` },
        { fill: `${question.id}-other-detail`, text },
      ],
    };
  },
};
