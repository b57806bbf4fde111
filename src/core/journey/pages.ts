import { SAVE_MODE, type SettingQuestion } from './settings';

/*
 * Every page of a journey, once. The address codec (position.ts), the machine's modes and the
 * events each accepts (machine/), where Continue and Back lead (journey.ts) and the family's views
 * (family/wizard/page-views.tsx) all derive from this table. A new page is one entry here, one
 * entry in the views and its component; a registry that misses a page does not compile.
 */

/** Where a person is in a journey, as a typed value. Its text form is in position.ts. */
export type Position<StepId extends string = string, StageId extends string = string> =
  | { page: 'save-choice' }
  | { page: 'task-list' }
  | { page: 'stage-intro'; stage: StageId }
  | { page: 'step'; step: StepId }
  /** A stage's answers to check; its Continue marks the stage done ("I've finished this section"). */
  | { page: 'stage-check'; stage: StageId }
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
export type PositionOf<P extends Page> = Extract<Position, { page: P }>;

/** How a page is written in the address (?step=) and in saved answers. */
export type Address =
  /** Always the same text ("hub"). */
  | { text: string }
  /** A stage's page: the prefix, then the stage's id ("check-next-steps"). */
  | { stagePrefix: string }
  /** A step: its own id. */
  | { stepId: true };

/** The events a page can offer (GO_TO, MERGE, RECORD and ERASE work everywhere). */
export type PageEvent = 'CONTINUE' | 'SKIP' | 'BACK' | 'CHANGE' | 'OPEN_STAGE' | 'CHOOSE_TEAM_COPY';
/**
 * What a page does with an event: `move` goes where the journey says; `answer` checks the answer
 * (or setting) first and stays with its errors; `choose` keeps a choice and stays on the page.
 */
export type Handling = 'move' | 'answer' | 'choose';
export type Accepts = Readonly<Partial<Record<PageEvent, Handling>>>;

/** The machine's modes, one state each, with the events each accepts: pages that behave alike share one. */
export const MODES = {
  /** A setting: it must be chosen (no "not now"). */
  setting: { CONTINUE: 'answer', BACK: 'move' },
  taskList: { OPEN_STAGE: 'move' },
  /** Says something, then Continue: a stage's introduction, a notice. */
  notice: { CONTINUE: 'move', BACK: 'move' },
  question: { CONTINUE: 'answer', SKIP: 'move', BACK: 'move' },
  stageCheck: { CHANGE: 'move', CONTINUE: 'move', BACK: 'move' },
  allAnswers: { CHANGE: 'move', CHOOSE_TEAM_COPY: 'choose', CONTINUE: 'move', BACK: 'move' },
  confirmation: { CONTINUE: 'move' },
  /** Something to read, print or download, with a way back: the agreement, the record... */
  reading: { BACK: 'move' },
} as const satisfies Record<string, Accepts>;
export type Mode = keyof typeof MODES;

/** A page's own next or back page (a method's type, so an entry may take its own position only). */
type Move<P extends Position> = 'journey' | { move(at: P): Position }['move'];

export interface PageSpec<P extends Position = Position> {
  address: Address;
  /** The mode that shows the page; a step shows a question, or a notice when it asks nothing. */
  mode: Mode | readonly [question: Mode, notice: Mode];
  /** Where Continue leads: a page of its own, or `journey` when the answers decide. None: it stays. */
  next?: Move<P>;
  /** Where Back leads: likewise. None: the page has no way back. */
  back?: Move<P>;
  /** The setting the page asks (kept outside the answers). */
  asks?: SettingQuestion;
}

const TASK_LIST = { page: 'task-list' } as const;
const toTaskList = () => TASK_LIST;

export const PAGES = {
  'save-choice': {
    address: { text: 'save-choice' },
    mode: 'setting',
    next: toTaskList,
    back: 'journey',
    asks: SAVE_MODE,
  },
  'task-list': { address: { text: 'hub' }, mode: 'taskList' },
  'stage-intro': { address: { stagePrefix: 'intro-' }, mode: 'notice', next: 'journey', back: toTaskList },
  step: { address: { stepId: true }, mode: ['question', 'notice'], next: 'journey', back: 'journey' },
  'stage-check': {
    address: { stagePrefix: 'check-' },
    mode: 'stageCheck',
    next: 'journey',
    back: 'journey',
  },
  'all-answers': {
    address: { text: 'answers' },
    mode: 'allAnswers',
    next: () => ({ page: 'confirmation' }),
    back: toTaskList,
  },
  confirmation: { address: { text: 'confirmation' }, mode: 'confirmation', next: () => ({ page: 'agreement' }) },
  'ask-for-update': { address: { text: 'ask-for-update' }, mode: 'reading', back: toTaskList },
  agreement: { address: { text: 'agreement' }, mode: 'reading', back: () => ({ page: 'confirmation' }) },
  comments: { address: { text: 'comments' }, mode: 'reading', back: toTaskList },
  record: { address: { text: 'record' }, mode: 'reading', back: toTaskList },
} as const satisfies { [P in Page]: PageSpec<PositionOf<P>> };

/** Which mode shows a position: a step shows a question, or a notice when it asks nothing. */
export function modeAt(isQuestion: (stepId: string) => boolean, position: Position): Mode {
  const { mode } = PAGES[position.page] as PageSpec;
  if (typeof mode === 'string') return mode;
  return mode[position.page === 'step' && isQuestion(position.step) ? 0 : 1];
}

/** The page's own next or back, or 'journey' when the answers decide, or undefined when it has none. */
export function fixedMove(position: Position, way: 'next' | 'back'): Position | 'journey' | undefined {
  const move = (PAGES[position.page] as PageSpec)[way];
  return typeof move === 'function' ? move(position) : move;
}

/** The setting a position asks, if it asks one. */
export const settingAt = (position: Position): SettingQuestion | undefined => (PAGES[position.page] as PageSpec).asks;
