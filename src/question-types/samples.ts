/*
 * Sample answers of every question type, for the generated tests only (nothing in src/ imports this,
 * which tests/unit/architecture.test.ts checks, so samples never reach the bundle).
 */
import type { AnswerOf, QuestionOf, QuestionType } from './types';
import { textSamples } from './text/samples';
import { longTextSamples } from './long-text/samples';
import { singleChoiceSamples } from './single-choice/samples';
import { multiChoiceSamples } from './multi-choice/samples';
import { yesNoSamples } from './yes-no/samples';
import { dateSamples } from './date/samples';
import { contactSamples } from './contact/samples';
import { listSamples } from './list/samples';
import { peopleSamples } from './people/samples';
import { logSamples } from './log/samples';
import { ledgerSamples } from './ledger/samples';
import { openQuestionsSamples } from './open-questions/samples';
import { draftCommentsSamples } from './draft-comments/samples';

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

export const SAMPLES: { [T in QuestionType]: Samples<T> } = {
  text: textSamples,
  longText: longTextSamples,
  singleChoice: singleChoiceSamples,
  multiChoice: multiChoiceSamples,
  yesNo: yesNoSamples,
  date: dateSamples,
  contact: contactSamples,
  list: listSamples,
  people: peopleSamples,
  log: logSamples,
  ledger: ledgerSamples,
  openQuestions: openQuestionsSamples,
  draftComments: draftCommentsSamples,
};
