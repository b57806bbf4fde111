import type { TypeRules } from './base';
import type { TextAnswer, TextQuestionSpec } from '~/core/questions/text/rules';
import type { LongTextAnswer, LongTextQuestionSpec } from '~/core/questions/long-text/rules';
import type { SingleChoiceAnswer, SingleChoiceQuestionSpec } from '~/core/questions/single-choice/rules';
import type { MultiChoiceAnswer, MultiChoiceQuestionSpec } from '~/core/questions/multi-choice/rules';
import type { YesNoAnswer, YesNoQuestionSpec } from '~/core/questions/yes-no/rules';
import type { DateAnswer, DateQuestionSpec } from '~/core/questions/date/rules';
import type { ContactAnswer, ContactQuestionSpec } from '~/core/questions/contact/rules';
import type { ListAnswer, ListQuestionSpec } from '~/core/questions/list/rules';
import type { PeopleAnswer, PeopleQuestionSpec } from '~/core/questions/people/rules';
import type { LogAnswer, LogQuestionSpec } from '~/core/questions/log/rules';
import type { LedgerAnswer, LedgerQuestionSpec } from '~/core/questions/ledger/rules';
import type { OpenQuestionsAnswer, OpenQuestionsQuestionSpec } from '~/core/questions/open-questions/rules';
import type { DraftCommentsAnswer, DraftCommentsQuestionSpec } from '~/core/questions/draft-comments/rules';

/**
 * Every question type, one line each: its settings in the schema and the shape of its answer.
 * Adding a type is a folder beside this file and one line here, then one line in each registry
 * (rules.ts, components.ts, samples.ts); a registry that misses it does not compile.
 */
export interface QuestionTypes {
  text: { question: TextQuestionSpec; answer: TextAnswer };
  longText: { question: LongTextQuestionSpec; answer: LongTextAnswer };
  singleChoice: { question: SingleChoiceQuestionSpec; answer: SingleChoiceAnswer };
  multiChoice: { question: MultiChoiceQuestionSpec; answer: MultiChoiceAnswer };
  yesNo: { question: YesNoQuestionSpec; answer: YesNoAnswer };
  date: { question: DateQuestionSpec; answer: DateAnswer };
  contact: { question: ContactQuestionSpec; answer: ContactAnswer };
  list: { question: ListQuestionSpec; answer: ListAnswer };
  people: { question: PeopleQuestionSpec; answer: PeopleAnswer };
  log: { question: LogQuestionSpec; answer: LogAnswer };
  ledger: { question: LedgerQuestionSpec; answer: LedgerAnswer };
  openQuestions: { question: OpenQuestionsQuestionSpec; answer: OpenQuestionsAnswer };
  draftComments: { question: DraftCommentsQuestionSpec; answer: DraftCommentsAnswer };
}

export type QuestionType = keyof QuestionTypes;
export type QuestionOf<T extends QuestionType> = QuestionTypes[T]['question'];
export type AnswerOf<T extends QuestionType> = QuestionTypes[T]['answer'];
export type Question = QuestionOf<QuestionType>;
export type AnswerValue = AnswerOf<QuestionType>;

export type {
  DescribedAnswer,
  AnswerWords,
  ErrorWording,
  FieldError,
  QuestionBase,
  Translate,
  TypeRules,
} from './base';

/** The rules of one type of the registry. */
export type QuestionRules<T extends QuestionType> = TypeRules<QuestionOf<T>, AnswerOf<T>>;
