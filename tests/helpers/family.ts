import { createActor, type SnapshotFrom } from 'xstate';
import { createWizardMachine, type WizardInput } from '~/core/journey/machine';
import { FAMILY } from '~/core/journey/family';
import { encodePosition } from '~/core/journey/position';

/** The fixed "now" of the machine tests, so "in the future" never changes under them. */
export const NOW = new Date('2026-11-23T12:00:00Z');
export const machine = createWizardMachine(FAMILY, { now: () => NOW });
export type Snapshot = SnapshotFrom<typeof machine>;

export const start = (input: WizardInput = {}) => createActor(machine, { input }).start();
/** Where a snapshot is, in the URL's text form: "hub", "check-next-steps", a step id. */
export const at = (snapshot: Snapshot) => encodePosition(snapshot.context.position);
export const go = (text: string) => FAMILY.decode(text)!;
