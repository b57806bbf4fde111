import type { SingleChoiceQuestionSpec } from '~/core/questions/single-choice/rules';

/*
 * The two questions the page of the team's link asks, as one-choice questions of the question system
 * (checked by its rules): not answers, so kept nowhere but in what the page does next.
 */

/** "Are these details right?" */
export const DETAILS_RIGHT = {
  id: 'details-right',
  type: 'singleChoice',
  required: true,
  setting: true,
  options: ['yes', 'no'],
} as const satisfies SingleChoiceQuestionSpec;

/** Details are saved already and differ: keep those, or use the new ones? */
export const WHICH_DETAILS = {
  id: 'which-details',
  type: 'singleChoice',
  required: true,
  setting: true,
  options: ['new', 'keep'],
} as const satisfies SingleChoiceQuestionSpec;
