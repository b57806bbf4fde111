/** The wizard's questions as data. No words live here: text comes from i18n keys built from the ids. */

export type QuestionType =
  'text' | 'longText' | 'singleChoice' | 'multiChoice' | 'yesNo' | 'date' | 'contact' | 'list' | 'log';

export type ContactField =
  'name' | 'relationship' | 'organisation' | 'role' | 'phone' | 'email' | 'address' | 'bestTimes';

interface QuestionBase<T extends QuestionType> {
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
}

export interface TextQuestion extends QuestionBase<'text'> {
  maxLength?: number;
  /** Only on the person's own details (WCAG 1.3.5), never on someone else's. */
  autocomplete?: string;
}
export interface LongTextQuestion extends QuestionBase<'longText'> {
  maxLength?: number;
}
export interface SingleChoiceQuestion extends QuestionBase<'singleChoice'> {
  options: readonly string[];
  /** An option that reveals "please say" text when chosen. */
  otherOption?: string;
}
export interface MultiChoiceQuestion extends QuestionBase<'multiChoice'> {
  options: readonly string[];
  otherOption?: string;
  /** An option such as "none of these" that cannot be chosen with the others. */
  exclusiveOption?: string;
}
export type YesNoQuestion = QuestionBase<'yesNo'>;
export interface DateQuestion extends QuestionBase<'date'> {
  /** Dates still to come (a meeting, a deadline) are allowed. */
  allowFuture?: boolean;
}
export interface ContactQuestion extends QuestionBase<'contact'> {
  fields: readonly ContactField[];
  /** The person's own details: fields get autocomplete tokens. */
  own?: boolean;
}
export interface ListQuestion extends QuestionBase<'list'> {
  /** What one item holds: a line of text, or a person. */
  item: 'text' | 'person';
  maxItems?: number;
}
export interface LogQuestion extends QuestionBase<'log'> {
  maxEntries?: number;
}

export type Question =
  | TextQuestion
  | LongTextQuestion
  | SingleChoiceQuestion
  | MultiChoiceQuestion
  | YesNoQuestion
  | DateQuestion
  | ContactQuestion
  | ListQuestion
  | LogQuestion;

export type QuestionOfType<T extends QuestionType> = Extract<Question, { type: T }>;

export type Condition =
  | { question: string; equals: string }
  | { question: string; notEquals: string }
  | { question: string; includes: string }
  | { question: string; answered: true }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] };

export interface Stage {
  /** Kebab-case; URL of its check answers page (?step=check-<id>). */
  id: string;
  questions: readonly Question[];
}

/* Answers: plain JSON, so they survive storage, share links and schema changes. */
export interface DateAnswer {
  day?: string;
  month?: string;
  year?: string;
  /** "Around March 2026": the person is not sure of the exact date. */
  approximate?: boolean;
}
export interface ChoiceAnswer {
  choice: string;
  other?: string;
}
export interface MultiChoiceAnswer {
  choices: string[];
  other?: string;
}
export type ContactAnswer = Partial<Record<ContactField, string>>;
export type PersonItem = Partial<Record<'name' | 'relationship' | 'phone' | 'email', string>>;
export interface ListAnswer {
  items: (string | PersonItem)[];
}
export interface LogEntry {
  date: DateAnswer;
  note: string;
}
export interface LogAnswer {
  entries: LogEntry[];
}

export interface AnswerByType {
  text: string;
  longText: string;
  singleChoice: ChoiceAnswer;
  multiChoice: MultiChoiceAnswer;
  yesNo: 'yes' | 'no';
  date: DateAnswer;
  contact: ContactAnswer;
  list: ListAnswer;
  log: LogAnswer;
}
export type AnswerValue = AnswerByType[QuestionType];

/** Answers keyed by question id. */
export type Answers = Record<string, AnswerValue>;
