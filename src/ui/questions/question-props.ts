import type { RefObject } from 'preact';
import type { AnswerOf, QuestionOf, QuestionType } from '~/core/questions/types';
import type { QuestionWords } from '~/core/questions/question-words';

/** What every question component gets: the question, its answer so far, and how to change it. */
export interface QuestionProps<T extends QuestionType> {
  question: QuestionOf<T>;
  value: AnswerOf<T> | undefined;
  onChange: (value: AnswerOf<T> | undefined) => void;
  words: QuestionWords;
  /** The error message for a field ('' for the question as a whole), if it has one. */
  errorFor: (field: string) => string | undefined;
  caption: string;
  /** The page's h1, focused when the page changes. */
  headingRef: RefObject<HTMLHeadingElement>;
}
