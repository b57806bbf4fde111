import type { FunctionComponent } from 'preact';
import type { QuestionProps } from '../components/questions/types';
import type { QuestionType } from './types';
import { TextQuestion } from './text/TextQuestion';
import { LongTextQuestion } from './long-text/LongTextQuestion';
import { SingleChoiceQuestion } from './single-choice/SingleChoiceQuestion';
import { MultiChoiceQuestion } from './multi-choice/MultiChoiceQuestion';
import { YesNoQuestion } from './yes-no/YesNoQuestion';
import { DateQuestion } from './date/DateQuestion';

/**
 * A question type's component: at hand for the types of the first pages, or loaded when first needed
 * (and fetched ahead when the browser is idle) for the larger ones that come later, so the wizard's
 * first load stays small.
 */
export type ComponentEntry<T extends QuestionType> =
  { ready: FunctionComponent<QuestionProps<T>> } | { load: () => Promise<FunctionComponent<QuestionProps<T>>> };

/** The component of every question type: a full mapped type, so a type without one does not compile. */
export const COMPONENTS: { [T in QuestionType]: ComponentEntry<T> } = {
  text: { ready: TextQuestion },
  longText: { ready: LongTextQuestion },
  singleChoice: { ready: SingleChoiceQuestion },
  multiChoice: { ready: MultiChoiceQuestion },
  yesNo: { ready: YesNoQuestion },
  date: { ready: DateQuestion },
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
