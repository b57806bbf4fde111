import { isAnswerShape, normaliseAnswer, validateAnswer, type FieldError } from '../questions';
import { questionById, stageById, type Answers, type AnswerValue } from '../schema';
import {
  applicableQuestions,
  applies,
  nextQuestion,
  pendingAfter,
  previousQuestion,
  resolvePosition,
  stageEntry,
} from '../journey';
import type { WizardContext } from './context';
import type { WizardEvent } from './events';

type Args = { context: WizardContext; event: WizardEvent };

const submittedValue = (event: WizardEvent): unknown => (event.type === 'CONTINUE' ? event.value : undefined);

/** The answers as they will be once this event is applied: the guards look ahead so targets match the new answers. */
export function prospectiveAnswers(context: WizardContext, questionId: string, event: WizardEvent): Answers {
  if (event.type !== 'CONTINUE') return context.answers;
  const question = questionById(questionId);
  const raw = submittedValue(event);
  const next = { ...context.answers };
  const value =
    question && raw !== undefined && isAnswerShape(question, raw) ? normaliseAnswer(question, raw) : undefined;
  if (value === undefined) delete next[questionId];
  else next[questionId] = value;
  return next;
}

/** A question is marked skipped while it has no answer; answering always clears the mark. */
function prospectiveSkipped(context: WizardContext, questionId: string, event: WizardEvent): string[] {
  // Continue with nothing filled in on an optional question means "not now", the same as Skip.
  const answers = prospectiveAnswers(context, questionId, event);
  if (answers[questionId] !== undefined) return context.skipped.filter((id) => id !== questionId);
  return [...new Set([...context.skipped, questionId])];
}

export function prospective(context: WizardContext, questionId: string, event: WizardEvent): WizardContext {
  return {
    ...context,
    answers: prospectiveAnswers(context, questionId, event),
    skipped: prospectiveSkipped(context, questionId, event),
  };
}

export function errorsFor(questionId: string, event: WizardEvent): FieldError[] {
  const question = questionById(questionId);
  const raw = submittedValue(event);
  if (!question) return [];
  if (raw !== undefined && !isAnswerShape(question, raw)) return [{ field: '', code: 'unreadable' }];
  return validateAnswer(question, raw as AnswerValue | undefined);
}

const CHOICES: Record<string, readonly string[]> = { saveMode: ['device', 'tab'], completion: ['yes', 'no'] };

export const guards = {
  answerHasErrors: ({ event }: Args, params: { questionId: string }) => errorsFor(params.questionId, event).length > 0,
  choiceMissing: ({ event }: Args, params: { choice: 'saveMode' | 'completion' }) =>
    !CHOICES[params.choice]!.includes(submittedValue(event) as string),
  hasSaveChoice: ({ context }: Args) => context.saveMode !== null,
  nextIs: ({ context, event }: Args, params: { stageId: string; from: string; to: string | undefined }) =>
    nextQuestion(stageById(params.stageId)!, params.from, prospectiveAnswers(context, params.from, event))?.id ===
    params.to,
  previousIs: ({ context }: Args, params: { stageId: string; from: string; to: string }) =>
    previousQuestion(stageById(params.stageId)!, params.from, context.answers)?.id === params.to,
  lastIs: ({ context }: Args, params: { stageId: string; to: string }) =>
    applicableQuestions(stageById(params.stageId)!, context.answers).at(-1)?.id === params.to,
  returningTo: ({ context }: Args, params: { position: string }) => context.returnTo === params.position,
  returningWithPending: ({ context, event }: Args, params: { stageId: string; from: string; to: string }) =>
    context.returnTo !== null &&
    pendingAfter(stageById(params.stageId)!, params.from, prospective(context, params.from, event))?.id === params.to,
  canChange: ({ context, event }: Args, params: { questionId: string }) =>
    event.type === 'CHANGE' &&
    event.questionId === params.questionId &&
    applies(questionById(params.questionId)!, context.answers),
  opensAt: ({ context, event }: Args, params: { stageId: string; position: string }) =>
    event.type === 'OPEN_STAGE' &&
    event.stageId === params.stageId &&
    stageEntry(stageById(params.stageId)!, context) === params.position,
  resolvesTo: ({ context, event }: Args, params: { position: string }) =>
    event.type === 'GO_TO' && resolvePosition(event.position, context, context.saveMode !== null) === params.position,
  // The first page: where the saved position resolves to now (a condition may have changed since it was saved).
  startsAt: ({ context, event }: Args, params: { position: string }) => {
    const requested = (event as { input?: { position?: string } }).input?.position ?? 'hub';
    return resolvePosition(requested, context, context.saveMode !== null) === params.position;
  },
};

export const submitted = submittedValue;
