import { isRecord } from '../../lib/is-record';
import { hasVisibleText } from '../../lib/text';
import { boundText, cleanText, errorMessageOf, lengthError, requiredError } from '../shared';
import type { FieldError, QuestionBase, QuestionRules } from '../types';

/** Numbered lines of text the person can add, remove and reorder (their questions, corrections). */
export interface ListQuestion extends QuestionBase<'list'> {
  maxItems: number;
  /** What one item is called: "Question 1", "Correction 1" (i18n key list.item.<itemName>). */
  itemName: string;
}
export interface ListAnswer {
  items: string[];
}

export const LIST_ITEM_MAX = 2000;

export const listRules: QuestionRules<'list'> = {
  isShape: (value): value is ListAnswer =>
    isRecord(value) && Array.isArray(value.items) && value.items.every((i) => typeof i === 'string'),
  isAnswered: (value) => (value?.items ?? []).some(hasVisibleText),
  validate: (question, value) => {
    const items = value?.items ?? [];
    const errors: FieldError[] = requiredError(question, items.some(hasVisibleText));
    if (items.filter(hasVisibleText).length > question.maxItems) {
      errors.push({ field: '', code: 'tooMany', params: { max: question.maxItems } });
    }
    items.forEach((item, index) => {
      for (const e of lengthError(`item-${index + 1}`, item, LIST_ITEM_MAX))
        errors.push({ ...e, params: { ...e.params, number: index + 1 } });
    });
    return errors;
  },
  normalise: (_question, value) => {
    const items = value.items.map(cleanText).filter(Boolean);
    return items.length ? { items } : undefined;
  },
  bound: (question, value) => {
    const kept = value.items.slice(0, question.maxItems).map((item) => boundText(item, LIST_ITEM_MAX));
    return {
      value: { items: kept.map((k) => k.value) },
      capped: kept.length < value.items.length || kept.some((k) => k.capped),
    };
  },
  describe: (_question, value) => ({ kind: 'list', ordered: true, items: value.items.filter(hasVisibleText) }),
  errorTarget: (question, field) => `${question.id}-${field || 'item-1'}`,
  errorMessage: errorMessageOf('list', []),
};
