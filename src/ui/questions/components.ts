import type { FunctionComponent } from 'preact';
import type { QuestionProps } from './question-props';
import type { QuestionType } from '~/core/questions/types';
import { SingleChoiceQuestion } from './SingleChoiceQuestion';
import { loadQuestionRules } from '~/core/questions/rules';

/** A component loaded with the rules of every type (which its page's answers are checked by). */
const withRules = <C>(load: Promise<C>): Promise<C> => Promise.all([load, loadQuestionRules()]).then(([c]) => c);

/**
 * A question type's component: at hand for the opening question's type (the first page anyone sees),
 * or loaded when first needed and fetched ahead when the browser is idle (after the first page is on
 * screen, well before the person reaches a question of that type), so the wizard's first load holds
 * only what its first page needs.
 */
export type ComponentEntry<T extends QuestionType> =
  { ready: FunctionComponent<QuestionProps<T>> } | { load: () => Promise<FunctionComponent<QuestionProps<T>>> };

/** The component of every question type: a full mapped type, so a type without one does not compile. */
export const COMPONENTS: { [T in QuestionType]: ComponentEntry<T> } = {
  text: { load: () => withRules(import('./TextQuestion').then((m) => m.TextQuestion)) },
  longText: { load: () => withRules(import('./LongTextQuestion').then((m) => m.LongTextQuestion)) },
  singleChoice: { ready: SingleChoiceQuestion },
  multiChoice: { load: () => withRules(import('./MultiChoiceQuestion').then((m) => m.MultiChoiceQuestion)) },
  yesNo: { load: () => withRules(import('./YesNoQuestion').then((m) => m.YesNoQuestion)) },
  date: { load: () => withRules(import('./DateQuestion').then((m) => m.DateQuestion)) },
  contact: { load: () => withRules(import('./ContactQuestion').then((m) => m.ContactQuestion)) },
  list: { load: () => withRules(import('./ListQuestion').then((m) => m.ListQuestion)) },
  people: { load: () => withRules(import('./PeopleQuestion').then((m) => m.PeopleQuestion)) },
  log: { load: () => withRules(import('./LogQuestion').then((m) => m.LogQuestion)) },
  ledger: { load: () => withRules(import('./LedgerQuestion').then((m) => m.LedgerQuestion)) },
  openQuestions: { load: () => withRules(import('./OpenQuestionsQuestion').then((m) => m.OpenQuestionsQuestion)) },
  draftComments: { load: () => withRules(import('./DraftCommentsQuestion').then((m) => m.DraftCommentsQuestion)) },
};

/** The loaders of the components loaded on demand, to fetch ahead when idle. */
export const COMPONENT_LOADERS = Object.values(COMPONENTS).flatMap((entry) => ('load' in entry ? [entry.load] : []));
