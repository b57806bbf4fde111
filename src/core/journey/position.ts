/**
 * Where a person is in a journey, as a typed value, and its one text form for the URL (?step=) and
 * for saved answers. Only this file knows the text form.
 */
export type Position<StepId extends string = string, StageId extends string = string> =
  | { page: 'save-choice' }
  | { page: 'task-list' }
  | { page: 'stage-intro'; stage: StageId }
  | { page: 'step'; step: StepId }
  | { page: 'stage-check'; stage: StageId }
  | { page: 'stage-complete'; stage: StageId }
  | { page: 'all-answers' }
  | { page: 'confirmation' }
  /** When an agreed update has not come: it is fine to ask, who to ask and what to say. */
  | { page: 'ask-for-update' }
  | { page: 'agreement' }
  /** The family's comments on the draft report: print, send to the team, add the team's reply. */
  | { page: 'comments' }
  /** The record the family keeps: everything about their involvement, as one PDF. */
  | { page: 'record' };

export type Page = Position['page'];

export const TASK_LIST: Position = { page: 'task-list' };

const FIXED = {
  'save-choice': 'save-choice',
  'task-list': 'hub',
  'all-answers': 'answers',
  confirmation: 'confirmation',
  'ask-for-update': 'ask-for-update',
  agreement: 'agreement',
  comments: 'comments',
  record: 'record',
} as const;
const STAGE_PREFIX = { 'stage-intro': 'intro-', 'stage-check': 'check-', 'stage-complete': 'complete-' } as const;

/** The text form: "hub", "check-next-steps", or a step's own id. */
export function encodePosition(position: Position): string {
  switch (position.page) {
    case 'step':
      return position.step;
    case 'stage-intro':
    case 'stage-check':
    case 'stage-complete':
      return STAGE_PREFIX[position.page] + position.stage;
    default:
      return FIXED[position.page];
  }
}

/** Reads the text form back, given which step and stage ids exist; undefined for anything else. */
export function decodePosition<StepId extends string, StageId extends string>(
  text: string | null | undefined,
  known: { isStep(id: string): id is StepId; isStage(id: string): id is StageId },
): Position<StepId, StageId> | undefined {
  if (!text) return undefined;
  const fixed = (Object.keys(FIXED) as (keyof typeof FIXED)[]).find((page) => FIXED[page] === text);
  if (fixed) return { page: fixed };
  if (known.isStep(text)) return { page: 'step', step: text };
  for (const page of Object.keys(STAGE_PREFIX) as (keyof typeof STAGE_PREFIX)[]) {
    const stage = text.startsWith(STAGE_PREFIX[page]) ? text.slice(STAGE_PREFIX[page].length) : undefined;
    if (stage !== undefined && known.isStage(stage)) return { page, stage };
  }
  return undefined;
}

export const samePosition = (a: Position | null | undefined, b: Position | null | undefined) =>
  Boolean(a && b) && encodePosition(a!) === encodePosition(b!);
