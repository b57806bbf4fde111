import type { FunctionComponent } from 'preact';
import type { Question, QuestionType } from '../../wizard/schema';
import type { QuestionProps } from './types';
import { TextQuestion, LongTextQuestion } from './TextQuestion';
import { SingleChoiceQuestion, MultiChoiceQuestion, YesNoQuestion } from './ChoiceQuestion';
import { DateQuestion } from './DateQuestion';
import { ContactQuestion } from './ContactQuestion';
import { ListQuestion } from './ListQuestion';
import { LogQuestion } from './LogQuestion';

/** Typed as a full Record, so a question type without a component is a compile error, not a blank page. */
export const QUESTION_COMPONENTS: { [T in QuestionType]: FunctionComponent<QuestionProps<T>> } = {
  text: TextQuestion,
  longText: LongTextQuestion,
  singleChoice: SingleChoiceQuestion,
  multiChoice: MultiChoiceQuestion,
  yesNo: YesNoQuestion,
  date: DateQuestion,
  contact: ContactQuestion,
  list: ListQuestion,
  log: LogQuestion,
};

/** Where an error summary link goes: the field at fault, or the first input of the question. */
export function errorTargetId(question: Question, field: string): string {
  if (field) return `${question.id}-${field}`;
  switch (question.type) {
    case 'date':
      return `${question.id}-day`;
    case 'contact':
      return `${question.id}-${question.fields[0]}`;
    case 'list':
      return question.item === 'text' ? `${question.id}-item-1` : `${question.id}-item-1-name`;
    case 'log':
      return `${question.id}-entry-1-day`;
    default:
      // Text inputs carry the question id; so does the first radio or checkbox of a group.
      return question.id;
  }
}
