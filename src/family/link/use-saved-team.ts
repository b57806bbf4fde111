import { useEffect, useRef, useState } from 'preact/hooks';
import { hasSavedCase } from '~/browser/family-case-keys';

type FamilyCase = typeof import('./family-case');
export type SavedTeam = NonNullable<ReturnType<FamilyCase['savedTeam']>>;

let loaded: FamilyCase | undefined;
// Fetched as soon as this module is (the agreement page is fetched ahead when the browser is idle),
// so the agreement is usually drawn once, with the team's details, rather than filled in after.
const loading: Promise<FamilyCase> | undefined = hasSavedCase()
  ? import('./family-case').then((module) => (loaded = module))
  : undefined;
loading?.catch(() => undefined);

/**
 * The investigation team's details the family confirmed from their link (ltw:case), checked against
 * the schema, or undefined. The schema (zod) is not part of the wizard's first load: it is fetched only
 * when something is saved under ltw:case, after the page is on screen. Read again on every mount, so a
 * page opened after confirming in another tab has them.
 */
export function useSavedTeam(): SavedTeam | undefined {
  const [team, setTeam] = useState<SavedTeam | undefined>(() => loaded?.savedTeam());
  // Whether the first render read them. Not `loaded` itself: the module can finish loading between the
  // first render and this effect (it is often cached by then), and the details would never be read.
  const readAtFirst = useRef(loaded !== undefined);
  useEffect(() => {
    if (readAtFirst.current || !hasSavedCase()) return;
    let live = true;
    (loading ?? import('./family-case')).then(
      (module) => {
        loaded = module;
        if (live) setTeam(module.savedTeam());
      },
      // Offline with the chunk not fetched yet: the wizard works as before, without the team's details.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return team;
}
