import { hasVisibleText } from '~/core/text/text';
import { boundText, cleanText, errorMessageOf, lengthError, requiredError } from '~/core/questions/shared';
import type { QuestionBase, TypeRules } from '~/core/questions/base';

export interface TextQuestionSpec extends QuestionBase<'text'> {
  maxLength?: number;
  /** Only on the person's own details (WCAG 1.3.5), never on someone else's. */
  autocomplete?: string;
}
export type TextAnswer = string;

export const TEXT_MAX = 500;
const maxOf = (question: TextQuestionSpec) => question.maxLength ?? TEXT_MAX;

export const textRules: TypeRules<TextQuestionSpec, TextAnswer> = {
  isShape: (value): value is string => typeof value === 'string',
  isAnswered: (value) => hasVisibleText(value),
  validate: (question, value) => [
    ...requiredError(question, hasVisibleText(value)),
    ...lengthError('', value, maxOf(question)),
  ],
  normalise: (_question, value) => cleanText(value) || undefined,
  bound: (question, value) => boundText(value, maxOf(question)),
  describe: (_question, value) => ({ kind: 'text', text: value }),
  errorTarget: (question) => question.id,
  errorMessage: errorMessageOf(),
};
