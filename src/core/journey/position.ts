import { PAGES, type Page, type PageSpec, type Position } from './pages';

/**
 * A position's one text form, for the URL (?step=) and for saved answers, read from each page's
 * address in the page registry (pages.ts). Only this file turns positions into text and back.
 */
export type { Page, Position } from './pages';

export const TASK_LIST: Position = { page: 'task-list' };

const ENTRIES = Object.entries(PAGES) as [Page, PageSpec][];

/** The text form: "hub", "check-next-steps", or a step's own id. */
export function encodePosition(position: Position): string {
  const { address } = PAGES[position.page] as PageSpec;
  if ('text' in address) return address.text;
  if ('stagePrefix' in address) return address.stagePrefix + (position as { stage: string }).stage;
  return (position as { step: string }).step;
}

/** Reads the text form back, given which step and stage ids exist; undefined for anything else. */
export function decodePosition<StepId extends string, StageId extends string>(
  text: string | null | undefined,
  known: { isStep(id: string): id is StepId; isStage(id: string): id is StageId },
): Position<StepId, StageId> | undefined {
  if (!text) return undefined;
  const fixed = ENTRIES.find(([, spec]) => 'text' in spec.address && spec.address.text === text);
  if (fixed) return { page: fixed[0] } as Position<StepId, StageId>;
  if (known.isStep(text)) return { page: 'step', step: text };
  for (const [page, { address }] of ENTRIES) {
    if (!('stagePrefix' in address) || !text.startsWith(address.stagePrefix)) continue;
    const stage = text.slice(address.stagePrefix.length);
    if (known.isStage(stage)) return { page, stage } as Position<StepId, StageId>;
  }
  return undefined;
}

export const samePosition = (a: Position | null | undefined, b: Position | null | undefined) =>
  Boolean(a && b) && encodePosition(a!) === encodePosition(b!);

/** Every position of a journey with these steps and stages, in the order of the page registry. */
export function everyPosition(journey: { steps: readonly string[]; stages: readonly string[] }): Position[] {
  return ENTRIES.flatMap(([page, { address }]): Position[] => {
    if ('text' in address) return [{ page } as Position];
    if ('stagePrefix' in address) return journey.stages.map((stage) => ({ page, stage }) as Position);
    return journey.steps.map((step) => ({ page: 'step', step }));
  });
}

/** The texts no step or stage id may take, so no address can mean two pages: "hub", "check-"... */
export const reservedAddresses = () =>
  ENTRIES.flatMap(([, { address }]) =>
    'text' in address ? [address.text] : 'stagePrefix' in address ? [address.stagePrefix] : [],
  );
