import type { Question } from '~/core/journey/schema/types';

/** Asked once before the task list; the answer shapes wording everywhere after. */
export const whoIsFillingIn = {
  id: 'who-is-filling-in',
  type: 'singleChoice',
  options: ['patient', 'family-member', 'carer', 'friend-or-advocate', 'staff-helping'],
} as const satisfies Question;
