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
import { yesNoRules } from '~/core/questions/yes-no/rules';
import type { LaterRules, LaterType } from './later-rules';

/** The types whose rules are at hand from the first load: the opening question's and the settings' kinds. */
type FirstType = Exclude<QuestionType, LaterType>;
export const FIRST_RULES: { [T in FirstType]: QuestionRules<T> } = {
  text: textRules,
  longText: longTextRules,
  singleChoice: singleChoiceRules,
  yesNo: yesNoRules,
};

/**
 * The rules of every question type: the first ones at once, the others once `loadQuestionRules()`
 * has brought them (they are not needed for the first question, and cost about 3 KB of the first load).
 * Anything that reads answers saved or made elsewhere (storage, another tab, a file) or shows a page
 * loaded on demand waits for them first; Node (the build, the tests) imports `./all-rules`, which
 * registers them at once.
 */
let RULES: Partial<{ [T in QuestionType]: QuestionRules<T> }> = FIRST_RULES;
let loading: Promise<void> | undefined;

/** Makes the rules of every question type available (loaded once; a failed load is tried again next time). */
export const registerLaterRules = (later: LaterRules) => void (RULES = { ...FIRST_RULES, ...later });
export const questionRulesReady = () => Object.keys(RULES).length > Object.keys(FIRST_RULES).length;
export const loadQuestionRules = (): Promise<void> =>
  questionRulesReady()
    ? Promise.resolve()
    : (loading ??= import('./later-rules').then(
        (code) => registerLaterRules(code.LATER_RULES),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      ));

// The one place a question's type picks its rules, so callers never switch on the type themselves.
function rulesOf(question: Question) {
  const rules = RULES[question.type];
  if (!rules)
    throw new Error(`The rules of ${question.type} questions are not loaded: await loadQuestionRules() first.`);
  return rules as unknown as QuestionRules<QuestionType> & {
    validate(q: Question, v: AnswerValue | undefined, now: Date): FieldError[];
    normalise(q: Question, v: AnswerValue): AnswerValue | undefined;
    bound(q: Question, v: AnswerValue): { value: AnswerValue; capped: boolean };
    describe(q: Question, v: AnswerValue, w: AnswerWords): DescribedAnswer;
    errorTarget(q: Question, field: string): string;
    errorMessage(q: Question, e: FieldError, w: AnswerWords): ErrorWording;
  };
}

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
