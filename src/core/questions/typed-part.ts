import type { AnswerValue, QuestionType } from './types';

type Part = (value: AnswerValue | undefined) => unknown;

const whole: Part = (value) => value;
/** Only the "please say" words: which options are chosen is a choice, not typing. */
const otherText: Part = (value) => (value as { other?: string } | undefined)?.other || undefined;

/** What a person types in an answer of each type, as against what they choose (a registry: each type once). */
const TYPED_PART: Record<QuestionType, Part> = {
  text: whole,
  longText: whole,
  singleChoice: otherText,
  multiChoice: otherText,
  yesNo: () => undefined,
  date: whole,
  contact: whole,
  list: whole,
  people: whole,
  log: whole,
  ledger: whole,
  openQuestions: whole,
  draftComments: whole,
};

/**
 * Whether two answers to a question differ in what was typed, not only in what was chosen. A choice
 * made and not saved is no loss worth a warning; words typed and not saved are.
 */
export function typedDiffers(type: QuestionType, a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  return JSON.stringify(TYPED_PART[type](a)) !== JSON.stringify(TYPED_PART[type](b));
}
