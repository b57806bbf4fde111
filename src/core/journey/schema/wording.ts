import type { WordingVariant } from './types';
import { bereaved, isFamilyMember, isThePatient } from '~/core/journey/schema/stages/conditions';

/**
 * How questions are worded for this person, first match wins: to the patient themselves ("you"), to
 * someone whose relative has died (past tense, gentler), to a family member, or the default (a carer, a
 * friend or advocate, or staff helping: someone else). Translations give each
 * variant as its own key: questions.<id>.label_self, hint_bereaved...
 */
export const WORDING_VARIANTS = [
  { id: 'self', when: isThePatient },
  { id: 'bereaved', when: bereaved },
  { id: 'family', when: isFamilyMember },
] as const satisfies readonly WordingVariant[];

export type WordingVariantId = (typeof WORDING_VARIANTS)[number]['id'];
