export { createWizardMachine, type WizardMachine } from './wizard-machine';
export { initialContext, modeOf, type Mode } from './moves';
export type { WizardContext, WizardInput, SaveMode } from './context';
export type { WizardEvent } from './events';
