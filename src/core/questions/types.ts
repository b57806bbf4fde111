import type { TypeRules } from './base';
import type { TextAnswer, TextQuestion } from '~/core/questions/text/rules';
import type { LongTextAnswer, LongTextQuestion } from '~/core/questions/long-text/rules';
import type { SingleChoiceAnswer, SingleChoiceQuestion } from '~/core/questions/single-choice/rules';
import type { MultiChoiceAnswer, MultiChoiceQuestion } from '~/core/questions/multi-choice/rules';
import type { YesNoAnswer, YesNoQuestion } from '~/core/questions/yes-no/rules';
import type { DateAnswer, DateQuestion } from '~/core/questions/date/rules';
import type { ContactAnswer, ContactQuestion } from '~/core/questions/contact/rules';
import type { ListAnswer, ListQuestion } from '~/core/questions/list/rules';
import type { PeopleAnswer, PeopleQuestion } from '~/core/questions/people/rules';
import type { LogAnswer, LogQuestion } from '~/core/questions/log/rules';
import type { LedgerAnswer, LedgerQuestion } from '~/core/questions/ledger/rules';
import type { OpenQuestionsAnswer, OpenQuestionsQuestion } from '~/core/questions/open-questions/rules';
import type { DraftCommentsAnswer, DraftCommentsQuestion } from '~/core/questions/draft-comments/rules';

/**
 * Every question type, one line each: its settings in the schema and the shape of its answer.
 * Adding a type is a folder beside this file and one line here, then one line in each registry
 * (rules.ts, components.ts, samples.ts); a registry that misses it does not compile.
 */
export interface QuestionTypes {
  text: { question: TextQuestion; answer: TextAnswer };
  longText: { question: LongTextQuestion; answer: LongTextAnswer };
  singleChoice: { question: SingleChoiceQuestion; answer: SingleChoiceAnswer };
  multiChoice: { question: MultiChoiceQuestion; answer: MultiChoiceAnswer };
  yesNo: { question: YesNoQuestion; answer: YesNoAnswer };
  date: { question: DateQuestion; answer: DateAnswer };
  contact: { question: ContactQuestion; answer: ContactAnswer };
  list: { question: ListQuestion; answer: ListAnswer };
  people: { question: PeopleQuestion; answer: PeopleAnswer };
  log: { question: LogQuestion; answer: LogAnswer };
  ledger: { question: LedgerQuestion; answer: LedgerAnswer };
  openQuestions: { question: OpenQuestionsQuestion; answer: OpenQuestionsAnswer };
  draftComments: { question: DraftCommentsQuestion; answer: DraftCommentsAnswer };
}

export type QuestionType = keyof QuestionTypes;
export type QuestionOf<T extends QuestionType> = QuestionTypes[T]['question'];
export type AnswerOf<T extends QuestionType> = QuestionTypes[T]['answer'];
export type Question = QuestionOf<QuestionType>;
export type AnswerValue = AnswerOf<QuestionType>;

export type { AnswerText, AnswerWords, ErrorWording, FieldError, QuestionBase, Translate, TypeRules } from './base';

/** The rules of one type of the registry. */
export type QuestionRules<T extends QuestionType> = TypeRules<QuestionOf<T>, AnswerOf<T>>;
