import type { Condition } from '../wizard/schema/condition';
import type { TextAnswer, TextQuestion } from './text/rules';
import type { LongTextAnswer, LongTextQuestion } from './long-text/rules';
import type { SingleChoiceAnswer, SingleChoiceQuestion } from './single-choice/rules';
import type { MultiChoiceAnswer, MultiChoiceQuestion } from './multi-choice/rules';
import type { YesNoAnswer, YesNoQuestion } from './yes-no/rules';
import type { DateAnswer, DateQuestion } from './date/rules';
import type { ContactAnswer, ContactQuestion } from './contact/rules';
import type { ListAnswer, ListQuestion } from './list/rules';
import type { PeopleAnswer, PeopleQuestion } from './people/rules';
import type { LogAnswer, LogQuestion } from './log/rules';
import type { LedgerAnswer, LedgerQuestion } from './ledger/rules';
import type { OpenQuestionsAnswer, OpenQuestionsQuestion } from './open-questions/rules';
import type { DraftCommentsAnswer, DraftCommentsQuestion } from './draft-comments/rules';

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

/** What every question has, whatever its type. No words: they come from i18n keys built from the id. */
export interface QuestionBase<T extends QuestionType> {
  /** Unique, kebab-case; also the step's URL (?step=id) and the key of its strings. */
  id: string;
  type: T;
  /** Continue with no answer shows an error. "I'd rather not answer now" is always there instead. */
  required?: boolean;
  /** Ask only when this holds, evaluated on the answers so far. */
  showIf?: Condition;
  /**
   * Private to the person (for example who must not be told). Never printed, shared or exported
   * unless the person explicitly chooses to include it on a copy for the investigation team.
   */
  sensitive?: true;
  /** A gentle note before a page that asks about hard things (its words: questions.<id>.contentNote). */
  contentNote?: true;
}

/** An error found on Continue: which field, and a code the UI turns into words. */
export interface FieldError {
  /** The input's id suffix ('' for the question as a whole, 'day', 'email', 'item-2'...). */
  field: string;
  code: string;
  /** Values for the message, such as { max: 5000 }. */
  params?: Record<string, string | number>;
}

/** A translation function: the type of i18n's `t`, so the rules can word answers without importing i18next. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What the rules need to put an answer into words. */
export interface AnswerWords {
  t: Translate;
  /** BCP 47 language, for dates. */
  locale: string;
  /** The words of one option of a choice question. */
  option(question: Question, option: string): string;
  /** Every answer so far, for a question built on another's answer (the ledger is built on the family's questions). */
  answers?: Readonly<Record<string, unknown>>;
}

/** Which message an error shows: a key in the "errors" namespace and the values it needs. */
export interface ErrorWording {
  key: string;
  params?: Record<string, unknown>;
}

/** An answer in words, for check answers, the agreement page and the PDF alike. */
export type AnswerText =
  | { kind: 'text'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; headers: string[]; rows: string[][] };

/** Everything one question type knows about its answers: pure, no UI, no storage. */
export interface QuestionRules<T extends QuestionType> {
  /** True when a stored value has the right shape for this type (loading saved or shared data). */
  isShape(value: unknown): value is AnswerOf<T>;
  /** Empty, invisible and "nothing chosen" count as not answered. */
  isAnswered(value: AnswerOf<T> | undefined): boolean;
  /** Problems with a submitted answer; required-ness is checked here too. `now` decides "in the future". */
  validate(question: QuestionOf<T>, value: AnswerOf<T> | undefined, now: Date): FieldError[];
  /** Trims and drops empty parts before the answer is stored; undefined when nothing is left. */
  normalise(question: QuestionOf<T>, value: AnswerOf<T>): AnswerOf<T> | undefined;
  /** Keeps a loaded answer within the schema's limits (items, entries, length); `capped` says if it had to. */
  bound(question: QuestionOf<T>, value: AnswerOf<T>): { value: AnswerOf<T>; capped: boolean };
  /** The answer in words. */
  describe(question: QuestionOf<T>, value: AnswerOf<T>, words: AnswerWords): AnswerText;
  /** The id of the input an error summary link moves to. */
  errorTarget(question: QuestionOf<T>, field: string): string;
  /** The i18n key of an error's message (namespace "errors") and its values. */
  errorMessage(question: QuestionOf<T>, error: FieldError, words: AnswerWords): ErrorWording;
}
