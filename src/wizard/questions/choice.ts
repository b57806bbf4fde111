import type { ChoiceAnswer, MultiChoiceAnswer } from '../schema/types';
import type { FieldError, QuestionBehaviour } from './shared';
import { isRecord, lengthError, requiredError, trimmed } from './shared';

const OTHER_MAX = 500;

export const singleChoice: QuestionBehaviour<'singleChoice'> = {
  isShape: (value): value is ChoiceAnswer =>
    isRecord(value) &&
    typeof value.choice === 'string' &&
    (value.other === undefined || typeof value.other === 'string'),
  isAnswered: (value) => Boolean(value?.choice),
  validate: (question, value) => {
    const errors: FieldError[] = requiredError(question, singleChoice.isAnswered(value));
    if (value?.choice && !question.options.includes(value.choice)) errors.push({ field: '', code: 'unknownOption' });
    if (value && value.choice === question.otherOption)
      errors.push(...lengthError('other-detail', value.other, OTHER_MAX));
    return errors;
  },
  normalise: (value) => {
    if (!value.choice) return undefined;
    const other = trimmed(value.other);
    return other ? { choice: value.choice, other } : { choice: value.choice };
  },
};

export const multiChoice: QuestionBehaviour<'multiChoice'> = {
  isShape: (value): value is MultiChoiceAnswer =>
    isRecord(value) &&
    Array.isArray(value.choices) &&
    value.choices.every((c) => typeof c === 'string') &&
    (value.other === undefined || typeof value.other === 'string'),
  isAnswered: (value) => (value?.choices.length ?? 0) > 0,
  validate: (question, value) => {
    const errors: FieldError[] = requiredError(question, multiChoice.isAnswered(value));
    const choices = value?.choices ?? [];
    if (choices.some((c) => !question.options.includes(c))) errors.push({ field: '', code: 'unknownOption' });
    if (question.exclusiveOption && choices.includes(question.exclusiveOption) && choices.length > 1) {
      errors.push({ field: '', code: 'exclusive' });
    }
    if (question.otherOption && choices.includes(question.otherOption))
      errors.push(...lengthError('other-detail', value?.other, OTHER_MAX));
    return errors;
  },
  normalise: (value) => {
    const choices = [...new Set(value.choices)];
    if (choices.length === 0) return undefined;
    const other = trimmed(value.other);
    return other ? { choices, other } : { choices };
  },
};

export const yesNo: QuestionBehaviour<'yesNo'> = {
  isShape: (value): value is 'yes' | 'no' => value === 'yes' || value === 'no',
  isAnswered: (value) => value === 'yes' || value === 'no',
  validate: (question, value) => requiredError(question, yesNo.isAnswered(value)),
  normalise: (value) => value,
};
