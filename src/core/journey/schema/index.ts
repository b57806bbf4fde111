import {
  isQuestion,
  type AnswerOf,
  type Journey,
  type NoticeStep,
  type Question,
  type Stage,
  type Step,
} from './types';
import { whoIsFillingIn } from '~/core/journey/schema/stages/0-opening';
import { understandingYou } from '~/core/journey/schema/stages/1-understanding-you';
import { agreeingHowYouWorkTogether } from '~/core/journey/schema/stages/2-agreeing-how-you-work-together';
import { givingAndGettingInformation } from '~/core/journey/schema/stages/3-giving-and-getting-information';
import { checkingAndFinalisingTheReport } from '~/core/journey/schema/stages/4-checking-and-finalising-the-report';
import { nextSteps } from '~/core/journey/schema/stages/5-next-steps';

export * from './types';

/** Bump when a saved answer's shape or meaning changes, and add a migration in src/storage/migrations.ts. */
export const SCHEMA_VERSION = 5;

/** The family and patient journey: the opening question, then the five Learn Together stages in order. */
export const FAMILY_JOURNEY = {
  id: 'family',
  opening: [whoIsFillingIn],
  stages: [
    understandingYou,
    agreeingHowYouWorkTogether,
    givingAndGettingInformation,
    checkingAndFinalisingTheReport,
    nextSteps,
  ],
} as const satisfies Journey;

type FamilyStage = (typeof FAMILY_JOURNEY.stages)[number];
type FamilyStep = FamilyStage['steps'][number] | (typeof FAMILY_JOURNEY.opening)[number];
type FamilyQuestion = Exclude<FamilyStep, { type: 'notice' }>;

/** Every question id of the family journey: a misspelt id anywhere it is used does not compile. */
export type QuestionId = FamilyQuestion['id'];
export type NoticeId = Extract<FamilyStep, { type: 'notice' }>['id'];
export type StepId = FamilyStep['id'];
export type StageId = FamilyStage['id'];

/** The family's answers, each of its own question's answer type; fixtures are checked against it. */
export type Answers = { [Q in FamilyQuestion as Q['id']]?: AnswerOf<Q['type']> };

export const STAGES: readonly Stage[] = FAMILY_JOURNEY.stages;
/** The stages' numbers as people see them, in order: 1 to 5 (the team's checklists are numbered so). */
export const STAGE_NUMBERS: readonly number[] = STAGES.map((_, index) => index + 1);
export const OPENING_QUESTIONS: readonly Question[] = FAMILY_JOURNEY.opening;

/** Every step in journey order, starting with the opening question. */
export const ALL_STEPS: readonly Step[] = [...OPENING_QUESTIONS, ...STAGES.flatMap((s) => s.steps)];
/** Every question in journey order (notices left out). */
export const ALL_QUESTIONS: readonly Question[] = ALL_STEPS.filter(isQuestion);
export const ALL_NOTICES: readonly NoticeStep[] = ALL_STEPS.filter((s): s is NoticeStep => !isQuestion(s));

export const QUESTION_IDS = ALL_QUESTIONS.map((q) => q.id) as readonly QuestionId[];
export const STAGE_IDS = STAGES.map((s) => s.id) as readonly StageId[];
