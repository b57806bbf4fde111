import { assign, setup } from 'xstate';
import type { JourneyMap } from '~/core/journey/journey';
import { MODES, type Accepts, type Handling, type Mode } from '~/core/journey/pages';
import type { WizardContext, WizardInput } from './context';
import type { WizardEvent } from './events';
import { answerErrors, initialContext, merged, modeOf, move, recordedOutside } from './moves';

const stay = { target: 'routing' as const, actions: 'move' as const };
/** How a state takes an event, as the page registry says (pages.ts): a move, a checked answer, a choice kept. */
const TRANSITIONS = {
  move: stay,
  answer: [{ guard: 'answerHasErrors' as const, actions: 'showErrors' as const }, stay],
  choose: { actions: 'chooseTeamCopy' as const },
} satisfies Record<Handling, unknown>;

const stateOf = (accepts: Accepts) => ({
  on: Object.fromEntries(Object.entries(accepts).map(([event, handling]) => [event, TRANSITIONS[handling]])),
});

/**
 * The wizard: one state per mode of the page registry (task list, question, check answers...) and a
 * typed `position` in context. Every move is the one `move` action, which asks the journey where it
 * leads; `routing` then shows the mode of the new position. Started from plain saved answers, never
 * from an old snapshot.
 */
export function createWizardMachine(map: JourneyMap, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  return setup({
    types: { context: {} as WizardContext, events: {} as WizardEvent, input: {} as WizardInput },
    guards: {
      showing: ({ context }, params: { mode: Mode }) => modeOf(map, context.position) === params.mode,
      answerHasErrors: ({ context, event }) => answerErrors(map, context, event, now()).length > 0,
    },
    actions: {
      move: assign(({ context, event }) => move(map, context, event, now())),
      showErrors: assign(({ context, event }) => ({
        errors: answerErrors(map, context, event, now()),
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
        always: (Object.keys(MODES) as Mode[]).map((mode) => ({
          guard: { type: 'showing' as const, params: { mode: mode } },
          target: mode,
        })),
      },
      ...Object.fromEntries(Object.entries(MODES).map(([mode, accepts]) => [mode, stateOf(accepts)])),
    },
  });
}

export type WizardMachine = ReturnType<typeof createWizardMachine>;
