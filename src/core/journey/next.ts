import { stageStatus, type JourneyMap, type Progress } from './journey';
import type { Stage } from '~/core/journey/schema/types';

export type NextThing =
  /** A stage for now to start, or to carry on with. */
  | { kind: 'stage'; stage: Stage; started: boolean }
  /** The stages of the first agreement are done and no agreement has been made from them yet. */
  | { kind: 'agreement' }
  /** Nothing waits: the agreement is made, and the stages for now are done. */
  | { kind: 'done' };

/** What the task list offers first: the one next thing, worked out from the stages' statuses. */
export function whatComesNext(map: JourneyMap, progress: Progress & { agreementMadeAt?: string | null }): NextThing {
  const open = (s: Stage) => stageStatus(map, s, progress) !== 'completed';
  const stage = (s: Stage | undefined): NextThing =>
    s ? { kind: 'stage', stage: s, started: stageStatus(map, s, progress) !== 'not-started' } : { kind: 'done' };
  const first = map.journey.stages.find((s) => s.firstAgreement && open(s));
  if (first) return stage(first);
  if (!progress.agreementMadeAt) return { kind: 'agreement' };
  return stage(map.journey.stages.find((s) => !s.later && open(s)));
}
