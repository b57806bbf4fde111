import { START_QUESTION, STAGES, type Question, type Stage } from '../schema';
import { AGREEMENT, ALL_ANSWERS, HUB, SAVE_CHOICE, checkPosition, completePosition } from '../journey';

/*
 * One state per page, built from the schema. Targets that depend on answers are lists of guarded
 * transitions; exactly one guard holds (they ask the journey the same question), so order is only a tiebreak.
 */

const record = (questionId: string) => ({ type: 'recordAnswer', params: { questionId } }) as const;

/** Continue and Skip after "Change": any newly switched-on question first, then back where they came from. */
function returningTransitions(stage: Stage | undefined, question: Question) {
  const later = stage ? stage.questions.slice(stage.questions.indexOf(question) + 1) : [];
  return [
    ...later.map((next) => ({
      guard: { type: 'returningWithPending', params: { stageId: stage!.id, from: question.id, to: next.id } },
      target: next.id,
      actions: [record(question.id)],
    })),
    ...[...(stage ? [checkPosition(stage.id)] : []), ALL_ANSWERS].map((position) => ({
      guard: { type: 'returningTo', params: { position } },
      target: position,
      actions: [record(question.id), { type: 'clearReturn' }],
    })),
  ];
}

function forwardTransitions(stage: Stage, question: Question) {
  const later = stage.questions.slice(stage.questions.indexOf(question) + 1);
  return [
    ...returningTransitions(stage, question),
    ...later.map((next) => ({
      guard: { type: 'nextIs', params: { stageId: stage.id, from: question.id, to: next.id } },
      target: next.id,
      actions: [record(question.id)],
    })),
    { target: checkPosition(stage.id), actions: [record(question.id)] },
  ];
}

function backTransitions(stage: Stage, question: Question) {
  const earlier = stage.questions.slice(0, stage.questions.indexOf(question)).reverse();
  return [
    ...[checkPosition(stage.id), ALL_ANSWERS].map((position) => ({
      guard: { type: 'returningTo', params: { position } },
      target: position,
      actions: [{ type: 'clearReturn' }],
    })),
    ...earlier.map((previous) => ({
      guard: { type: 'previousIs', params: { stageId: stage.id, from: question.id, to: previous.id } },
      target: previous.id,
    })),
    { target: HUB },
  ];
}

function questionState(stage: Stage, question: Question) {
  const forward = forwardTransitions(stage, question);
  return {
    meta: { kind: 'question', questionId: question.id, stageId: stage.id },
    on: {
      CONTINUE: [
        {
          guard: { type: 'answerHasErrors', params: { questionId: question.id } },
          actions: [{ type: 'showErrors', params: { questionId: question.id } }],
        },
        ...forward,
      ],
      // recordAnswer on SKIP keeps the answers and marks the question skipped, so the same targets apply.
      SKIP: forward,
      BACK: backTransitions(stage, question),
    },
  };
}

function stageStates(stage: Stage) {
  const check = checkPosition(stage.id);
  const complete = completePosition(stage.id);
  const questions = Object.fromEntries(stage.questions.map((q) => [q.id, questionState(stage, q)]));
  return {
    ...questions,
    [check]: {
      meta: { kind: 'check', stageId: stage.id },
      on: {
        CHANGE: stage.questions.map((q) => ({
          guard: { type: 'canChange', params: { questionId: q.id } },
          target: q.id,
          actions: [{ type: 'setReturn', params: { position: check } }],
        })),
        CONTINUE: complete,
        BACK: [
          ...[...stage.questions]
            .reverse()
            .map((q) => ({ guard: { type: 'lastIs', params: { stageId: stage.id, to: q.id } }, target: q.id })),
          { target: HUB },
        ],
      },
    },
    [complete]: {
      meta: { kind: 'complete', stageId: stage.id },
      on: {
        CONTINUE: [
          {
            guard: { type: 'choiceMissing', params: { choice: 'completion' } },
            actions: [{ type: 'showChoiceError' }],
          },
          { target: HUB, actions: [{ type: 'markStage', params: { stageId: stage.id } }] },
        ],
        BACK: check,
      },
    },
  };
}

function startStates() {
  const who = START_QUESTION;
  const onward = [
    ...returningTransitions(undefined, who),
    { guard: { type: 'hasSaveChoice' }, target: HUB, actions: [record(who.id)] },
    { target: SAVE_CHOICE, actions: [record(who.id)] },
  ];
  return {
    [who.id]: {
      meta: { kind: 'question', questionId: who.id },
      on: {
        CONTINUE: [
          {
            guard: { type: 'answerHasErrors', params: { questionId: who.id } },
            actions: [{ type: 'showErrors', params: { questionId: who.id } }],
          },
          ...onward,
        ],
        SKIP: onward,
      },
    },
    [SAVE_CHOICE]: {
      meta: { kind: 'saveChoice' },
      on: {
        CONTINUE: [
          { guard: { type: 'choiceMissing', params: { choice: 'saveMode' } }, actions: [{ type: 'showChoiceError' }] },
          { target: HUB, actions: [{ type: 'setSaveMode' }] },
        ],
        BACK: who.id,
      },
    },
  };
}

function hubStates() {
  return {
    [HUB]: {
      meta: { kind: 'hub' },
      on: {
        OPEN_STAGE: STAGES.flatMap((stage) =>
          [...stage.questions.map((q) => q.id), checkPosition(stage.id)].map((position) => ({
            guard: { type: 'opensAt', params: { stageId: stage.id, position } },
            target: position,
          })),
        ),
      },
    },
    [ALL_ANSWERS]: {
      meta: { kind: 'answers' },
      on: {
        CHANGE: [START_QUESTION, ...STAGES.flatMap((s) => s.questions)].map((q) => ({
          guard: { type: 'canChange', params: { questionId: q.id } },
          target: q.id,
          actions: [{ type: 'setReturn', params: { position: ALL_ANSWERS } }],
        })),
        // The whole-journey page is also the final check before the agreement is made (WCAG 3.3.4).
        CONTINUE: AGREEMENT,
        BACK: HUB,
      },
    },
    [AGREEMENT]: {
      meta: { kind: 'agreement' },
      on: { BACK: ALL_ANSWERS },
    },
  };
}

/** Every page state of the wizard, keyed by its position (also its ?step= value). */
export function pageStates(): Record<string, { meta: Record<string, string>; on: Record<string, unknown> }> {
  return Object.assign({}, startStates(), hubStates(), ...STAGES.map(stageStates));
}
