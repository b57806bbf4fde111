import { hasVisibleText } from '~/core/text/text';
import { isRecord } from '~/core/is-record';
import { evaluate } from '~/core/journey/conditions';
import { FAMILY } from '~/core/journey/family';
import type { Answers, Condition, QuestionId } from '~/core/journey/schema';

/*
 * What the agreement promises that needs a detail to keep: calling needs a number, a letter an address,
 * an interpreter a language. Where the detail was not given (skipped, or not known yet), the agreement
 * keeps a line to fill it in with the team beside the promise, so no promise stands without the means to
 * keep it.
 */

export type Need =
  | 'phone'
  | 'email'
  | 'address'
  | 'anyContact'
  | 'postOrEmail'
  | 'interpreterLanguage'
  | 'patientInterpreterLanguage'
  | 'supporter';

export interface PromiseRule {
  /** The question whose statement makes the promise. */
  promise: QuestionId;
  when: Condition;
  needs: Need;
}

const includes = (question: QuestionId, option: string): Condition => ({ question, includes: option });
const equals = (question: QuestionId, option: string): Condition => ({ question, equals: option });

export const PROMISES: readonly PromiseRule[] = [
  {
    promise: 'communication-support',
    when: includes('communication-support', 'spoken-interpreter'),
    needs: 'interpreterLanguage',
  },
  {
    promise: 'patient-communication-support',
    when: includes('patient-communication-support', 'spoken-interpreter'),
    needs: 'patientInterpreterLanguage',
  },
  {
    promise: 'information-formats',
    when: { any: ['large-print', 'easy-read', 'braille', 'audio'].map((o) => includes('information-formats', o)) },
    needs: 'postOrEmail',
  },
  { promise: 'information-formats', when: includes('information-formats', 'email'), needs: 'email' },
  { promise: 'contact-methods', when: includes('contact-methods', 'phone'), needs: 'phone' },
  { promise: 'contact-methods', when: includes('contact-methods', 'text'), needs: 'phone' },
  { promise: 'contact-methods', when: includes('contact-methods', 'email'), needs: 'email' },
  { promise: 'contact-methods', when: includes('contact-methods', 'letter'), needs: 'address' },
  { promise: 'contact-methods', when: includes('contact-methods', 'via-advocate'), needs: 'supporter' },
  {
    promise: 'messages-ok',
    when: { any: [equals('messages-ok', 'yes'), equals('messages-ok', 'call-back-only')] },
    needs: 'phone',
  },
  { promise: 'update-frequency', when: { question: 'update-frequency', answered: true }, needs: 'anyContact' },
  { promise: 'meeting-places', when: { question: 'meeting-places', answered: true }, needs: 'anyContact' },
  { promise: 'meeting-places', when: includes('meeting-places', 'home'), needs: 'address' },
  { promise: 'draft-report-how', when: equals('draft-report-how', 'post'), needs: 'address' },
  { promise: 'draft-report-how', when: equals('draft-report-how', 'email'), needs: 'email' },
];

const text = (value: unknown) => (typeof value === 'string' && hasVisibleText(value) ? value : undefined);

/** The details of whoever the team contacts first: the person, or the main contact they named. */
export function mainContact(answers: Answers): Record<string, unknown> {
  const someoneElse = isRecord(answers['main-contact-who']) && answers['main-contact-who'].choice === 'someone-else';
  const details = someoneElse ? answers['main-contact-details'] : answers['your-contact-details'];
  return isRecord(details) ? details : {};
}

/** Whether the answers hold what a promise needs. */
export function hasDetail(answers: Answers, need: Need): boolean {
  const contact = mainContact(answers);
  const has = (field: string) => text(contact[field]) !== undefined;
  switch (need) {
    case 'phone':
    case 'email':
    case 'address':
      return has(need);
    case 'anyContact':
      return has('phone') || has('email') || has('address');
    case 'postOrEmail':
      return has('email') || has('address');
    case 'interpreterLanguage':
      return text(answers['communication-support']?.note) !== undefined;
    case 'patientInterpreterLanguage':
      return text(answers['patient-communication-support']?.note) !== undefined;
    case 'supporter': {
      const people = answers['other-people']?.items ?? [];
      return people.some((p) => p.talk === 'yes' && (text(p.phone) || text(p.email)));
    }
  }
}

/** A need met by a line already asked for: any way to reach you is met by a line for a phone number. */
export const COVERED_BY: Partial<Record<Need, readonly Need[]>> = {
  anyContact: ['phone', 'email', 'address'],
  postOrEmail: ['email', 'address'],
};

/**
 * The details a question's promises still need, once each across the whole agreement: a need shared by
 * two promises (a phone number for calls and for messages) is asked for beside the first of them, and a
 * need a line already asked for meets is not asked again.
 */
export function missingDetails(answers: Answers): Map<QuestionId, Need[]> {
  const missing = new Map<QuestionId, Need[]>();
  const asked = new Set<Need>();
  for (const rule of PROMISES) {
    const covered = (COVERED_BY[rule.needs] ?? []).some((need) => asked.has(need));
    if (asked.has(rule.needs) || covered || !evaluate(rule.when, answers, FAMILY.question)) continue;
    if (hasDetail(answers, rule.needs)) continue;
    asked.add(rule.needs);
    missing.set(rule.promise, [...(missing.get(rule.promise) ?? []), rule.needs]);
  }
  return missing;
}
