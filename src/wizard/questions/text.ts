import type { QuestionBehaviour } from './shared';
import { lengthError, requiredError, trimmed } from './shared';

export const DEFAULT_TEXT_MAX = 500;
export const DEFAULT_LONG_TEXT_MAX = 20000;

export const text: QuestionBehaviour<'text'> = {
  isShape: (value): value is string => typeof value === 'string',
  isAnswered: (value) => trimmed(value) !== '',
  validate: (question, value) => [
    ...requiredError(question, text.isAnswered(value)),
    ...lengthError('', value, question.maxLength ?? DEFAULT_TEXT_MAX),
  ],
  normalise: (value) => trimmed(value) || undefined,
};

export const longText: QuestionBehaviour<'longText'> = {
  isShape: (value): value is string => typeof value === 'string',
  isAnswered: (value) => trimmed(value) !== '',
  validate: (question, value) => [
    ...requiredError(question, longText.isAnswered(value)),
    ...lengthError('', value, question.maxLength ?? DEFAULT_LONG_TEXT_MAX),
  ],
  // Keep the person's own line breaks; only trim the ends.
  normalise: (value) => trimmed(value) || undefined,
};
