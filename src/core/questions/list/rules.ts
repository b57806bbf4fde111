import { isRecord } from '~/core/is-record';
import { hasVisibleText } from '~/core/text/text';
import { boundText, cleanText, errorMessageOf, lengthError, requiredError } from '~/core/questions/shared';
import type { FieldError, QuestionBase, TypeRules } from '~/core/questions/base';
import type { KeysUnder } from '~/core/words/translate';

/** Numbered lines of text the person can add, remove and reorder (their questions, corrections). */
export interface ListQuestionSpec extends QuestionBase<'list'> {
  maxItems: number;
  /** What one item is called: "Question 1", "Correction 1" (its words are ui:list.item.<itemName>). */
  itemName: KeysUnder<'ui:list.item.'>;
  /**
   * Each item keeps an id through edits, moves and removals, so what is recorded about it later (the
   * question ledger of stages 4 and 5) stays with it.
   */
  keepIds?: true;
}
export interface ListAnswer {
  items: string[];
  /** One per item, in the same order, when the question keeps ids. */
  ids?: string[];
}

/** The ids of a list's items; an answer saved before ids were kept has them by position ("q1", "q2"...). */
export const listItemIds = (value: ListAnswer): string[] => value.ids ?? value.items.map((_, i) => `q${i + 1}`);

/** A fresh item id: random, so a removed item's id never comes back for a new one. */
export function newListItemId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return 'i' + Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

const ID_PATTERN = /^[a-z0-9-]{1,40}$/;
const idsFit = (value: Record<string, unknown>, items: unknown[]) =>
  value.ids === undefined ||
  (Array.isArray(value.ids) &&
    value.ids.length === items.length &&
    value.ids.every((id) => typeof id === 'string' && ID_PATTERN.test(id)) &&
    new Set(value.ids).size === value.ids.length);

export const LIST_ITEM_MAX = 2000;

export const listRules: TypeRules<ListQuestionSpec, ListAnswer> = {
  isShape: (value): value is ListAnswer =>
    isRecord(value) &&
    Array.isArray(value.items) &&
    value.items.every((i) => typeof i === 'string') &&
    idsFit(value, value.items),
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
  normalise: (question, value) => {
    const ids = listItemIds(value);
    const kept = value.items.map((item, i) => ({ item: cleanText(item), id: ids[i]! })).filter((k) => k.item);
    if (!kept.length) return undefined;
    const items = kept.map((k) => k.item);
    return question.keepIds ? { items, ids: kept.map((k) => k.id) } : { items };
  },
  bound: (question, value) => {
    const kept = value.items.slice(0, question.maxItems).map((item) => boundText(item, LIST_ITEM_MAX));
    const items = kept.map((k) => k.value);
    return {
      value: value.ids ? { items, ids: value.ids.slice(0, kept.length) } : { items },
      capped: kept.length < value.items.length || kept.some((k) => k.capped),
    };
  },
  describe: (_question, value) => ({ kind: 'list', ordered: true, items: value.items.filter(hasVisibleText) }),
  errorTarget: (question, field) => `${question.id}-${field || 'item-1'}`,
  errorMessage: errorMessageOf(),
};
