/*
 * What every question type shares: the base of its settings, its errors and how its rules are shaped.
 * Each type's rules.ts imports only this file, so the registry (types.ts) can import every type without a cycle.
 */
import type { Condition } from '~/core/journey/schema/condition';
import type { KeysUnder, Translate } from '~/core/words/translate';

/** What every question has, whatever its type. No words: they come from i18n keys built from the id. */
export interface QuestionBase<T extends string = string> {
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
  /**
   * About using the tool, not about what happened (how answers are kept, whether a stage is done):
   * kept in its own place, never among the answers, so no "I'd rather not answer now", no row on
   * check answers and no place in the agreement.
   */
  setting?: true;
}

/** Every problem an answer can have; src/core/questions/shared.ts maps each to its words. */
export type ErrorCode =
  | 'required'
  | 'unreadable'
  | 'unknownOption'
  | 'tooLong'
  | 'tooMany'
  | 'phoneFormat'
  | 'emailFormat'
  | 'exclusive'
  | 'missingYear'
  | 'yearFormat'
  | 'missingMonth'
  | 'monthRange'
  | 'dayRange'
  | 'tooEarly'
  | 'inFuture'
  | 'nameMissing'
  | 'noteMissing'
  | 'rowMissing';

/** An error found on Continue: which field, and a code the UI turns into words. */
export interface FieldError {
  /** The input's id suffix ('' for the question as a whole, 'day', 'email', 'item-2'...). */
  field: string;
  code: ErrorCode;
  /** Values for the message, such as { max: 5000 }. */
  params?: Record<string, string | number>;
}

export type { Translate } from '~/core/words/translate';

/** What the rules need to put an answer into words. */
export interface AnswerWords {
  t: Translate;
  /** BCP 47 language, for dates. */
  locale: string;
  /** The words of one option of a choice question. */
  option(question: QuestionBase, option: string): string;
  /** A yes/no question's answer in its own words (Welsh echoes the question's verb: "Oes" / "Nac oes"). */
  yesNo(question: QuestionBase, answer: 'yes' | 'no'): string;
  /** What a choice question's note is about, on check answers ("Interpreter language"). */
  noteShort(question: QuestionBase): string;
  /** The label of one box of a contact question ("Full name"; "Name of the service" where a question asks for a service). */
  contactField(question: QuestionBase, field: string): string;
  /** Every answer so far, for a question built on another's answer (the ledger is built on the family's questions). */
  answers?: Readonly<Record<string, unknown>>;
}

/** Which message an error shows: a key in the "errors" namespace and the values it needs. */
export interface ErrorWording {
  key: KeysUnder<'errors:'>;
  params?: Record<string, unknown>;
}

/** An answer in words, for check answers, the agreement page and the PDF alike. */
export type DescribedAnswer =
  | { kind: 'text'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; headers: string[]; rows: string[][] };

/** Everything one question type knows about its answers: pure, no UI, no storage. */
export interface TypeRules<Q extends QuestionBase, A> {
  /** True when a stored value has the right shape for this type (loading saved or shared data). */
  isShape(value: unknown): value is A;
  /** Empty, invisible and "nothing chosen" count as not answered. */
  isAnswered(value: A | undefined): boolean;
  /** Problems with a submitted answer; required-ness is checked here too. `now` decides "in the future". */
  validate(question: Q, value: A | undefined, now: Date): FieldError[];
  /** Trims and drops empty parts before the answer is stored; undefined when nothing is left. */
  normalise(question: Q, value: A): A | undefined;
  /** Keeps a loaded answer within the schema's limits (items, entries, length); `capped` says if it had to. */
  bound(question: Q, value: A): { value: A; capped: boolean };
  /** The answer in words. */
  describe(question: Q, value: A, words: AnswerWords): DescribedAnswer;
  /** The id of the input an error summary link moves to. */
  errorTarget(question: Q, field: string): string;
  /** The i18n key of an error's message (namespace "errors") and its values. */
  errorMessage(question: Q, error: FieldError, words: AnswerWords): ErrorWording;
}
