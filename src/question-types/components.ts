import type { FunctionComponent } from 'preact';
import type { QuestionProps } from '../components/questions/types';
import type { QuestionType } from './types';
import { SingleChoiceQuestion } from './single-choice/SingleChoiceQuestion';

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
  text: { load: () => import('./text/TextQuestion').then((m) => m.TextQuestion) },
  longText: { load: () => import('./long-text/LongTextQuestion').then((m) => m.LongTextQuestion) },
  singleChoice: { ready: SingleChoiceQuestion },
  multiChoice: { load: () => import('./multi-choice/MultiChoiceQuestion').then((m) => m.MultiChoiceQuestion) },
  yesNo: { load: () => import('./yes-no/YesNoQuestion').then((m) => m.YesNoQuestion) },
  date: { load: () => import('./date/DateQuestion').then((m) => m.DateQuestion) },
  contact: { load: () => import('./contact/ContactQuestion').then((m) => m.ContactQuestion) },
  list: { load: () => import('./list/ListQuestion').then((m) => m.ListQuestion) },
  people: { load: () => import('./people/PeopleQuestion').then((m) => m.PeopleQuestion) },
  log: { load: () => import('./log/LogQuestion').then((m) => m.LogQuestion) },
  ledger: { load: () => import('./ledger/LedgerQuestion').then((m) => m.LedgerQuestion) },
  openQuestions: { load: () => import('./open-questions/OpenQuestionsQuestion').then((m) => m.OpenQuestionsQuestion) },
  draftComments: { load: () => import('./draft-comments/DraftCommentsQuestion').then((m) => m.DraftCommentsQuestion) },
};

/** The loaders of the components loaded on demand, to fetch ahead when idle. */
export const COMPONENT_LOADERS = Object.values(COMPONENTS).flatMap((entry) => ('load' in entry ? [entry.load] : []));
