export { wizardMachine, POSITIONS, initialContext } from './wizard-machine';
export type { WizardContext, WizardInput, SaveMode } from './context';
export type { WizardEvent } from './events';
