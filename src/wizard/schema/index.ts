import type { Question, Stage } from './types';
import { whoIsFillingIn } from './stages/0-start';
import { understandingYou } from './stages/1-understanding-you';
import { agreeingHowYouWorkTogether } from './stages/2-agreeing-how-you-work-together';
import { givingAndGettingInformation } from './stages/3-giving-and-getting-information';
import { checkingAndFinalisingTheReport } from './stages/4-checking-and-finalising-the-report';
import { nextSteps } from './stages/5-next-steps';

export * from './types';

/** Bump when a saved answer's shape or meaning changes, and add a migration in src/storage/migrations.ts. */
export const SCHEMA_VERSION = 1;

/** The family and patient journey: the opening question, then the five Learn Together stages in order. */
export const START_QUESTION: Question = whoIsFillingIn;
export const STAGES: readonly Stage[] = [
  understandingYou,
  agreeingHowYouWorkTogether,
  givingAndGettingInformation,
  checkingAndFinalisingTheReport,
  nextSteps,
];

/** Every question, in journey order, starting with the opening question. */
export const ALL_QUESTIONS: readonly Question[] = [START_QUESTION, ...STAGES.flatMap((s) => s.questions)];

const byId = new Map(ALL_QUESTIONS.map((q) => [q.id, q]));
const stageOf = new Map(STAGES.flatMap((s) => s.questions.map((q) => [q.id, s] as const)));

export function questionById(id: string): Question | undefined {
  return byId.get(id);
}

export function stageOfQuestion(id: string): Stage | undefined {
  return stageOf.get(id);
}

export function stageById(id: string): Stage | undefined {
  return STAGES.find((s) => s.id === id);
}
