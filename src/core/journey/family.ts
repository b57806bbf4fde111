import { evaluate } from './conditions';
import { mapJourney } from './journey';
import { FAMILY_JOURNEY, type Answers, type Question, type QuestionId, type StageId, type StepId } from './schema';
import type { Position } from './position';
import { WORDING_VARIANTS, type WordingVariantId } from '~/core/journey/schema/wording';

/** The family journey with its lookups: what the family's wizard, agreement and storage all use. */
export const FAMILY = mapJourney(FAMILY_JOURNEY);

export type FamilyPosition = Position<StepId, StageId>;

export const questionById = (id: QuestionId): Question => FAMILY.question(id)!;

/** Which wording fits this person: talking to the patient, to someone bereaved, or the default. */
export function wordingVariant(answers: Answers): WordingVariantId | undefined {
  return WORDING_VARIANTS.find((v) => evaluate(v.when, answers, FAMILY.question))?.id;
}
