export { createWizardMachine, type WizardMachine } from './wizard-machine';
export { initialContext, modeOf, questionAt } from './moves';
export type { Mode } from '~/core/journey/pages';
export type { WizardContext, WizardInput, SaveMode } from './context';
export type { WizardEvent } from './events';
