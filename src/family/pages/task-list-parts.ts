/*
 * Parts of the task list that load after it: moving answers to and from a file, and the next update
 * with the dates agreed. Apart from the page registry, so the task list can load them without a cycle.
 */
export const loadMoveAnswers = () => import('~/family/wizard/MoveAnswers').then((m) => m.MoveAnswers);
export const loadNextUpdate = () => import('./NextUpdatePanel').then((m) => m.NextUpdatePanel);
