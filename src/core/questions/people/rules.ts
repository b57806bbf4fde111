import { isRecord, isStringRecord } from '~/core/is-record';
import { hasVisibleText } from '~/core/text/text';
import { contactFieldErrors, CONTACT_MAX } from '~/core/questions/contact/rules';
import { boundText, cleanText, errorMessageOf, requiredError } from '~/core/questions/shared';
import type { FieldError, QuestionBase, TypeRules } from '~/core/questions/base';

export const PERSON_FIELDS = ['name', 'relationship', 'phone', 'email'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
/** Yes-or-no questions asked about each person ("Should they come to meetings with you?"). */
export const PERSON_CHOICES = ['meetings', 'talk'] as const;
export type PersonChoice = (typeof PERSON_CHOICES)[number];
export type Person = Partial<Record<PersonField, string> & Record<PersonChoice, 'yes' | 'no'>>;

/** Other people to include: each with a name and how to reach them, or "No one else". */
export interface PeopleQuestionSpec extends QuestionBase<'people'> {
  maxPeople: number;
  /** Asked of each person, in this order (words: ui:people.<choice>). */
  asks?: readonly PersonChoice[];
}

/** Who someone is to the person can take more words here ("Advocate, from the Community Health Council"). */
const PERSON_MAX: Record<PersonField, number> = { ...CONTACT_MAX, relationship: 400 };

const isChoice = (value: unknown) => value === undefined || value === 'yes' || value === 'no';
const choicesOf = (question: PeopleQuestionSpec, person: Person): Person =>
  Object.fromEntries((question.asks ?? []).filter((c) => person[c]).map((c) => [c, person[c]]));
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
    value.items.every((p) => isStringRecord(p) && PERSON_CHOICES.every((c) => isChoice(p[c]))) &&
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
        for (const e of contactFieldErrors(field, person[field], `item-${number}-${field}`, PERSON_MAX[field]))
          errors.push({ ...e, params: { ...e.params, number } });
      }
    });
    return errors;
  },
  normalise: (_question, value) => {
    if (value.noOneElse) return { items: [], noOneElse: true };
    const items = value.items
      .map((p): Person => ({
        ...(Object.fromEntries(PERSON_FIELDS.map((f) => [f, cleanText(p[f])]).filter(([, v]) => v)) as Person),
        ...choicesOf(_question, p),
      }))
      .filter(personGiven);
    return items.length ? { items } : undefined;
  },
  bound: (question, value) => {
    let capped = value.items.length > question.maxPeople;
    const items = value.items.slice(0, question.maxPeople).map((person) => {
      const out: Person = {};
      for (const field of PERSON_FIELDS) {
        if (person[field] === undefined) continue;
        const entry = boundText(person[field], PERSON_MAX[field]);
        capped ||= entry.capped;
        out[field] = entry.value;
      }
      const choices = choicesOf(question, person);
      capped ||= PERSON_CHOICES.some((c) => person[c] !== undefined && choices[c] === undefined);
      return { ...out, ...choices };
    });
    return { value: value.noOneElse ? { items, noOneElse: true } : { items }, capped };
  },
  // Four columns, as many as a phone or a page of large print can hold: how to reach someone shares one.
  describe: (question, value, words) => {
    if (value.noOneElse) return { kind: 'text', text: words.t('ui:people.noOneElse') };
    const asks = question.asks ?? [];
    const said = (person: Person, choice: PersonChoice) =>
      person[choice]
        ? `${words.t(`ui:people.${choice}Short`)}: ${words.t(`ui:people.answers.${choice}.${person[choice]}`)}`
        : '';
    const joined = (parts: (string | undefined)[]) => parts.filter((part) => hasVisibleText(part)).join('; ');
    return {
      kind: 'table',
      headers: [
        words.t('ui:people.name'),
        words.t('ui:people.relationship'),
        words.t('ui:people.reach'),
        ...(asks.length ? [words.t('ui:people.agreed')] : []),
      ],
      rows: value.items
        .filter(personGiven)
        .map((p) => [
          p.name ?? '',
          p.relationship ?? '',
          joined([p.phone, p.email]),
          ...(asks.length ? [joined(asks.map((c) => said(p, c)))] : []),
        ]),
    };
  },
  errorTarget: (question, field) => `${question.id}-${field || 'add-yes'}`,
  errorMessage: errorMessageOf(),
};
