import { isAnswered } from '~/core/questions/rules';
import { cleanText } from '~/core/text/text';
import { applies, mapJourney, type JourneyMap } from '~/core/journey/journey';
import { evaluate } from '~/core/journey/conditions';
import { FAMILY } from '~/core/journey/family';
import { isThePatient } from '~/core/journey/schema/stages/conditions';
import { isQuestion, type AnswerValue, type Journey, type Question, type QuestionId } from '~/core/journey/schema';
import type { SavedCase } from '~/core/store/types';
import type { Translate } from '~/core/questions/types';
import { COMMUNICATION_NEEDS_IDS } from '~/core/journey/schema/stages/communication-needs';

const OWN_NEEDS = COMMUNICATION_NEEDS_IDS.filter((id) => !id.startsWith('patient-'));
const PATIENT_NEEDS = COMMUNICATION_NEEDS_IDS.filter((id) => id.startsWith('patient-'));

/*
 * One family member's answers as an investigator reads them: first what they need and how to reach
 * them, then the people, then their questions, then everything else stage by stage. Pure data made
 * from the question schema: no words (the component looks them up by question id), no storage.
 * One view is one person: two people's files make two views, never one merged view.
 */

/** The topics an investigator looks for first, in order. A question listed here leaves its stage's group. */
export const FAMILY_VIEW_TOPICS = [
  // Their communication needs first, then the patient's (the Accessible Information Standard: record, flag, meet).
  { id: 'communication-needs', questions: OWN_NEEDS },
  { id: 'patient-communication-needs', questions: PATIENT_NEEDS },
  {
    id: 'needs',
    questions: ['avoid-upset', 'what-matters', 'making-it-harder', 'involvement-level'],
  },
  {
    id: 'contact',
    questions: [
      'main-contact-who',
      'your-contact-details',
      'main-contact-details',
      'contact-methods',
      'messages-ok',
      'update-frequency',
      'meeting-places',
      'meeting-notes',
      'draft-report-how',
      'warn-before-draft',
      'if-you-step-back',
    ],
  },
  {
    id: 'people',
    questions: ['other-people', 'do-not-share'],
  },
  {
    id: 'questions',
    questions: ['family-questions', 'questions-outside-scope', 'question-ledger', 'open-questions'],
  },
] as const satisfies readonly { id: string; questions: readonly QuestionId[] }[];

export type TopicId = (typeof FAMILY_VIEW_TOPICS)[number]['id'];

/**
 * Where one question stands. 'private' is a `sensitive` question's answer (such as who must not be
 * told): shown to the investigator, always marked as not to be shared. 'kept-back' is the person's
 * "I'd rather not answer now"; 'not-reached' is a question they have not come to yet.
 */
export type FamilyViewItem =
  | { question: Question; state: 'answered'; value: AnswerValue }
  | { question: Question; state: 'private'; value: AnswerValue }
  | { question: Question; state: 'kept-back' }
  | { question: Question; state: 'not-reached' };

export type ItemState = FamilyViewItem['state'];

export type FamilyViewGroup =
  | { kind: 'topic'; id: TopicId; items: FamilyViewItem[] }
  /** `number` counts the stages from 1; the opening question ("who is filling this in") joins stage 1. */
  | { kind: 'stage'; id: string; number: number; items: FamilyViewItem[] };

export interface FamilyView {
  /** Their answers as saved: the words of some options use the names they gave. */
  answers: SavedCase['answers'];
  /** The name they gave (trimmed), or undefined: then they are "Family member <number>". */
  name: string | undefined;
  /** Their place among the files the investigator has (from 1). */
  number: number;
  /** They filled it in as the patient themselves. */
  isPatient: boolean;
  /** Topic groups first, then the stages. Groups left with no questions that apply are dropped. */
  groups: FamilyViewGroup[];
  /** They chose to put their private answers on the investigation team's copy of the agreement. */
  privateOnTeamCopy: boolean;
  /** When they last made their agreement (ISO 8601), if they have. */
  agreementMadeAt: string | undefined;
}

export interface FamilyViewOptions {
  /** Their place among the files (from 1), for the name of someone who gave none. */
  number?: number;
  /** The journey to read the answers against; the family's own unless a test gives another. */
  journey?: Journey;
  topics?: readonly { id: TopicId; questions: readonly string[] }[];
}

function itemFor(question: Question, saved: SavedCase): FamilyViewItem {
  const value = saved.answers[question.id as QuestionId];
  if (value !== undefined && isAnswered(question, value))
    return question.sensitive ? { question, state: 'private', value } : { question, state: 'answered', value };
  return saved.skipped.includes(question.id) ? { question, state: 'kept-back' } : { question, state: 'not-reached' };
}

export function familyView(saved: SavedCase, options: FamilyViewOptions = {}): FamilyView {
  const map: JourneyMap = options.journey ? mapJourney(options.journey) : FAMILY;
  const { journey } = map;
  const topics = options.topics ?? FAMILY_VIEW_TOPICS;
  const answers = saved.answers as Record<string, AnswerValue | undefined>;
  // Only what this person was (or would be) asked: a question hidden by their own answers is left out.
  const asked = (question: Question) => applies(map, question, answers);
  const placed = new Set<string>();

  const topicGroups: FamilyViewGroup[] = topics.map((topic) => ({
    kind: 'topic',
    id: topic.id,
    items: topic.questions.flatMap((id) => {
      const question = map.question(id);
      if (!question || placed.has(id) || !asked(question)) return [];
      placed.add(id);
      return [itemFor(question, saved)];
    }),
  }));

  const stageGroups: FamilyViewGroup[] = journey.stages.map((stage, index) => ({
    kind: 'stage',
    id: stage.id,
    number: index + 1,
    items: [...(index === 0 ? journey.opening : []), ...stage.steps]
      .filter(isQuestion)
      .filter((q) => !placed.has(q.id) && asked(q))
      .map((q) => itemFor(q, saved)),
  }));

  const name = cleanText(saved.answers['your-name']);
  return {
    answers: saved.answers,
    name: name || undefined,
    number: options.number ?? 1,
    isPatient: evaluate(isThePatient, answers, map.question),
    groups: [...topicGroups, ...stageGroups].filter((g) => g.items.length > 0),
    privateOnTeamCopy: saved.privateOnTeamCopy === true,
    agreementMadeAt: saved.agreementMadeAt,
  };
}

/** Several people's files, each its own view, numbered in the order given. */
export const familyViews = (saved: readonly SavedCase[]): FamilyView[] =>
  saved.map((s, index) => familyView(s, { number: index + 1 }));

/** The name to show for the person: the one they gave, else "Family member 2" (or "The patient"). */
export const personName = (view: FamilyView, t: Translate): string =>
  view.name ?? t('familyView:person.unnamed', { number: view.number, context: view.isPatient ? 'patient' : undefined });

/** True when they have not come to any question of the group yet. */
export const nothingReached = (group: FamilyViewGroup): boolean =>
  group.items.every((item) => item.state === 'not-reached');
