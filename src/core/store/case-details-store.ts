import { caseDetailsSchema, type CaseDetails } from '~/core/formats/case-details';
import type { HeaderSpec } from './header';
import { createVersionedStore, type Kind } from './versioned-store';
import { parseVersioned, removeEntry, writeHeader } from './versioned-kind';
import { SAVE_MODES } from './access';
import { STORAGE_KEYS, type Backends, type SaveMode, type Where } from './types';

/*
 * The family's copy of their investigation team's details, saved when they confirm the link is right:
 *   ltw:case = { app, kind: 'case-details', version: 1, savedAt, details }
 * on this device, or only in this tab when the device refuses. Storage is untrusted (another app, an old
 * version or a person could have written it), so what is read is checked against the schema before
 * anything of it is shown or used. Loaded only when needed: it brings the schema (zod).
 */

export const CASE_DETAILS_KEY = STORAGE_KEYS.caseDetails;
export const CASE_DETAILS_VERSION = 1;
const SPEC: HeaderSpec = { kind: 'case-details', versionField: 'version', version: CASE_DETAILS_VERSION };

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

/** The details are one entry: a tab that changed them wins; both changing them differently is for the family to choose. */
export const CASE_DETAILS_KIND: Kind<CaseDetails, undefined, 'details'> = {
  spec: SPEC,
  parse: parseVersioned(SPEC, {}, (envelope) => {
    const checked = caseDetailsSchema.safeParse(envelope.details);
    return checked.success ? checked.data : undefined;
  }),
  encode: (details, now) => JSON.stringify({ ...writeHeader(SPEC, now), details }),
  merge(base, mine, theirs) {
    if (sameDetails(mine, base) || sameDetails(mine, theirs)) return { merged: theirs, conflicts: [] };
    if (sameDetails(theirs, base)) return { merged: mine, conflicts: [] };
    return { merged: mine, conflicts: ['details'] };
  },
};

export type SavedDetails =
  { ok: true; details: CaseDetails; savedAt: string } | { ok: false; error: 'none' | 'unreadable' };

export function createCaseDetailsStore(backends: Backends) {
  const store = createVersionedStore(backends, CASE_DETAILS_KIND);
  // The device first: details saved only in this tab are the fallback when the device refused them.
  const order: readonly SaveMode[] = [...SAVE_MODES].reverse();
  return {
    /** The details this browser holds, checked; 'unreadable' when something is there that cannot be used. */
    read(now = new Date()): SavedDetails {
      let unreadable = false;
      for (const mode of order) {
        const read = store.read(mode, CASE_DETAILS_KEY, now);
        if (read.ok) return { ok: true, details: read.value, savedAt: read.savedAt.toISOString() };
        if (read.error !== 'nothing-saved' && read.error !== 'unavailable') unreadable = true;
      }
      return { ok: false, error: unreadable ? 'unreadable' : 'none' };
    },
    /**
     * Saves the details (replacing what is there: the page asks first), on the device, else in this tab;
     * 'memory' when neither would keep them. Unreadable text there is kept aside first, never lost.
     */
    save(details: CaseDetails, now = new Date()): Where {
      for (const mode of order) {
        if (!store.save(mode, CASE_DETAILS_KEY, details, { now, force: true }).ok) continue;
        // One copy only, so the wizard never reads an older one from the other storage.
        if (mode === 'device') removeEntry(store, SPEC, 'tab', CASE_DETAILS_KEY);
        return mode;
      }
      return 'memory';
    },
  };
}
