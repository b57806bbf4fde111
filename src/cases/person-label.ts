import type { Translate } from '../question-types/types';
import { cleanText } from '../lib/text';
import type { SavedCase } from '../storage/types';

/** How the team's pages name a family member: the name they gave for themselves, else "Family member 2". */
export function personLabel(saved: SavedCase | undefined, index: number, t: Translate): string {
  const name = cleanText(saved?.answers['your-name']);
  return name || t('investigator:home.familyMember', { number: index + 1 });
}
