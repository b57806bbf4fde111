import { assign, setup, type AnyStateNodeConfig } from 'xstate';
import type { WizardContext, WizardInput } from './context';
import type { WizardEvent } from './events';
import { errorsFor, guards, prospective, submitted } from './guards';
import { pageStates } from './step-states';

const pages = pageStates();
/** Every page the machine can show; the same strings appear in the URL as ?step=. */
export const POSITIONS = Object.keys(pages);

export function initialContext(input: WizardInput): WizardContext {
  return {
    answers: input.answers ?? {},
    skipped: input.skipped ?? [],
    stageMarks: input.stageMarks ?? {},
    saveMode: input.saveMode ?? null,
    returnTo: null,
    errors: [],
    draft: undefined,
  };
}

const machineSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards,
  actions: {
    /** Stores a Continue's answer, or marks a Skip; both keep every other answer as it was. */
    recordAnswer: assign(({ context, event }, params: { questionId: string }) => {
      const next = prospective(context, params.questionId, event);
      return { answers: next.answers, skipped: next.skipped };
    }),
    showErrors: assign(({ event }, params: { questionId: string }) => ({
      errors: errorsFor(params.questionId, event),
      draft: submitted(event),
    })),
    showChoiceError: assign(({ event }) => ({ errors: [{ field: '', code: 'required' }], draft: submitted(event) })),
    clearErrors: assign({ errors: [], draft: undefined }),
    setReturn: assign((_, params: { position: string }) => ({ returnTo: params.position })),
    clearReturn: assign({ returnTo: null }),
    setSaveMode: assign(({ event }) => ({ saveMode: submitted(event) as 'device' | 'tab' })),
    markStage: assign(({ context, event }, params: { stageId: string }) => ({
      stageMarks: {
        ...context.stageMarks,
        [params.stageId]: submitted(event) === 'yes' ? ('completed' as const) : ('not-completed' as const),
      },
    })),
    reset: assign({
      answers: {},
      skipped: [],
      stageMarks: {},
      saveMode: null,
      returnTo: null,
      errors: [],
      draft: undefined,
    }),
  },
});

// The page states are generated from the schema, so TypeScript cannot follow their guard and action
// names; the machine tests walk every transition instead (tests/unit/wizard/machine.test.ts).
const generatedStates = Object.fromEntries(
  Object.entries(pages).map(([key, config]) => [key, { ...config, entry: [{ type: 'clearErrors' }] }]),
) as Record<string, AnyStateNodeConfig>;

/** The wizard: built from the schema, started from plain saved answers (never from an old snapshot). */
export const wizardMachine = machineSetup.createMachine({
  id: 'wizard',
  context: ({ input }) => initialContext(input),
  initial: 'routing',
  on: {
    GO_TO: POSITIONS.map((position) => ({
      guard: { type: 'resolvesTo', params: { position } },
      target: `.${position}`,
      actions: [{ type: 'clearReturn' }],
    })),
    ERASE: { target: '.routing', actions: [{ type: 'reset' }] },
  },
  states: {
    routing: {
      always: POSITIONS.map((position) => ({ guard: { type: 'startsAt', params: { position } }, target: position })),
    },
    ...(generatedStates as Record<string, never>),
  },
});
