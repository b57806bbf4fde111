import { useEffect, useRef, useState } from 'preact/hooks';
import { STORAGE_KEYS, type AnswersStore, type SaveError, type SavedCase, type Where } from '~/core/store/types';
import { changedQuestions } from '~/core/store/changes';
import type { Conflict, Merged } from '~/core/store/merge';
import type { WizardContext, WizardEvent } from '~/core/journey/machine';
import { encodePosition } from '~/core/journey/position';
import { loadQuestionRules } from '~/core/questions/rules';

/** Where this tab's answers are really kept now: as chosen, or somewhere safer when that stopped working. */
export type { Where };

type MergeCode = typeof import('~/core/store/merge');
let mergeCode: MergeCode | undefined;
let loadingMerge: Promise<MergeCode> | undefined;
/**
 * Merging two tabs' answers is not needed for the first question: its code is fetched after the first
 * save (or when another tab first saves), and until it arrives this tab holds its saves back, so that
 * nothing is written over the other tab's answers before they are merged in.
 */
const loadMerge = (): Promise<MergeCode> =>
  (loadingMerge ??= import('~/core/store/merge').then(
    (code) => (mergeCode = code),
    (error: unknown) => {
      loadingMerge = undefined;
      throw error;
    },
  ));

export type SaveProblem =
  /** Saving moved from where the person chose to somewhere that loses more (`where`), and why. */
  | { kind: 'moved'; where: 'tab' | 'memory'; because: SaveError }
  /**
   * Another tab changed some of the same answers: saving is paused until the person chooses. The person
   * can go on answering meanwhile, so the merge is done again, from this tab's answers as they are then.
   */
  | { kind: 'conflict'; conflicts: Conflict[]; remerge: (mine: SavedCase) => Merged; from: 'tab' | 'file' }
  | { kind: 'erased-elsewhere' };

/** When each answer changed, and what it replaced: see SavedCase. */
export interface AnswerTimes {
  changedAt: Record<string, string>;
  basedOn: Record<string, string>;
}

export const toSaved = (context: WizardContext, times: AnswerTimes): SavedCase => ({
  answers: context.answers,
  skipped: [...context.skipped],
  stageMarks: { ...context.stageMarks },
  position: encodePosition(context.position),
  ...(context.privateOnTeamCopy ? { privateOnTeamCopy: true } : {}),
  ...(context.agreementMadeAt ? { agreementMadeAt: context.agreementMadeAt } : {}),
  changedAt: { ...times.changedAt },
  basedOn: { ...times.basedOn },
});
const timesOf = (saved: SavedCase): AnswerTimes => ({
  changedAt: { ...saved.changedAt },
  basedOn: { ...saved.basedOn },
});

/** What counts as a change worth saving: moving between pages alone is not. */
const contentOf = (saved: SavedCase) =>
  JSON.stringify([saved.answers, saved.skipped, saved.stageMarks, saved.privateOnTeamCopy, saved.agreementMadeAt]);

const mergeEvent = (saved: SavedCase): WizardEvent => ({
  type: 'MERGE',
  progress: { answers: saved.answers, skipped: saved.skipped, stageMarks: saved.stageMarks },
  privateOnTeamCopy: saved.privateOnTeamCopy === true,
  agreementMadeAt: saved.agreementMadeAt ?? null,
});

/** The first place, from the person's choice down, where saving works. */
function firstWorking(store: AnswersStore, from: Where): Where {
  if (from === 'device' && store.canSave('device')) return 'device';
  if (from !== 'memory' && store.canSave('tab')) return 'tab';
  return 'memory';
}

interface Options {
  store: AnswersStore;
  context: WizardContext;
  /** The machine's context right now: a merge may have changed it since the last render. */
  current: () => WizardContext;
  send: (event: WizardEvent) => void;
  /** When each answer changed, as loaded. */
  times: AnswerTimes;
  /** When the loaded answers were saved, if any were. */
  savedAt: Date | undefined;
  onErasedElsewhere: () => void;
}

/**
 * Saves after every change, where the person chose. Merges another tab's changes answer by answer, and
 * pauses (and says so) when both tabs changed the same answer. When saving there stops working it moves
 * to the next place that works (this tab, then this page only) and says exactly what would lose the answers.
 */
export function usePersistence({
  store,
  context,
  current: now,
  send,
  times: loadedTimes,
  savedAt,
  onErasedElsewhere,
}: Options) {
  const times = useRef<AnswerTimes>({ changedAt: { ...loadedTimes.changedAt }, basedOn: { ...loadedTimes.basedOn } });
  // What this tab and storage last agreed on; opening a tab writes nothing (and so disturbs no other tab).
  const base = useRef<SavedCase>(toSaved(context, times.current));
  // Worked out once: finding out writes a probe to storage, which must not happen on every render.
  const [where, setWhere] = useState<Where | null>(() => context.saveMode && firstWorking(store, context.saveMode));
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [lastSavedAt, setLastSavedAt] = useState(savedAt);
  const live = useRef({ where, problem });
  live.current = { where, problem };
  // Merges waiting for their code; saves wait with them (see loadMerge).
  const waiting = useRef(0);

  const mine = (): SavedCase => {
    const time = new Date().toISOString();
    const current = toSaved(now(), times.current);
    for (const id of changedQuestions(base.current, current)) {
      times.current.changedAt[id] = time;
      times.current.basedOn[id] = base.current.changedAt?.[id] ?? '';
    }
    return toSaved(now(), times.current);
  };

  const moveTo = (from: Where, because: SaveError, saved: SavedCase) => {
    const next = firstWorking(store, from === 'device' ? 'tab' : 'memory');
    setWhere(next);
    setProblem({ kind: 'moved', where: next === 'device' ? 'tab' : next, because });
    if (next !== 'memory') write(saved, next, true);
  };

  const write = (saved: SavedCase, at: Where, force = false): void => {
    if (at === 'memory') {
      base.current = saved;
      return;
    }
    const result = store.save(saved, at, { force });
    if (result.ok) {
      base.current = saved;
      setLastSavedAt(result.savedAt);
      void loadMerge().catch(() => undefined);
    } else if (result.error === 'conflict') mergeWith(result.theirs.saved);
    else moveTo(at, result.error, saved);
  };

  /** Takes in another tab's save: silently when no answer was changed in both, otherwise asks. */
  const mergeWith = (theirs: SavedCase) => {
    if (mergeCode) return mergeNow(mergeCode, theirs);
    waiting.current++;
    // Saves held back meanwhile need no catching up: the merge takes this tab's answers as they are then.
    loadMerge().then(
      (code) => {
        waiting.current--;
        mergeNow(code, theirs);
      },
      // Offline before the code was fetched: the next save finds the other tab's answers again and retries.
      () => void waiting.current--,
    );
  };

  const mergeNow = ({ mergeCases }: MergeCode, theirs: SavedCase) => {
    const current = mine();
    const agreed = base.current;
    const remerge = (latest: SavedCase) => mergeCases(agreed, latest, theirs);
    const { merged, conflicts } = remerge(current);
    if (conflicts.length > 0) {
      setProblem({ kind: 'conflict', conflicts, remerge, from: 'tab' });
      return;
    }
    times.current = timesOf(merged);
    if (contentOf(merged) !== contentOf(current)) send(mergeEvent(merged));
    if (contentOf(merged) === contentOf(theirs)) base.current = merged;
    else if (live.current.where) write(merged, live.current.where, true);
  };

  const save = () => {
    const { where: at, problem: shown } = live.current;
    // Nothing to save before the person has chosen how (or after everything was deleted elsewhere).
    if (!at || !now().saveMode || shown?.kind === 'conflict' || waiting.current > 0) return;
    const saved = mine();
    if (contentOf(saved) === contentOf(base.current)) return;
    write(saved, at);
  };

  // The person changed how answers are kept: start again from their choice, and leave nothing where they said no.
  const chosenBefore = useRef(context.saveMode);
  useEffect(() => {
    const chosen = context.saveMode;
    if (chosen === chosenBefore.current) return;
    chosenBefore.current = chosen;
    if (!chosen) return setWhere(null);
    const next = firstWorking(store, chosen);
    if (next !== chosen) setProblem({ kind: 'moved', where: next === 'device' ? 'tab' : next, because: 'unavailable' });
    if (where && where !== next && where !== 'memory') store.removeFrom(where);
    setWhere(next);
    if (next !== 'memory') write(mine(), next, true);
  }, [context.saveMode]);

  useEffect(save, [
    context.answers,
    context.skipped,
    context.stageMarks,
    context.privateOnTeamCopy,
    context.agreementMadeAt,
  ]);

  // Another tab saved on this device. A "this tab only" tab keeps nothing there, so it ignores the device.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (live.current.where !== 'device' || event.key !== STORAGE_KEYS.answers) return;
      if (event.newValue === null) {
        onErasedElsewhere();
        setProblem({ kind: 'erased-elsewhere' });
        return;
      }
      // Their answers may be of types this tab has not shown yet: read them once those rules are here.
      void loadQuestionRules().then(() => {
        const theirs = store.read('device');
        if (theirs.ok) mergeWith(theirs.saved);
      });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  const importNow = ({ mergeImported }: MergeCode, theirs: SavedCase) => {
    const remerge = (latest: SavedCase) => mergeImported(latest, theirs);
    const { merged, conflicts } = remerge(mine());
    if (conflicts.length > 0) return setProblem({ kind: 'conflict', conflicts, remerge, from: 'file' });
    times.current = timesOf(merged);
    send(mergeEvent(merged));
    const at = live.current.where;
    if (at) write(merged, at, true);
  };

  return {
    where,
    problem,
    lastSavedAt,
    /** The person's choice for each answer changed in both tabs; saving starts again. */
    settle(choices: { conflict: Conflict; keep: 'mine' | 'theirs' }[]) {
      if (problem?.kind !== 'conflict' || !mergeCode) return;
      const { settleConflicts } = mergeCode;
      const { remerge, from } = problem;
      const keep = new Map(choices.map((choice) => [choice.conflict.id, choice.keep]));
      // Answered since the pause: those answers are in mine() now, and an answer changed in both meanwhile is asked about.
      const withChoices = (latest: SavedCase): Merged => {
        const { merged, conflicts } = remerge(latest);
        const chosen = conflicts.filter((c) => keep.has(c.id));
        return {
          merged: settleConflicts(
            merged,
            chosen.map((conflict) => ({ conflict, keep: keep.get(conflict.id)! })),
          ),
          conflicts: conflicts.filter((c) => !keep.has(c.id)),
        };
      };
      const { merged: settled, conflicts } = withChoices(mine());
      if (conflicts.length > 0) return setProblem({ kind: 'conflict', conflicts, remerge: withChoices, from });
      times.current = timesOf(settled);
      setProblem(null);
      send(mergeEvent(settled));
      if (where) write(settled, where, true);
    },
    /** Answers from a file: added where this device has none, and asked about where they differ. */
    importCase(theirs: SavedCase) {
      void loadMerge().then((code) => importNow(code, theirs));
    },
    /** Saves again now, so the days before saved answers are deleted start again. */
    renew() {
      if (where === 'device') write(mine(), 'device', true);
    },
    dismiss: () => setProblem(null),
  };
}
