import type { AnswerOf, QuestionOf, QuestionType } from './types';

/** How a person would enter an answer on the page: boxes to tick and text to type, by element id. */
export type PageInput = ({ check: string } | { fill: string; text: string })[];

export interface Samples<T extends QuestionType> {
  /** Answers the rules accept: every option of a choice, a plain value otherwise. */
  valid(question: QuestionOf<T>): AnswerOf<T>[];
  /** How a person would enter a valid answer on the page (the browser tests type it with the keyboard). */
  enter(question: QuestionOf<T>): PageInput;
  /** An answer the rules reject, and how a person would type it; undefined when nothing can be wrong. */
  invalid(question: QuestionOf<T>): { answer: AnswerOf<T>; input: PageInput } | undefined;
}
