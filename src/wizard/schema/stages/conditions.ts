import type { Condition } from '../types';

/** Shared conditions, named so the stage files read like the journey. */
export const aboutSomeoneElse: Condition = { question: 'who-is-filling-in', notEquals: 'patient' };
export const notBereaved: Condition = { question: 'patient-alive', notEquals: 'no' };
