import type { Translate } from '~/core/questions/types';
import type { SavedCase } from '~/core/store/types';
import { familyView, personName } from './family-view';

/** How the team's pages name a family member: the name they gave, else "Family member 2" (or "The patient"). */
export function personLabel(saved: SavedCase | undefined, index: number, t: Translate): string {
  return saved
    ? personName(familyView(saved, { number: index + 1 }), t)
    : t('familyView:person.unnamed', { number: index + 1 });
}
