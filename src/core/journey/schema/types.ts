/** The wizard's questions as data. No words live here: text comes from i18n keys built from the ids. */
import type { Condition } from './condition';
import type { Question } from '~/core/questions/types';

export type { Condition } from './condition';
export type * from '~/core/questions/types';

/** A page that says something and asks nothing, such as acknowledging a death (its words: notices.<id>). */
export interface NoticeStep {
  id: string;
  type: 'notice';
  showIf?: Condition;
}

/** One page of a stage: a question, or a notice. */
export type Step = Question | NoticeStep;

export interface Stage {
  /** Kebab-case; appears in URLs (?step=check-<id>) and i18n keys (stages.<id>.*). */
  id: string;
  steps: readonly Step[];
  /** The family guidance page for this stage (a slug under /<locale>/). */
  guidance: string;
  /** Comes later in an investigation (the draft report, the end): shown as "For later" until opened. */
  later?: true;
  /** Its answers make the first written agreement: once every such stage is done, the agreement is offered. */
  firstAgreement?: true;
  /** Its opening page warns that it asks about hard things (words: stages.<id>.contentNote). */
  contentNote?: true;
}

/** A journey: the questions asked once before the task list, then the stages. */
export interface Journey {
  id: string;
  opening: readonly Question[];
  stages: readonly Stage[];
}

/** How the wording changes with what the person said (words: questions.<id>.label_<variant>). */
export interface WordingVariant {
  id: string;
  when: Condition;
}

export const isQuestion = (step: Step): step is Question => step.type !== 'notice';
