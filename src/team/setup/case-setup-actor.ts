import { useEffect, useMemo } from 'preact/hooks';
import { createActor } from 'xstate';
import { CASE_SETUP, FIRST_SETUP_STEP } from '~/core/cases/setup-journey';
import type { Where } from '~/core/store/types';
import type { CaseRecord } from '~/core/cases/record';
import { createWizardMachine } from '~/core/journey/machine';
import type { Position } from '~/core/journey/position';

let machine: ReturnType<typeof createWizardMachine> | undefined;

/** A position from the address bar's text, or the first question when it names none of setup's pages. */
export const setupPosition = (text: string): Position =>
  CASE_SETUP.decode(text) ?? { page: 'step', step: FIRST_SETUP_STEP };

/** The wizard's own machine over the case setup journey, started from the case's saved setup answers. */
export function useCaseSetupActor(record: CaseRecord, mode: Where, step: string) {
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
  useEffect(() => () => actor.stop(), [actor]);
  return actor;
}
