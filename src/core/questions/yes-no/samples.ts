import type { Samples } from '~/core/questions/sample-types';

export const yesNoSamples: Samples<'yesNo'> = {
  valid: () => ['yes', 'no'],
  enter: (question) => [{ check: question.id }],
  // Yes or no cannot be given wrongly, and not answering is "not now".
  invalid: () => undefined,
};
