import { isStringRecord } from '~/core/is-record';
import { hasVisibleText } from '~/core/text/text';
import { boundText, cleanText, errorMessageOf, lengthError, requiredError } from '~/core/questions/shared';
import type { FieldError, QuestionBase, TypeRules } from '~/core/questions/base';

export type ContactField = 'name' | 'relationship' | 'organisation' | 'role' | 'phone' | 'email' | 'address' | 'hours';

export interface ContactQuestionSpec extends QuestionBase<'contact'> {
  fields: readonly ContactField[];
  /** The person's own details: fields get autocomplete tokens (WCAG 1.3.5). */
  own?: boolean;
}
export type ContactAnswer = Partial<Record<ContactField, string>>;

export const CONTACT_MAX: Record<ContactField, number> = {
  name: 100,
  relationship: 100,
  organisation: 200,
  role: 100,
  phone: 30,
  email: 254,
  address: 500,
  hours: 300,
};

// Accept how people really write numbers: spaces, brackets, dashes, +44, extensions.
const PHONE = /^\+?[0-9 ()\-.]{6,}(?:\s*(?:ext\.?|x)\s*\d+)?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Problems with one contact field: too long, or not a phone number or email address. */
export function contactFieldErrors(
  field: ContactField,
  value: string | undefined,
  inputField: string = field,
  max: number = CONTACT_MAX[field],
): FieldError[] {
  const entry = cleanText(value);
  const errors = lengthError(inputField, value, max);
  if (field === 'phone' && entry && !PHONE.test(entry)) errors.push({ field: inputField, code: 'phoneFormat' });
  if (field === 'email' && entry && !EMAIL.test(entry)) errors.push({ field: inputField, code: 'emailFormat' });
  return errors;
}

export const contactRules: TypeRules<ContactQuestionSpec, ContactAnswer> = {
  isShape: (value): value is ContactAnswer => isStringRecord(value),
  isAnswered: (value) => Object.values(value ?? {}).some(hasVisibleText),
  validate: (question, value) => [
    ...requiredError(question, Object.values(value ?? {}).some(hasVisibleText)),
    ...question.fields.flatMap((field) => contactFieldErrors(field, value?.[field])),
  ],
  normalise: (question, value) => {
    const out: ContactAnswer = {};
    for (const field of question.fields) {
      const entry = cleanText(value[field]);
      if (entry) out[field] = entry;
    }
    return Object.keys(out).length ? out : undefined;
  },
  bound: (question, value) => {
    let capped = false;
    const out: ContactAnswer = {};
    for (const field of question.fields) {
      if (value[field] === undefined) continue;
      const entry = boundText(value[field], CONTACT_MAX[field]);
      capped ||= entry.capped;
      out[field] = entry.value;
    }
    return {
      value: out,
      capped: capped || Object.keys(value).some((k) => !question.fields.includes(k as ContactField)),
    };
  },
  describe: (question, value, words) => ({
    kind: 'list',
    ordered: false,
    items: question.fields
      .filter((f) => hasVisibleText(value[f]))
      .map((f) => `${words.contactField(question, f)}: ${value[f]}`),
  }),
  errorTarget: (question, field) => `${question.id}-${field || question.fields[0]}`,
  errorMessage: errorMessageOf(),
};
