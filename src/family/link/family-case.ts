import { agreementFields, type CaseDetails } from '~/core/formats';
import { createCaseDetailsStore, type SavedDetails } from '~/core/store/case-details-store';
import type { Where } from '~/core/store/types';
import { browserBackends } from '~/browser/storage-backends';
import { ANSWERS_KEY, PENDING_KEY, area, readKey } from '~/browser/family-case-keys';

/*
 * The family's copy of their investigation team's details (ltw:case), through the one store's
 * case-details kind (src/core/store/case-details-store.ts), and the link waiting for them to decide.
 * Loaded only when needed: it brings the schema (zod).
 */

export { sameDetails } from '~/core/store/case-details-store';

const store = createCaseDetailsStore(browserBackends());

/** The team's details this browser holds, checked. */
export const readSavedCase = (): SavedDetails => store.read();

/** What the wizard uses: the details and the agreement's team fields, or undefined when there are none to trust. */
export function savedTeam(): { details: CaseDetails; fields: ReturnType<typeof agreementFields> } | undefined {
  const saved = readSavedCase();
  return saved.ok ? { details: saved.details, fields: agreementFields(saved.details) } : undefined;
}

/** Saves the details (replacing what is there: ask first): this device, else this tab, else only this page. */
export const saveCase = (details: CaseDetails, now = new Date()): Where => store.save(details, now);

function removeKey(key: string, name: 'local' | 'session') {
  try {
    area(name)?.removeItem(key);
  } catch {
    // Nothing to remove, or it cannot be reached.
  }
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
