import type { Samples } from '../samples';

export const yesNoSamples: Samples<'yesNo'> = {
  valid: () => ['yes', 'no'],
  enter: (question) => [{ check: question.id }],
  // Yes or no cannot be given wrongly, and not answering is "not now".
  invalid: () => undefined,
};
