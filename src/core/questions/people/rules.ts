import { isRecord, isStringRecord } from '~/core/is-record';
import { hasVisibleText } from '~/core/text/text';
import { contactFieldErrors, CONTACT_MAX } from '~/core/questions/contact/rules';
import { boundText, cleanText, errorMessageOf, requiredError } from '~/core/questions/shared';
import type { FieldError, QuestionBase, TypeRules } from '~/core/questions/base';

export const PERSON_FIELDS = ['name', 'relationship', 'phone', 'email'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
export type Person = Partial<Record<PersonField, string>>;

/** Other people to include: each with a name and how to reach them, or "No one else". */
export interface PeopleQuestionSpec extends QuestionBase<'people'> {
  maxPeople: number;
}
export interface PeopleAnswer {
  items: Person[];
  /** The person said there is no one else to add. */
  noOneElse?: boolean;
}

const personGiven = (p: Person) => PERSON_FIELDS.some((f) => hasVisibleText(p[f]));

export const peopleRules: TypeRules<PeopleQuestionSpec, PeopleAnswer> = {
  isShape: (value): value is PeopleAnswer =>
    isRecord(value) &&
    Array.isArray(value.items) &&
    value.items.every(isStringRecord) &&
    (value.noOneElse === undefined || typeof value.noOneElse === 'boolean'),
  isAnswered: (value) => Boolean(value?.noOneElse) || (value?.items ?? []).some(personGiven),
  validate: (question, value) => {
    if (value?.noOneElse) return [];
    const people = value?.items ?? [];
    const errors: FieldError[] = requiredError(question, people.some(personGiven));
    if (people.filter(personGiven).length > question.maxPeople) {
      errors.push({ field: '', code: 'tooMany', params: { max: question.maxPeople } });
    }
    people.forEach((person, index) => {
      const number = index + 1;
      if (personGiven(person) && !hasVisibleText(person.name))
        errors.push({ field: `item-${number}-name`, code: 'nameMissing', params: { number } });
      for (const field of PERSON_FIELDS) {
        for (const e of contactFieldErrors(field, person[field], `item-${number}-${field}`))
          errors.push({ ...e, params: { ...e.params, number } });
      }
    });
    return errors;
  },
  normalise: (_question, value) => {
    if (value.noOneElse) return { items: [], noOneElse: true };
    const items = value.items
      .map((p) => Object.fromEntries(PERSON_FIELDS.map((f) => [f, cleanText(p[f])]).filter(([, v]) => v)) as Person)
      .filter(personGiven);
    return items.length ? { items } : undefined;
  },
  bound: (question, value) => {
    let capped = value.items.length > question.maxPeople;
    const items = value.items.slice(0, question.maxPeople).map((person) => {
      const out: Person = {};
      for (const field of PERSON_FIELDS) {
        if (person[field] === undefined) continue;
        const entry = boundText(person[field], CONTACT_MAX[field]);
        capped ||= entry.capped;
        out[field] = entry.value;
      }
      return out;
    });
    return { value: value.noOneElse ? { items, noOneElse: true } : { items }, capped };
  },
  describe: (_question, value, words) => {
    if (value.noOneElse) return { kind: 'text', text: words.t('ui:people.noOneElse') };
    return {
      kind: 'table',
      headers: PERSON_FIELDS.map((f) => words.t(`ui:people.${f}`)),
      rows: value.items.filter(personGiven).map((p) => PERSON_FIELDS.map((f) => p[f] ?? '')),
    };
  },
  errorTarget: (question, field) => `${question.id}-${field || 'add-yes'}`,
  errorMessage: errorMessageOf(),
};
