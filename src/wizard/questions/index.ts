import type { AnswerValue, Question, QuestionType } from '../schema/types';
import type { FieldError, QuestionBehaviour } from './shared';
import { text, longText } from './text';
import { singleChoice, multiChoice, yesNo } from './choice';
import { date } from './date';
import { contact } from './contact';
import { list, log } from './list';

export type { FieldError, QuestionBehaviour } from './shared';

/** Typed as a full Record, so a new question type without behaviour is a compile error. */
export const BEHAVIOURS: { [T in QuestionType]: QuestionBehaviour<T> } = {
  text,
  longText,
  singleChoice,
  multiChoice,
  yesNo,
  date,
  contact,
  list,
  log,
};

// One narrowing point so callers need not switch on the type themselves.
const behaviourOf = (question: Question) => BEHAVIOURS[question.type] as QuestionBehaviour<QuestionType>;

export const isAnswerShape = (question: Question, value: unknown): value is AnswerValue =>
  behaviourOf(question).isShape(value);
export const isAnswered = (question: Question, value: AnswerValue | undefined): boolean =>
  behaviourOf(question).isAnswered(value as never);
export const validateAnswer = (question: Question, value: AnswerValue | undefined): FieldError[] =>
  behaviourOf(question).validate(question as never, value as never);
export const normaliseAnswer = (question: Question, value: AnswerValue): AnswerValue | undefined =>
  behaviourOf(question).normalise(value as never);
