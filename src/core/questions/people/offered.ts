import { cleanText } from '~/core/text/text';
import { isRecord } from '~/core/is-record';
import type { Person } from './rules';

/**
 * Someone the person has already named who could belong in a list of people: the main contact, when
 * it is someone else. Offered once, and not when the list already holds that name.
 */
export function personOffered(
  answers: Readonly<Record<string, unknown>>,
  people: readonly Person[],
): Person | undefined {
  const contact = answers['main-contact-details'];
  if (!isRecord(contact)) return undefined;
  const name = cleanText(typeof contact.name === 'string' ? contact.name : '');
  if (!name) return undefined;
  if (people.some((p) => cleanText(p.name).toLowerCase() === name.toLowerCase())) return undefined;
  const text = (field: string) => (typeof contact[field] === 'string' ? cleanText(contact[field]) : '');
  const person: Person = { name };
  for (const field of ['relationship', 'phone', 'email'] as const) if (text(field)) person[field] = text(field);
  return person;
}
