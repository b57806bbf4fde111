import { assign, setup } from 'xstate';
import type { JourneyMap } from '~/core/journey/journey';
import type { WizardContext, WizardInput } from './context';
import type { WizardEvent } from './events';
import { answerErrors, initialContext, merged, modeOf, move, recordedOutside, type Mode } from './moves';

const SAVE_MODES: readonly unknown[] = ['device', 'tab'];
const YES_NO: readonly unknown[] = ['yes', 'no'];

/**
 * The wizard: a few modes (task list, question, check answers...) and a typed `position` in context.
 * Every move is the one `move` action, which asks the journey where it leads; `routing` then shows
 * the mode of the new position. Started from plain saved answers, never from an old snapshot.
 */
export function createWizardMachine(map: JourneyMap, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  const stay = { target: 'routing' as const, actions: 'move' as const };
  return setup({
    types: { context: {} as WizardContext, events: {} as WizardEvent, input: {} as WizardInput },
    guards: {
      showing: ({ context }, params: { mode: Mode }) => modeOf(map, context.position) === params.mode,
      answerHasErrors: ({ context, event }) => answerErrors(map, context, event, now()).length > 0,
      notOneOf: ({ event }, params: { values: readonly unknown[] }) =>
        !(event.type === 'CONTINUE' && params.values.includes(event.value)),
    },
    actions: {
      move: assign(({ context, event }) => move(map, context, event, now())),
      showErrors: assign(({ context, event }) => ({
        errors: answerErrors(map, context, event, now()),
        draft: event.type === 'CONTINUE' ? event.value : undefined,
      })),
      showChoiceError: assign(({ event }) => ({
        errors: [{ field: '', code: 'required' }],
        draft: event.type === 'CONTINUE' ? event.value : undefined,
      })),
      chooseTeamCopy: assign(({ event }) => ({
        privateOnTeamCopy: event.type === 'CHOOSE_TEAM_COPY' && event.include,
      })),
      reset: assign(() => initialContext(map, {})),
      merge: assign(({ context, event }) => (event.type === 'MERGE' ? merged(map, context, event) : {})),
      record: assign(({ context, event }) => (event.type === 'RECORD' ? recordedOutside(map, context, event) : {})),
    },
  }).createMachine({
    id: 'wizard',
    context: ({ input }) => initialContext(map, input),
    initial: 'routing',
    on: {
      GO_TO: { target: '.routing', actions: 'move' },
      ERASE: { target: '.routing', actions: 'reset' },
      MERGE: { target: '.routing', actions: 'merge' },
      RECORD: { actions: 'record' },
    },
    states: {
      routing: {
        always: (
          [
            'saveChoice',
            'taskList',
            'stageIntro',
            'question',
            'notice',
            'stageCheck',
            'stageComplete',
            'allAnswers',
            'confirmation',
            'askForUpdate',
            'agreement',
            'comments',
            'record',
          ] as const
        ).map((mode) => ({ guard: { type: 'showing' as const, params: { mode } }, target: mode })),
      },
      saveChoice: {
        on: {
          CONTINUE: [{ guard: { type: 'notOneOf', params: { values: SAVE_MODES } }, actions: 'showChoiceError' }, stay],
          BACK: stay,
        },
      },
      taskList: { on: { OPEN_STAGE: stay } },
      stageIntro: { on: { CONTINUE: stay, BACK: stay } },
      question: {
        on: {
          CONTINUE: [{ guard: 'answerHasErrors', actions: 'showErrors' }, stay],
          SKIP: stay,
          BACK: stay,
        },
      },
      notice: { on: { CONTINUE: stay, BACK: stay } },
      stageCheck: { on: { CHANGE: stay, CONTINUE: stay, BACK: stay } },
      stageComplete: {
        on: {
          CONTINUE: [{ guard: { type: 'notOneOf', params: { values: YES_NO } }, actions: 'showChoiceError' }, stay],
          BACK: stay,
        },
      },
      allAnswers: {
        on: { CHANGE: stay, CHOOSE_TEAM_COPY: { actions: 'chooseTeamCopy' }, CONTINUE: stay, BACK: stay },
      },
      confirmation: { on: { CONTINUE: stay } },
      askForUpdate: { on: { BACK: stay } },
      agreement: { on: { BACK: stay } },
      comments: { on: { BACK: stay } },
      record: { on: { BACK: stay } },
    },
  });
}

export type WizardMachine = ReturnType<typeof createWizardMachine>;
