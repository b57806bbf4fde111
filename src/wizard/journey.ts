import { evaluate } from './conditions';
import { isAnswered } from './questions';
import { START_QUESTION, STAGES, questionById, stageById, stageOfQuestion } from './schema';
import type { Answers, Question, Stage } from './schema/types';

/** Where a person can be. Question pages use the question id. */
export const SAVE_CHOICE = 'save-choice';
export const HUB = 'hub';
export const ALL_ANSWERS = 'answers';
export const AGREEMENT = 'agreement';
export const checkPosition = (stageId: string) => `check-${stageId}`;
export const completePosition = (stageId: string) => `complete-${stageId}`;

export type StageStatus = 'not-started' | 'in-progress' | 'completed' | 'skipped';
export type StageMark = 'completed' | 'not-completed';

export interface Progress {
  answers: Answers;
  skipped: readonly string[];
  stageMarks: Readonly<Record<string, StageMark>>;
}

export const applies = (question: Question, answers: Answers): boolean =>
  !question.showIf || evaluate(question.showIf, answers);

export function applicableQuestions(stage: Stage, answers: Answers): Question[] {
  return stage.questions.filter((q) => applies(q, answers));
}

/** The next question in the stage that applies, or undefined when the stage's check page comes next. */
export function nextQuestion(stage: Stage, fromId: string, answers: Answers): Question | undefined {
  const index = stage.questions.findIndex((q) => q.id === fromId);
  return stage.questions.slice(index + 1).find((q) => applies(q, answers));
}

export function previousQuestion(stage: Stage, fromId: string, answers: Answers): Question | undefined {
  const index = stage.questions.findIndex((q) => q.id === fromId);
  return stage.questions
    .slice(0, Math.max(index, 0))
    .reverse()
    .find((q) => applies(q, answers));
}

const isDone = (q: Question, progress: Progress) =>
  isAnswered(q, progress.answers[q.id]) || progress.skipped.includes(q.id);

export function stageStatus(stage: Stage, progress: Progress): StageStatus {
  if (progress.stageMarks[stage.id] === 'completed') return 'completed';
  const questions = applicableQuestions(stage, progress.answers);
  const answered = questions.filter((q) => isAnswered(q, progress.answers[q.id])).length;
  const skipped = questions.filter((q) => progress.skipped.includes(q.id)).length;
  if (answered === 0 && skipped === 0 && !progress.stageMarks[stage.id]) return 'not-started';
  if (answered === 0) return 'skipped';
  return 'in-progress';
}

/** Where "open this stage" leads: the first question not yet answered or skipped, else its check page. */
export function stageEntry(stage: Stage, progress: Progress): string {
  if (progress.stageMarks[stage.id] === 'completed') return checkPosition(stage.id);
  const pending = applicableQuestions(stage, progress.answers).find((q) => !isDone(q, progress));
  return pending?.id ?? checkPosition(stage.id);
}

/**
 * After answering a question opened with "Change", a follow-up question it switched on (one with a
 * condition, now applying, not yet answered or skipped) comes before the check page.
 */
export function pendingAfter(stage: Stage, fromId: string, progress: Progress): Question | undefined {
  const index = stage.questions.findIndex((q) => q.id === fromId);
  return stage.questions.slice(index + 1).find((q) => q.showIf && applies(q, progress.answers) && !isDone(q, progress));
}

export function isKnownPosition(position: string): boolean {
  if ([START_QUESTION.id, SAVE_CHOICE, HUB, ALL_ANSWERS, AGREEMENT].includes(position)) return true;
  if (questionById(position)) return true;
  return STAGES.some((s) => position === checkPosition(s.id) || position === completePosition(s.id));
}

/**
 * The page to show for a requested position: itself when it applies, else the nearest sensible page
 * (the next question that applies in its stage, else that stage's check page; the hub for anything unknown).
 * Before the opening question and save choice are done, those come first.
 */
export function resolvePosition(position: string, progress: Progress, hasSaveChoice: boolean): string {
  if (
    !isAnswered(START_QUESTION, progress.answers[START_QUESTION.id]) &&
    !progress.skipped.includes(START_QUESTION.id)
  ) {
    return START_QUESTION.id;
  }
  if (position === START_QUESTION.id) return position;
  if (!hasSaveChoice) return SAVE_CHOICE;
  if (!isKnownPosition(position)) return HUB;
  const question = questionById(position);
  const stage = stageOfQuestion(position);
  if (question && stage && !applies(question, progress.answers)) {
    return nextQuestion(stage, position, progress.answers)?.id ?? checkPosition(stage.id);
  }
  return position;
}

/** The stage a position belongs to (its questions, check page or completion page). */
export function stageOfPosition(position: string): Stage | undefined {
  const fromQuestion = stageOfQuestion(position);
  if (fromQuestion) return fromQuestion;
  const id = position.replace(/^(check|complete)-/, '');
  return position !== id ? stageById(id) : undefined;
}

export type PageKind = 'question' | 'saveChoice' | 'hub' | 'check' | 'complete' | 'answers' | 'agreement';

/** What kind of page a position is, with its question and stage where it has them. */
export function describePosition(position: string): { kind: PageKind; question?: Question; stage?: Stage } {
  if (position === SAVE_CHOICE) return { kind: 'saveChoice' };
  if (position === HUB) return { kind: 'hub' };
  if (position === ALL_ANSWERS) return { kind: 'answers' };
  if (position === AGREEMENT) return { kind: 'agreement' };
  const question = questionById(position);
  if (question) return { kind: 'question', question, stage: stageOfQuestion(position) };
  const stage = stageOfPosition(position);
  return { kind: position.startsWith('check-') ? 'check' : 'complete', stage };
}
