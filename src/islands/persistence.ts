import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseStore, SavedCase } from '../storage';
import { STORAGE_KEYS } from '../storage';
import type { WizardContext } from '../wizard/machine';
import { encodePosition } from '../wizard/position';

export type SaveProblem = 'unavailable' | 'full' | 'conflict' | 'erased-elsewhere' | 'changed-elsewhere' | null;

const toSaved = (context: WizardContext): SavedCase => ({
  answers: context.answers,
  skipped: [...context.skipped],
  stageMarks: { ...context.stageMarks },
  position: encodePosition(context.position),
  ...(context.privateOnTeamCopy ? { privateOnTeamCopy: true } : {}),
  ...(context.agreementMadeAt ? { agreementMadeAt: context.agreementMadeAt } : {}),
});

/**
 * Saves after every change, in the place the person chose. Never overwrites newer answers saved by
 * another tab without asking, and notices when another tab deletes everything (so this tab cannot
 * bring the data back by saving again).
 */
/** What counts as a change worth saving: moving between pages alone is not. */
const contentOf = (saved: SavedCase, saveMode: WizardContext['saveMode']) =>
  JSON.stringify([
    saved.answers,
    saved.skipped,
    saved.stageMarks,
    saved.privateOnTeamCopy,
    saved.agreementMadeAt,
    saveMode,
  ]);

export function usePersistence(store: CaseStore, context: WizardContext, onErasedElsewhere: () => void) {
  const [problem, setProblem] = useState<SaveProblem>(null);
  // Starts as what was loaded, so opening a tab does not write (and so does not disturb other tabs).
  const lastSaved = useRef<string>(contentOf(toSaved(context), context.saveMode));
  const current = useRef(context);
  current.current = context;

  const save = (force = false) => {
    if (!context.saveMode) return;
    const content = contentOf(toSaved(context), context.saveMode);
    if (!force && content === lastSaved.current) return;
    const result = store.save(toSaved(context), context.saveMode, { force });
    if (result.ok) {
      lastSaved.current = content;
      setProblem((p) => (p === 'unavailable' || p === 'full' || p === 'conflict' ? null : p));
      return;
    }
    setProblem(result.error);
  };

  useEffect(() => {
    if (problem !== 'conflict' && problem !== 'changed-elsewhere') save();
  }, [
    context.answers,
    context.skipped,
    context.stageMarks,
    context.saveMode,
    context.privateOnTeamCopy,
    context.agreementMadeAt,
  ]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key !== STORAGE_KEYS.answers) return;
      if (event.newValue === null) {
        onErasedElsewhere();
        setProblem('erased-elsewhere');
        return;
      }
      const loaded = store.load();
      const mine = current.current;
      const same = loaded.ok && contentOf(loaded.saved, mine.saveMode) === contentOf(toSaved(mine), mine.saveMode);
      if (same) return;
      setProblem('changed-elsewhere');
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  return {
    problem,
    keepMine: () => {
      setProblem(null);
      save(true);
    },
    dismiss: () => setProblem(null),
  };
}
