import { isRecord } from '~/core/is-record';
import { hasVisibleText } from '~/core/text/text';
import {
  OTHER_DETAIL_MAX,
  boundText,
  cleanText,
  errorMessageOf,
  lengthError,
  requiredError,
} from '~/core/questions/shared';
import type { FieldError, QuestionBase, TypeRules } from '~/core/questions/base';

export interface SingleChoiceQuestionSpec extends QuestionBase<'singleChoice'> {
  options: readonly string[];
  /** An option that reveals "please say" text when chosen. */
  otherOption?: string;
}
export interface SingleChoiceAnswer {
  choice: string;
  other?: string;
}

export const singleChoiceRules: TypeRules<SingleChoiceQuestionSpec, SingleChoiceAnswer> = {
  isShape: (value): value is SingleChoiceAnswer =>
    isRecord(value) &&
    typeof value.choice === 'string' &&
    (value.other === undefined || typeof value.other === 'string'),
  isAnswered: (value) => Boolean(value?.choice),
  validate: (question, value) => {
    const errors: FieldError[] = requiredError(question, Boolean(value?.choice));
    if (value?.choice && !question.options.includes(value.choice)) errors.push({ field: '', code: 'unknownOption' });
    if (value && value.choice === question.otherOption)
      errors.push(...lengthError('other-detail', value.other, OTHER_DETAIL_MAX));
    return errors;
  },
  normalise: (question, value) => {
    if (!value.choice) return undefined;
    const other = value.choice === question.otherOption ? cleanText(value.other) : '';
    return other ? { choice: value.choice, other } : { choice: value.choice };
  },
  bound: (_question, value) => {
    if (value.other === undefined) return { value, capped: false };
    const other = boundText(value.other, OTHER_DETAIL_MAX);
    return { value: { ...value, other: other.value }, capped: other.capped };
  },
  describe: (question, value, words) => {
    const option = words.option(question, value.choice);
    return { kind: 'text', text: hasVisibleText(value.other) ? `${option}: ${value.other}` : option };
  },
  errorTarget: (question, field) => (field ? `${question.id}-${field}` : question.id),
  errorMessage: errorMessageOf(),
};
