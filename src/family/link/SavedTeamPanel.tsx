import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { Translate } from '~/core/questions/types';

type Panel = FunctionComponent<{ t: Translate }>;

/**
 * Whether anything is saved under ltw:case (CASE_KEY in src/islands/family-case-keys.ts). Written out
 * here, importing nothing: a module the family link page shares would be split out of the wizard's
 * first load into a chunk of its own, which costs more than these few lines.
 */
const hasSavedCase = () => {
  try {
    return localStorage.getItem('ltw:case') !== null || sessionStorage.getItem('ltw:case') !== null;
  } catch {
    return false;
  }
};
let loaded: Panel | undefined;

/**
 * Where the task list shows the team panel. Costs the first load almost nothing: the panel and the
 * schema that checks the saved details are fetched only when something is saved under ltw:case.
 */
export function SavedTeamPanel({ t }: { t: Translate }) {
  const [Loaded, setLoaded] = useState<Panel | undefined>(() => loaded);
  useEffect(() => {
    if (loaded || !hasSavedCase()) return;
    let live = true;
    import('./TeamPanel').then(
      (module) => {
        loaded = module.TeamPanel;
        if (live) setLoaded(() => module.TeamPanel);
      },
      // Offline before the panel was fetched: the task list works as before, without it.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return Loaded ? <Loaded t={t} /> : null;
}
