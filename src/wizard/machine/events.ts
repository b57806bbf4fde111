import type { AnswerValue } from '../schema/types';

/** Everything a person can do in the wizard. Values come from the page's form on Continue. */
export type WizardEvent =
  /** Submit the page: a question's answer, the save choice ('device' | 'tab'), or the completion choice ('yes' | 'no'). */
  | { type: 'CONTINUE'; value?: AnswerValue | string }
  /** "I'd rather not answer now". */
  | { type: 'SKIP' }
  | { type: 'BACK' }
  /** From a check answers page: open one question, then come back. */
  | { type: 'CHANGE'; questionId: string }
  /** From the task list. */
  | { type: 'OPEN_STAGE'; stageId: string }
  /** A URL change (browser Back, a deep link, the task list link): goes to the nearest page that applies. */
  | { type: 'GO_TO'; position: string }
  /** Forget every answer and start again. */
  | { type: 'ERASE' };
