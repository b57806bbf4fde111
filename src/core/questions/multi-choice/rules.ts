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

export interface MultiChoiceQuestionSpec extends QuestionBase<'multiChoice'> {
  options: readonly string[];
  otherOption?: string;
  /** An option such as "none of these" that cannot be chosen with the others (after an "or" divider). */
  exclusiveOption?: string;
}
export interface MultiChoiceAnswer {
  choices: string[];
  other?: string;
}

export const multiChoiceRules: TypeRules<MultiChoiceQuestionSpec, MultiChoiceAnswer> = {
  isShape: (value): value is MultiChoiceAnswer =>
    isRecord(value) &&
    Array.isArray(value.choices) &&
    value.choices.every((c) => typeof c === 'string') &&
    (value.other === undefined || typeof value.other === 'string'),
  isAnswered: (value) => (value?.choices.length ?? 0) > 0,
  validate: (question, value) => {
    const choices = value?.choices ?? [];
    const errors: FieldError[] = requiredError(question, choices.length > 0);
    if (choices.some((c) => !question.options.includes(c))) errors.push({ field: '', code: 'unknownOption' });
    if (question.exclusiveOption && choices.includes(question.exclusiveOption) && choices.length > 1) {
      errors.push({ field: '', code: 'exclusive' });
    }
    if (question.otherOption && choices.includes(question.otherOption))
      errors.push(...lengthError('other-detail', value?.other, OTHER_DETAIL_MAX));
    return errors;
  },
  normalise: (question, value) => {
    // In the order the options are listed, once each.
    const choices = question.options.filter((o) => value.choices.includes(o));
    const unknown = value.choices.filter((c) => !question.options.includes(c));
    const all = [...choices, ...new Set(unknown)];
    if (all.length === 0) return undefined;
    const other = question.otherOption && all.includes(question.otherOption) ? cleanText(value.other) : '';
    return other ? { choices: all, other } : { choices: all };
  },
  bound: (question, value) => {
    const choices = value.choices.slice(0, question.options.length);
    const other = value.other === undefined ? undefined : boundText(value.other, OTHER_DETAIL_MAX);
    return {
      value: other ? { choices, other: other.value } : { choices },
      capped: choices.length < value.choices.length || Boolean(other?.capped),
    };
  },
  describe: (question, value, words) => ({
    kind: 'list',
    ordered: false,
    items: value.choices.map((c) => {
      const option = words.option(question, c);
      return c === question.otherOption && hasVisibleText(value.other) ? `${option}: ${value.other}` : option;
    }),
  }),
  errorTarget: (question, field) => (field ? `${question.id}-${field}` : question.id),
  errorMessage: (question, error, words) =>
    error.code === 'exclusive'
      ? { key: 'multiChoice.exclusive', params: { none: words.option(question, question.exclusiveOption ?? '') } }
      : errorMessageOf()(question, error),
};
