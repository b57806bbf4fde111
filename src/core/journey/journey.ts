import { isAnswered } from '~/core/questions/rules';
import { evaluate } from './conditions';
import { fixedMove } from './pages';
import { decodePosition, samePosition, type Position } from './position';
import {
  isQuestion,
  type AnswerValue,
  type Journey,
  type Question,
  type Stage,
  type Step,
} from '~/core/journey/schema/types';

/*
 * The journey: which pages apply, and where each move leads. The one place navigation is decided;
 * the machine asks it (see machine/wizard-machine.ts), the pages only show what it says.
 */

export type AnswerMap = Readonly<Record<string, AnswerValue | undefined>>;
/** The person's answer to "Have you completed this stage?". */
export type StageMark = 'completed' | 'not-completed';
export type StageStatus = 'not-started' | 'for-later' | 'in-progress' | 'completed' | 'skipped';

export interface Progress {
  answers: AnswerMap;
  /** Questions the person chose not to answer now. */
  skipped: readonly string[];
  stageMarks: Readonly<Record<string, StageMark>>;
}

/** Where the person is, and the check page a "Change" link will bring them back to. */
export interface Place {
  position: Position;
  returnTo: Position | null;
}

export type Intent =
  /** Continue or skip on the current page; `before` holds the answers as they were before it. */
  | { kind: 'forward'; before: AnswerMap }
  | { kind: 'back' }
  | { kind: 'open-stage'; stage: string }
  /** "Change" on a check answers page. */
  | { kind: 'change'; step: string }
  /** A link, the address bar or the browser's Back button. */
  | { kind: 'go'; to: Position };

/** A journey with its lookups built once. */
export interface JourneyMap {
  journey: Journey;
  step(id: string): Step | undefined;
  question(id: string): Question | undefined;
  stage(id: string): Stage | undefined;
  /** The stage a step belongs to (opening questions belong to none). */
  stageOf(stepId: string): Stage | undefined;
  isStep(id: string): boolean;
  isStage(id: string): boolean;
  decode(text: string | null | undefined): Position | undefined;
}

export function mapJourney(journey: Journey): JourneyMap {
  const steps = new Map<string, Step>(
    [...journey.opening, ...journey.stages.flatMap((s) => s.steps)].map((s) => [s.id, s]),
  );
  const stages = new Map(journey.stages.map((s) => [s.id, s]));
  const stageOfStep = new Map(journey.stages.flatMap((s) => s.steps.map((step) => [step.id, s] as const)));
  const isStep = (id: string): id is string => steps.has(id);
  const isStage = (id: string): id is string => stages.has(id);
  return {
    journey,
    step: (id) => steps.get(id),
    question: (id) => {
      const step = steps.get(id);
      return step && isQuestion(step) ? step : undefined;
    },
    stage: (id) => stages.get(id),
    stageOf: (id) => stageOfStep.get(id),
    isStep,
    isStage,
    decode: (text) => decodePosition(text, { isStep, isStage }),
  };
}

export function applies(map: JourneyMap, step: Step, answers: AnswerMap): boolean {
  return !step.showIf || evaluate(step.showIf, answers, map.question);
}

export function applicableSteps(map: JourneyMap, stage: Stage, answers: AnswerMap): Step[] {
  return stage.steps.filter((s) => applies(map, s, answers));
}

export function applicableQuestions(map: JourneyMap, stage: Stage, answers: AnswerMap): Question[] {
  return applicableSteps(map, stage, answers).filter(isQuestion);
}

const isDone = (step: Step, progress: Progress) =>
  isQuestion(step) ? isAnswered(step, progress.answers[step.id]) || progress.skipped.includes(step.id) : true;

export function stageStatus(map: JourneyMap, stage: Stage, progress: Progress): StageStatus {
  if (progress.stageMarks[stage.id] === 'completed') return 'completed';
  const questions = applicableQuestions(map, stage, progress.answers);
  const answered = questions.filter((q) => isAnswered(q, progress.answers[q.id])).length;
  const skipped = questions.filter((q) => progress.skipped.includes(q.id)).length;
  if (answered === 0 && skipped === 0 && !progress.stageMarks[stage.id])
    return stage.later ? 'for-later' : 'not-started';
  return answered === 0 ? 'skipped' : 'in-progress';
}

/** Where "open this stage" leads: its introduction the first time, then the first question not done, else its check page. */
export function stageEntry(map: JourneyMap, stage: Stage, progress: Progress): Position {
  const status = stageStatus(map, stage, progress);
  if (status === 'completed') return { page: 'stage-check', stage: stage.id };
  if (status === 'not-started' || status === 'for-later') return { page: 'stage-intro', stage: stage.id };
  const pending = applicableQuestions(map, stage, progress.answers).find((q) => !isDone(q, progress));
  return pending ? { page: 'step', step: pending.id } : { page: 'stage-check', stage: stage.id };
}

const check = (stage: Stage): Position => ({ page: 'stage-check', stage: stage.id });
const at = (step: Step): Position => ({ page: 'step', step: step.id });

/** The next step of a stage that applies, after `fromIndex`; undefined when the check page comes next. */
function nextInStage(map: JourneyMap, stage: Stage, fromIndex: number, answers: AnswerMap): Step | undefined {
  return stage.steps.slice(fromIndex + 1).find((s) => applies(map, s, answers));
}

/**
 * After a question opened with "Change": a step it switched on comes before the way back (a follow-up
 * question not yet answered or skipped, or a notice that did not apply before).
 */
function switchedOn(map: JourneyMap, steps: readonly Step[], fromIndex: number, progress: Progress, before: AnswerMap) {
  return steps
    .slice(fromIndex + 1)
    .find(
      (s) =>
        s.showIf &&
        applies(map, s, progress.answers) &&
        (isQuestion(s) ? !isDone(s, progress) : !applies(map, s, before)),
    );
}

/**
 * Where a finished stage leads: from a stage of the first agreement (1 and 2) on to the next one not done,
 * and once they are all done straight to making the agreement; from any other stage back to the task list.
 */
function afterStage(map: JourneyMap, progress: Progress, finished: Stage): Position {
  if (!finished.firstAgreement) return { page: 'task-list' };
  const next = map.journey.stages.find((s) => s.firstAgreement && progress.stageMarks[s.id] !== 'completed');
  return next ? stageEntry(map, next, progress) : { page: 'all-answers' };
}

/** The page after this one, when the person presses Continue (or skips). */
function forward(map: JourneyMap, progress: Progress, place: Place, before: AnswerMap, hasSaveChoice: boolean): Place {
  const { position, returnTo } = place;
  const next = fixedMove(position, 'next');
  if (next === undefined) return place;
  if (next !== 'journey') return { position: next, returnTo: null };
  const { opening } = map.journey;
  if (position.page === 'stage-intro') {
    const stage = map.stage(position.stage)!;
    const entry = stageEntry(map, stage, progress);
    const first = nextInStage(map, stage, -1, progress.answers);
    // A stage not started yet begins at its first step; one in progress where the person left off.
    const target = entry.page === 'stage-intro' ? (first ? at(first) : check(stage)) : entry;
    return { position: target, returnTo: null };
  }
  if (position.page === 'stage-check')
    return { position: afterStage(map, progress, map.stage(position.stage)!), returnTo: null };
  if (position.page !== 'step') return place;
  const { step } = position;
  const stage = map.stageOf(step);
  const steps = stage ? stage.steps : opening;
  const index = steps.findIndex((s) => s.id === step);
  if (returnTo) {
    const pending = switchedOn(map, steps, index, progress, before);
    return pending ? { position: at(pending), returnTo } : { position: returnTo, returnTo: null };
  }
  if (stage) {
    const next = nextInStage(map, stage, index, progress.answers);
    return { position: next ? at(next) : check(stage), returnTo: null };
  }
  const after = opening.slice(index + 1).find((s) => applies(map, s, progress.answers));
  if (after) return { position: at(after), returnTo: null };
  return { position: hasSaveChoice ? { page: 'task-list' } : { page: 'save-choice' }, returnTo: null };
}

/** The page before this one: where the Back link leads, or undefined when there is none. */
export function previousPosition(map: JourneyMap, progress: Progress, place: Place): Position | undefined {
  const { position, returnTo } = place;
  const back = fixedMove(position, 'back');
  if (back !== 'journey') return back;
  const { opening } = map.journey;
  if (position.page === 'save-choice') {
    const last = [...opening].reverse().find((s) => applies(map, s, progress.answers));
    return last ? at(last) : undefined;
  }
  if (position.page === 'stage-check') {
    const stage = map.stage(position.stage)!;
    const last = applicableSteps(map, stage, progress.answers).at(-1);
    return last ? at(last) : { page: 'stage-intro', stage: stage.id };
  }
  if (position.page !== 'step') return undefined;
  if (returnTo) return returnTo;
  const { step } = position;
  const stage = map.stageOf(step);
  const steps = stage ? stage.steps : opening;
  const index = steps.findIndex((s) => s.id === step);
  const previous = steps
    .slice(0, Math.max(index, 0))
    .reverse()
    .find((s) => applies(map, s, progress.answers));
  if (previous) return at(previous);
  return stage ? { page: 'stage-intro', stage: stage.id } : undefined;
}

/**
 * The page to show for a requested position: itself when it can be visited, else the nearest sensible
 * page. The opening questions and the save choice come first, before anything else.
 */
export function resolvePosition(
  map: JourneyMap,
  progress: Progress,
  requested: Position,
  hasSaveChoice: boolean,
): Position {
  const { opening } = map.journey;
  const isOpening = requested.page === 'step' && opening.some((q) => q.id === requested.step);
  const pendingOpening = opening.find((q) => applies(map, q, progress.answers) && !isDone(q, progress));
  if (pendingOpening && !isOpening) return at(pendingOpening);
  if (isOpening) return requested;
  if (!hasSaveChoice) return { page: 'save-choice' };
  if (requested.page === 'step') {
    const step = map.step(requested.step)!;
    const stage = map.stageOf(requested.step)!;
    if (applies(map, step, progress.answers)) return requested;
    const next = nextInStage(map, stage, stage.steps.indexOf(step), progress.answers);
    return next ? at(next) : check(stage);
  }
  return requested;
}

/** Where a move leads: the one function the machine calls to change page. */
export function navigate(
  map: JourneyMap,
  progress: Progress,
  place: Place,
  intent: Intent,
  hasSaveChoice: boolean,
): Place {
  switch (intent.kind) {
    case 'forward':
      return forward(map, progress, place, intent.before, hasSaveChoice);
    case 'back': {
      const previous = previousPosition(map, progress, place);
      return previous ? { position: previous, returnTo: null } : place;
    }
    case 'open-stage':
      return { position: stageEntry(map, map.stage(intent.stage)!, progress), returnTo: null };
    case 'change': {
      const step = map.step(intent.step);
      if (!step || !applies(map, step, progress.answers)) return place;
      return { position: at(step), returnTo: place.position };
    }
    case 'go': {
      const position = resolvePosition(map, progress, intent.to, hasSaveChoice);
      // Moving elsewhere by a link drops a pending "return to check answers", unless it is that very page.
      return { position, returnTo: samePosition(position, place.position) ? place.returnTo : null };
    }
  }
}

/** The stage a position belongs to: its intro, steps, check and completion pages. */
export function stageOfPosition(map: JourneyMap, position: Position): Stage | undefined {
  if (position.page === 'step') return map.stageOf(position.step);
  if ('stage' in position) return map.stage(position.stage);
  return undefined;
}
