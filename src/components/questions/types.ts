import type { RefObject } from 'preact';
import type { WizardT } from '../../i18n/create-wizard-translator';
import type { AnswerByType, QuestionOfType, QuestionType } from '../../wizard/schema';
import type { QuestionWords } from '../../i18n/wizard-words';

export interface QuestionProps<T extends QuestionType> {
  question: QuestionOfType<T>;
  value: AnswerByType[T] | undefined;
  onChange: (value: AnswerByType[T] | undefined) => void;
  words: QuestionWords;
  t: WizardT;
  /** The error message for a field ('' for the question as a whole), if it has one. */
  errorFor: (field: string) => string | undefined;
  caption: string;
  /** The page's h1, focused when the page changes. */
  headingRef: RefObject<HTMLHeadingElement>;
}
