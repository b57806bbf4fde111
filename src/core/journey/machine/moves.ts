import { isAnswerShape, normaliseAnswer, validateAnswer } from '~/core/questions/rules';
import type { FieldError, Question } from '~/core/questions/types';
import { navigate, resolvePosition, type Intent, type JourneyMap, type Progress } from '~/core/journey/journey';
import { modeAt, settingAt, type Mode, type Position } from '~/core/journey/pages';
import type { SingleChoiceAnswer } from '~/core/questions/single-choice/rules';
import { keepSetting } from './settings';
import type { WizardContext, WizardInput } from './context';
import type { WizardEvent } from './events';

/** Which mode of the machine a position shows (the page registry says). */
export const modeOf = (map: JourneyMap, position: Position): Mode =>
  modeAt((id) => map.question(id) !== undefined, position);

export function initialContext(map: JourneyMap, input: WizardInput): WizardContext {
  const progress: Progress = {
    answers: input.answers ?? {},
    skipped: input.skipped ?? [],
    stageMarks: input.stageMarks ?? {},
  };
  const saveMode = input.saveMode ?? null;
  return {
    ...progress,
    saveMode,
    position: resolvePosition(map, progress, input.position ?? { page: 'task-list' }, saveMode !== null),
    returnTo: null,
    errors: [],
    draft: undefined,
    privateOnTeamCopy: input.privateOnTeamCopy ?? false,
    agreementMadeAt: input.agreementMadeAt ?? null,
  };
}

const valueOf = (event: WizardEvent) => (event.type === 'CONTINUE' ? event.value : undefined);
const currentQuestion = (map: JourneyMap, context: WizardContext) =>
  context.position.page === 'step' ? map.question(context.position.step) : undefined;

/** The question a page asks: its step's, or the setting it asks (the save choice, "completed?"). */
export const questionAt = (map: JourneyMap, position: Position): Question | undefined =>
  position.page === 'step' ? map.question(position.step) : settingAt(position);

/**
 * Problems with what was submitted on a question page; an empty list lets the person move on.
 * Nothing submitted is "not now" on a question, but a setting has no "not now": it must be chosen.
 */
export function answerErrors(map: JourneyMap, context: WizardContext, event: WizardEvent, now: Date): FieldError[] {
  const question = questionAt(map, context.position);
  const value = valueOf(event);
  if (!question || (value === undefined && !question.setting)) return [];
  if (value !== undefined && !isAnswerShape(question, value)) return [{ field: '', code: 'unreadable' }];
  return validateAnswer(question, value, now);
}

/** The progress after a Continue or Skip on a question page: its answer stored, or marked "not now". */
function recorded(map: JourneyMap, context: WizardContext, event: WizardEvent): Progress {
  const question = currentQuestion(map, context)!;
  const raw = valueOf(event);
  const answers = { ...context.answers };
  if (event.type === 'CONTINUE') {
    const value = raw !== undefined && isAnswerShape(question, raw) ? normaliseAnswer(question, raw) : undefined;
    if (value === undefined) delete answers[question.id];
    else answers[question.id] = value;
  }
  // Continue with nothing on an optional question means "not now", the same as Skip; an answer clears it.
  const skipped =
    answers[question.id] === undefined
      ? [...new Set([...context.skipped, question.id])]
      : context.skipped.filter((id) => id !== question.id);
  return { answers, skipped, stageMarks: context.stageMarks };
}

function intentOf(event: WizardEvent, before: WizardContext): Intent {
  switch (event.type) {
    case 'BACK':
      return { kind: 'back' };
    case 'CHANGE':
      return { kind: 'change', step: event.step };
    case 'OPEN_STAGE':
      return { kind: 'open-stage', stage: event.stage };
    case 'GO_TO':
      return { kind: 'go', to: event.position };
    default:
      return { kind: 'forward', before: before.answers };
  }
}

/**
 * What an event changes: first what it records (an answer, a skip, a setting, the agreement being
 * made), then where the journey says it leads.
 */
export function move(map: JourneyMap, context: WizardContext, event: WizardEvent, now: Date): Partial<WizardContext> {
  let next: WizardContext = { ...context, errors: [], draft: undefined };
  const forward = event.type === 'CONTINUE' || event.type === 'SKIP';
  if (forward && modeOf(map, context.position) === 'question') next = { ...next, ...recorded(map, context, event) };
  const setting = settingAt(context.position);
  if (event.type === 'CONTINUE' && setting && isAnswerShape(setting, event.value)) {
    const answer = normaliseAnswer(setting, event.value) as SingleChoiceAnswer;
    next = { ...next, ...keepSetting(setting.id, context, answer) };
  }
  if (event.type === 'CONTINUE' && context.position.page === 'all-answers') next.agreementMadeAt = now.toISOString();
  // "I've finished this section" on a stage's check page.
  if (event.type === 'CONTINUE' && context.position.page === 'stage-check')
    next.stageMarks = { ...next.stageMarks, [context.position.stage]: 'completed' };
  const place = navigate(map, next, context, intentOf(event, context), next.saveMode !== null);
  return { ...next, ...place };
}

/** Answers from another tab, merged: the person stays where they are, unless that page no longer applies. */
export function merged(
  map: JourneyMap,
  context: WizardContext,
  event: Extract<WizardEvent, { type: 'MERGE' }>,
): Partial<WizardContext> {
  const { progress } = event;
  return {
    ...progress,
    privateOnTeamCopy: event.privateOnTeamCopy,
    agreementMadeAt: event.agreementMadeAt,
    position: resolvePosition(map, progress, context.position, context.saveMode !== null),
  };
}

/** An answer kept from outside its page (RECORD): stored if it has the question's shape, else nothing changes. */
export function recordedOutside(
  map: JourneyMap,
  context: WizardContext,
  event: Extract<WizardEvent, { type: 'RECORD' }>,
): Partial<WizardContext> {
  const question = map.question(event.question);
  if (!question || !isAnswerShape(question, event.value)) return {};
  const value = normaliseAnswer(question, event.value);
  if (value === undefined) return {};
  return {
    answers: { ...context.answers, [question.id]: value },
    skipped: context.skipped.filter((id) => id !== question.id),
  };
}
