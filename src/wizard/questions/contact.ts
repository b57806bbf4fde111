import type { ContactAnswer, ContactField } from '../schema/types';
import type { FieldError, QuestionBehaviour } from './shared';
import { isStringRecord, lengthError, requiredError, trimmed } from './shared';

const MAX: Record<ContactField, number> = {
  name: 100,
  relationship: 100,
  organisation: 200,
  role: 100,
  phone: 30,
  email: 254,
  address: 500,
  bestTimes: 500,
};

// Accept how people really write numbers: spaces, brackets, dashes, +44, extensions.
const PHONE = /^\+?[0-9 ()\-.]{6,}(?:\s*(?:ext\.?|x)\s*\d+)?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const contact: QuestionBehaviour<'contact'> = {
  isShape: (value): value is ContactAnswer => isStringRecord(value),
  isAnswered: (value) => Object.values(value ?? {}).some((v) => trimmed(v) !== ''),
  validate: (question, value) => {
    const errors: FieldError[] = requiredError(question, contact.isAnswered(value));
    for (const field of question.fields) {
      const entry = trimmed(value?.[field]);
      errors.push(...lengthError(field, value?.[field], MAX[field]));
      if (field === 'phone' && entry && !PHONE.test(entry)) errors.push({ field, code: 'phoneFormat' });
      if (field === 'email' && entry && !EMAIL.test(entry)) errors.push({ field, code: 'emailFormat' });
    }
    return errors;
  },
  normalise: (value) => {
    const out: ContactAnswer = {};
    for (const [field, entry] of Object.entries(value) as [ContactField, string][]) {
      if (trimmed(entry)) out[field] = trimmed(entry);
    }
    return Object.keys(out).length ? out : undefined;
  },
};
