import { hasVisibleText } from '~/core/text/text';
import { boundText, cleanText, errorMessageOf, lengthError, requiredError } from '~/core/questions/shared';
import type { QuestionBase, TypeRules } from '~/core/questions/base';

export interface LongTextQuestionSpec extends QuestionBase<'longText'> {
  maxLength?: number;
}
export type LongTextAnswer = string;

export const LONG_ANSWER_MAX = 20000;
export const maxLengthOf = (question: LongTextQuestionSpec) => question.maxLength ?? LONG_ANSWER_MAX;

export const longTextRules: TypeRules<LongTextQuestionSpec, LongTextAnswer> = {
  isShape: (value): value is string => typeof value === 'string',
  isAnswered: (value) => hasVisibleText(value),
  validate: (question, value) => [
    ...requiredError(question, hasVisibleText(value)),
    ...lengthError('', value, maxLengthOf(question)),
  ],
  // Keep the person's own line breaks; only trim the ends.
  normalise: (_question, value) => cleanText(value) || undefined,
  bound: (question, value) => boundText(value, maxLengthOf(question)),
  describe: (_question, value) => ({ kind: 'text', text: value }),
  errorTarget: (question) => question.id,
  errorMessage: errorMessageOf(),
};
