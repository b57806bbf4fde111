import type { QuestionRules } from './types';
import { multiChoiceRules } from '~/core/questions/multi-choice/rules';
import { dateRules } from '~/core/questions/date/rules';
import { contactRules } from '~/core/questions/contact/rules';
import { listRules } from '~/core/questions/list/rules';
import { peopleRules } from '~/core/questions/people/rules';
import { logRules } from '~/core/questions/log/rules';
import { ledgerRules } from '~/core/questions/ledger/rules';
import { openQuestionsRules } from '~/core/questions/open-questions/rules';
import { draftCommentsRules } from '~/core/questions/draft-comments/rules';

/** The question types whose rules load after the first question (see rules.ts). */
export type LaterType =
  'multiChoice' | 'date' | 'contact' | 'list' | 'people' | 'log' | 'ledger' | 'openQuestions' | 'draftComments';
export type LaterRules = { [T in LaterType]: QuestionRules<T> };

/** With rules.ts's first ones, a full mapped type over every question type: a type without rules does not compile. */
export const LATER_RULES: LaterRules = {
  multiChoice: multiChoiceRules,
  date: dateRules,
  contact: contactRules,
  list: listRules,
  people: peopleRules,
  log: logRules,
  ledger: ledgerRules,
  openQuestions: openQuestionsRules,
  draftComments: draftCommentsRules,
};
