import type { FunctionComponent } from 'preact';
import type { QuestionProps } from '../components/questions/types';
import type { QuestionType } from './types';
import { TextQuestion } from './text/TextQuestion';
import { LongTextQuestion } from './long-text/LongTextQuestion';
import { SingleChoiceQuestion } from './single-choice/SingleChoiceQuestion';
import { MultiChoiceQuestion } from './multi-choice/MultiChoiceQuestion';
import { YesNoQuestion } from './yes-no/YesNoQuestion';
import { DateQuestion } from './date/DateQuestion';
import { ContactQuestion } from './contact/ContactQuestion';
import { ListQuestion } from './list/ListQuestion';
import { PeopleQuestion } from './people/PeopleQuestion';
import { LogQuestion } from './log/LogQuestion';

/** The component of every question type: a full mapped type, so a type without one does not compile. */
export const COMPONENTS: { [T in QuestionType]: FunctionComponent<QuestionProps<T>> } = {
  text: TextQuestion,
  longText: LongTextQuestion,
  singleChoice: SingleChoiceQuestion,
  multiChoice: MultiChoiceQuestion,
  yesNo: YesNoQuestion,
  date: DateQuestion,
  contact: ContactQuestion,
  list: ListQuestion,
  people: PeopleQuestion,
  log: LogQuestion,
};
