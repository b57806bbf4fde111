import type { ListAnswer, LogAnswer, PersonItem } from '../schema/types';
import type { FieldError, QuestionBehaviour } from './shared';
import { isRecord, isStringRecord, lengthError, requiredError, trimmed } from './shared';
import { date } from './date';

const ITEM_MAX = 2000;
const NOTE_MAX = 5000;

const personIsEmpty = (p: PersonItem) => Object.values(p).every((v) => trimmed(v) === '');
const itemIsEmpty = (item: string | PersonItem) =>
  typeof item === 'string' ? trimmed(item) === '' : personIsEmpty(item);

export const list: QuestionBehaviour<'list'> = {
  isShape: (value): value is ListAnswer =>
    isRecord(value) &&
    Array.isArray(value.items) &&
    value.items.every((i) => typeof i === 'string' || isStringRecord(i)),
  isAnswered: (value) => (value?.items ?? []).some((item) => !itemIsEmpty(item)),
  validate: (question, value) => {
    const errors: FieldError[] = requiredError(question, list.isAnswered(value));
    const items = value?.items ?? [];
    if (question.maxItems && items.filter((i) => !itemIsEmpty(i)).length > question.maxItems) {
      errors.push({ field: '', code: 'tooMany', params: { max: question.maxItems } });
    }
    items.forEach((item, index) => {
      if (typeof item === 'string') errors.push(...lengthError(`item-${index + 1}`, item, ITEM_MAX));
      else errors.push(...lengthError(`item-${index + 1}-name`, item.name, 100));
    });
    return errors.map((e) =>
      e.field.startsWith('item-') ? { ...e, params: { ...e.params, number: Number(e.field.split('-')[1]) } } : e,
    );
  },
  normalise: (value) => {
    const items = value.items
      .map((item) =>
        typeof item === 'string'
          ? trimmed(item)
          : Object.fromEntries(
              Object.entries(item)
                .map(([k, v]) => [k, trimmed(v)])
                .filter(([, v]) => v),
            ),
      )
      .filter((item) => !itemIsEmpty(item));
    return items.length ? { items } : undefined;
  },
};

export const log: QuestionBehaviour<'log'> = {
  isShape: (value): value is LogAnswer =>
    isRecord(value) &&
    Array.isArray(value.entries) &&
    value.entries.every((e) => isRecord(e) && typeof e.note === 'string' && date.isShape(e.date)),
  isAnswered: (value) => (value?.entries ?? []).some((e) => trimmed(e.note) !== '' || date.isAnswered(e.date)),
  validate: (question, value) => {
    const errors: FieldError[] = requiredError(question, log.isAnswered(value));
    const entries = value?.entries ?? [];
    if (question.maxEntries && entries.length > question.maxEntries)
      errors.push({ field: '', code: 'tooMany', params: { max: question.maxEntries } });
    entries.forEach((entry, index) => {
      const number = index + 1;
      const blank = trimmed(entry.note) === '' && !date.isAnswered(entry.date);
      if (blank) return;
      if (trimmed(entry.note) === '')
        errors.push({ field: `entry-${number}-note`, code: 'noteMissing', params: { number } });
      errors.push(
        ...lengthError(`entry-${number}-note`, entry.note, NOTE_MAX).map((e) => ({
          ...e,
          params: { ...e.params, number },
        })),
      );
      for (const e of date.validate({ id: '', type: 'date', allowFuture: true }, entry.date)) {
        errors.push({ field: `entry-${number}-${e.field}`, code: e.code, params: { number } });
      }
    });
    return errors;
  },
  normalise: (value) => {
    const entries = value.entries
      .filter((e) => trimmed(e.note) !== '' || date.isAnswered(e.date))
      .map((e) => ({ date: date.normalise(e.date) ?? {}, note: trimmed(e.note) }));
    return entries.length ? { entries } : undefined;
  },
};
