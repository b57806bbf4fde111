/**
 * The relational touchpoints an investigator records a date for: the moments that build or lose a
 * family's trust (see content/guidance/en/investigators/). Their words and stages are trust-editable
 * content (content/investigator/<locale>.yaml); the ids are fixed here so a case can keep dates by id
 * and a misspelt id in the content fails the build.
 */
export const TOUCHPOINT_IDS = [
  // Stage 1
  'first-contact',
  'first-meeting',
  'apology',
  // Stage 2
  'agreement-made',
  'named-contact-confirmed',
  'update-rhythm-agreed',
  // Stage 3
  'terms-of-reference-shared',
  'account-heard',
  // Stage 4
  'draft-warning-call',
  'draft-shared',
  'findings-meeting',
  'comments-answered',
  'final-report-shared',
  // Stage 5
  'closing-meeting',
  'first-action-update',
  'later-check-in',
] as const;

export type TouchpointId = (typeof TOUCHPOINT_IDS)[number];

/** The touchpoints every trust's checklists must keep, and the stage (1 to 5) each belongs to. */
export const REQUIRED_TOUCHPOINTS = {
  'first-contact': 1,
  'agreement-made': 2,
  'terms-of-reference-shared': 3,
  'draft-warning-call': 4,
  'draft-shared': 4,
  'closing-meeting': 5,
} as const satisfies Partial<Record<TouchpointId, 1 | 2 | 3 | 4 | 5>>;

export const isTouchpointId = (value: unknown): value is TouchpointId =>
  typeof value === 'string' && (TOUCHPOINT_IDS as readonly string[]).includes(value);
