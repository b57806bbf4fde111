import { hasVisibleText } from '~/core/text/text';
import { boundText, cleanText, errorMessageOf, lengthError, requiredError } from '~/core/questions/shared';
import type { QuestionBase, TypeRules } from '~/core/questions/base';

export interface LongTextQuestion extends QuestionBase<'longText'> {
  maxLength?: number;
}
export type LongTextAnswer = string;

export const LONG_TEXT_MAX = 20000;
export const maxLengthOf = (question: LongTextQuestion) => question.maxLength ?? LONG_TEXT_MAX;

export const longTextRules: TypeRules<LongTextQuestion, LongTextAnswer> = {
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
