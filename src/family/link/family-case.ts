import { agreementFields, caseDetailsSchema, type CaseDetails } from '~/core/formats';
import { ANSWERS_KEY, CASE_KEY, PENDING_KEY, area, readKey } from '~/browser/family-case-keys';

/*
 * The family's copy of their investigation team's details, saved when they confirm the link is right:
 *   ltw:case = { app, kind: 'case-details', version: 1, savedAt, details }
 * in localStorage, or sessionStorage when localStorage refuses. Storage is untrusted (another app,
 * an old version or a person could have written it), so what is read is checked against the schema
 * before anything of it is shown or used. Loaded only when needed: it brings the schema (zod).
 */

/** APP_ID of src/storage/types.ts, written out: importing it would split storage code out of the wizard's first load. */
const APP_ID = 'learn-together-wizard';
export const CASE_KIND = 'case-details';
export const CASE_VERSION = 1;

export interface CaseEnvelope {
  app: typeof APP_ID;
  kind: typeof CASE_KIND;
  version: typeof CASE_VERSION;
  savedAt: string;
  details: CaseDetails;
}

/** Details read back from storage, or why they could not be used ('none': nothing there). */
export type SavedCaseResult =
  { ok: true; details: CaseDetails; savedAt: string } | { ok: false; error: 'none' | 'unreadable' };

/** Reads and checks text saved under ltw:case. */
export function parseSavedCase(text: string | undefined): SavedCaseResult {
  if (text === undefined) return { ok: false, error: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'unreadable' };
  const envelope = data as Partial<Record<keyof CaseEnvelope, unknown>>;
  if (envelope.app !== APP_ID || envelope.kind !== CASE_KIND || envelope.version !== CASE_VERSION)
    return { ok: false, error: 'unreadable' };
  const checked = caseDetailsSchema.safeParse(envelope.details);
  if (!checked.success) return { ok: false, error: 'unreadable' };
  return { ok: true, details: checked.data, savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : '' };
}

/** The team's details this browser holds, checked. */
export const readSavedCase = (): SavedCaseResult => parseSavedCase(readKey(CASE_KEY));

/** What the wizard uses: the details and the agreement's team fields, or undefined when there are none to trust. */
export function savedTeam(): { details: CaseDetails; fields: ReturnType<typeof agreementFields> } | undefined {
  const saved = readSavedCase();
  return saved.ok ? { details: saved.details, fields: agreementFields(saved.details) } : undefined;
}

/** Where the details were kept: this device, this tab only, or nowhere (only on this page, until it closes). */
export type SavedWhere = 'device' | 'tab' | 'memory';

/** Saves the details (replacing what is there: ask first). localStorage, then sessionStorage. */
export function saveCase(details: CaseDetails, now = new Date()): SavedWhere {
  const envelope: CaseEnvelope = {
    app: APP_ID,
    kind: CASE_KIND,
    version: CASE_VERSION,
    savedAt: now.toISOString(),
    details,
  };
  const text = JSON.stringify(envelope);
  for (const [name, where] of [
    ['local', 'device'],
    ['session', 'tab'],
  ] as const) {
    try {
      const storage = area(name);
      if (!storage) continue;
      storage.setItem(CASE_KEY, text);
      // Read back: some browsers accept a write and keep nothing.
      if (storage.getItem(CASE_KEY) === text) {
        // One copy only, so the wizard never reads an older one from the other area.
        if (name === 'local') removeKey(CASE_KEY, 'session');
        return where;
      }
    } catch {
      // Full or blocked: try the next area.
    }
  }
  return 'memory';
}

function removeKey(key: string, name: 'local' | 'session') {
  try {
    area(name)?.removeItem(key);
  } catch {
    // Nothing to remove, or it cannot be reached.
  }
}

/** Whether two sets of details say the same (key order aside). */
export function sameDetails(a: CaseDetails, b: CaseDetails): boolean {
  const canonical = (value: unknown): unknown =>
    typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([x], [y]) => (x < y ? -1 : 1))
            .map(([k, v]) => [k, canonical(v)]),
        )
      : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** The link waiting for the family to decide, kept for this tab only so a reload still finds it. */
export const pendingLink = {
  read: (): string | undefined => readKey(PENDING_KEY, ['session']),
  keep(payload: string) {
    try {
      area('session')?.setItem(PENDING_KEY, payload);
    } catch {
      // Kept in memory only: a reload before deciding would need the link again.
    }
  },
  forget: () => removeKey(PENDING_KEY, 'session'),
};

/** Whether this browser holds saved answers (only looked for, never read or changed here). */
export const hasSavedAnswers = (): boolean => readKey(ANSWERS_KEY) !== undefined;
