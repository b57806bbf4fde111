import type {
  DescribedAnswer,
  AnswerValue,
  AnswerWords,
  ErrorWording,
  FieldError,
  Question,
  QuestionRules,
  QuestionType,
} from './types';
import { textRules } from '~/core/questions/text/rules';
import { longTextRules } from '~/core/questions/long-text/rules';
import { singleChoiceRules } from '~/core/questions/single-choice/rules';
import { multiChoiceRules } from '~/core/questions/multi-choice/rules';
import { yesNoRules } from '~/core/questions/yes-no/rules';
import { dateRules } from '~/core/questions/date/rules';
import { contactRules } from '~/core/questions/contact/rules';
import { listRules } from '~/core/questions/list/rules';
import { peopleRules } from '~/core/questions/people/rules';
import { logRules } from '~/core/questions/log/rules';
import { ledgerRules } from '~/core/questions/ledger/rules';
import { openQuestionsRules } from '~/core/questions/open-questions/rules';
import { draftCommentsRules } from '~/core/questions/draft-comments/rules';

/** The rules of every question type. A full mapped type, so a type without rules does not compile. */
export const RULES: { [T in QuestionType]: QuestionRules<T> } = {
  text: textRules,
  longText: longTextRules,
  singleChoice: singleChoiceRules,
  multiChoice: multiChoiceRules,
  yesNo: yesNoRules,
  date: dateRules,
  contact: contactRules,
  list: listRules,
  people: peopleRules,
  log: logRules,
  ledger: ledgerRules,
  openQuestions: openQuestionsRules,
  draftComments: draftCommentsRules,
};

// The one place a question's type picks its rules, so callers never switch on the type themselves.
const rulesOf = (question: Question) =>
  RULES[question.type] as unknown as QuestionRules<QuestionType> & {
    validate(q: Question, v: AnswerValue | undefined, now: Date): FieldError[];
    normalise(q: Question, v: AnswerValue): AnswerValue | undefined;
    bound(q: Question, v: AnswerValue): { value: AnswerValue; capped: boolean };
    describe(q: Question, v: AnswerValue, w: AnswerWords): DescribedAnswer;
    errorTarget(q: Question, field: string): string;
    errorMessage(q: Question, e: FieldError, w: AnswerWords): ErrorWording;
  };

export const isAnswerShape = (question: Question, value: unknown): value is AnswerValue =>
  rulesOf(question).isShape(value);
export const isAnswered = (question: Question, value: AnswerValue | undefined): boolean =>
  value !== undefined && isAnswerShape(question, value) && rulesOf(question).isAnswered(value);
export const validateAnswer = (question: Question, value: AnswerValue | undefined, now: Date = new Date()) =>
  rulesOf(question).validate(question, value, now);
export const normaliseAnswer = (question: Question, value: AnswerValue) => rulesOf(question).normalise(question, value);
export const boundAnswer = (question: Question, value: AnswerValue) => rulesOf(question).bound(question, value);
export const describeAnswer = (question: Question, value: AnswerValue, words: AnswerWords) =>
  rulesOf(question).describe(question, value, words);
export const errorTarget = (question: Question, field: string) => rulesOf(question).errorTarget(question, field);
export const errorWording = (question: Question, error: FieldError, words: AnswerWords) =>
  rulesOf(question).errorMessage(question, error, words);

export type * from './types';
