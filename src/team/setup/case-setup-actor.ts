import { useEffect, useMemo, useRef } from 'preact/hooks';
import { createActor } from 'xstate';
import { CASE_SETUP, FIRST_SETUP_STEP } from '~/core/cases/setup-journey';
import type { Where } from '~/core/store/types';
import type { CaseRecord } from '~/core/cases/record';
import { createWizardMachine, modeOf, type WizardContext } from '~/core/journey/machine';
import { encodePosition, type Position } from '~/core/journey/position';
import type { Route } from '~/team/route';

let machine: ReturnType<typeof createWizardMachine> | undefined;

/** A position from the address bar's text, or the first question when it names none of setup's pages. */
export const setupPosition = (text: string): Position =>
  CASE_SETUP.decode(text) ?? { page: 'step', step: FIRST_SETUP_STEP };

interface Options {
  record: CaseRecord;
  mode: Where;
  /** The setup page the address names (?step=). */
  step: string;
  go: (route: Route, replace?: boolean) => void;
  save: (record: CaseRecord) => boolean;
}

/**
 * The wizard's own machine over the case setup journey, started from the case's saved setup answers,
 * and the one place it is kept in step with the rest: every move it makes goes into the address (so
 * Back, reload and bookmarks work) and every answer into the case; an address changed from outside
 * (the browser's Back) moves it.
 */
export function useCaseSetup({ record, mode, step, go, save }: Options) {
  const latest = useRef({ record, step, go, save });
  latest.current = { record, step, go, save };
  const actor = useMemo(
    () =>
      createActor((machine ??= createWizardMachine(CASE_SETUP)), {
        input: {
          answers: record.setup.answers,
          skipped: record.setup.skipped,
          // The machine knows two choices; a case kept only on this page was chosen for this tab.
          saveMode: mode === 'memory' ? 'tab' : mode,
          position: setupPosition(step),
        },
      }).start(),
    [record.id],
  );
  useEffect(() => {
    let shown: string | null = null;
    const follow = ({ position, answers, skipped }: WizardContext) => {
      const now = latest.current;
      const caseId = now.record.id;
      const text = encodePosition(position);
      if (text !== shown) {
        shown = text;
        // The setup's "task list" is the case itself.
        if (modeOf(CASE_SETUP, position) === 'taskList') now.go({ view: 'case', caseId }, true);
        else if (text !== now.step) now.go({ view: 'setup', caseId, step: text });
      }
      if (JSON.stringify({ answers, skipped }) !== JSON.stringify(now.record.setup))
        now.save({ ...now.record, setup: { answers: { ...answers }, skipped: [...skipped] } });
    };
    follow(actor.getSnapshot().context);
    const subscription = actor.subscribe((snapshot) => follow(snapshot.context));
    return () => {
      subscription.unsubscribe();
      actor.stop();
    };
  }, [actor]);
  useEffect(() => {
    if (step !== encodePosition(actor.getSnapshot().context.position))
      actor.send({ type: 'GO_TO', position: setupPosition(step) });
  }, [step]);
  return actor;
}
