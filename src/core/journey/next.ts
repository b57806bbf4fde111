import { stageStatus, type JourneyMap, type Progress } from './journey';
import type { Stage } from '~/core/journey/schema/types';

export type NextThing =
  /** A stage for now to start, or to carry on with. */
  | { kind: 'stage'; stage: Stage; started: boolean }
  /** The stages for now are done and no agreement has been made from them yet. */
  | { kind: 'agreement' }
  /** Nothing waits: the agreement is made and the later stages come when the investigation reaches them. */
  | { kind: 'done' };

/** What the task list offers first: the one next thing, worked out from the stages' statuses. */
export function whatComesNext(map: JourneyMap, progress: Progress & { agreementMadeAt?: string | null }): NextThing {
  const stage = map.journey.stages.find((s) => !s.later && stageStatus(map, s, progress) !== 'completed');
  if (stage) return { kind: 'stage', stage, started: stageStatus(map, stage, progress) !== 'not-started' };
  return progress.agreementMadeAt ? { kind: 'done' } : { kind: 'agreement' };
}
