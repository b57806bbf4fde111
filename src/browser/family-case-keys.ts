/*
 * Where the family's copy of their investigation team's details is kept, and the link waiting for the
 * family to decide. Both start with 'ltw:', so "Delete everything" removes them with the answers.
 * This file imports only the keys, so the wizard's first load can ask whether anything is there without
 * loading the schema that checks it: the details are read and saved through the one store's
 * case-details kind (src/core/store/case-details-store.ts, loaded by src/family/link/family-case.ts).
 */
import { STORAGE_KEYS } from '~/core/store/types';

export const CASE_KEY = STORAGE_KEYS.caseDetails;
export const PENDING_KEY = STORAGE_KEYS.pendingLink;
export const ANSWERS_KEY = STORAGE_KEYS.answers;

type Area = 'local' | 'session';

/** The storage area, or undefined where the browser blocks it (reaching it can throw). */
export function area(name: Area): Storage | undefined {
  try {
    return name === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The text under `key` in the first area that has it; undefined when there is none or it cannot be read. */
export function readKey(key: string, areas: readonly Area[] = ['local', 'session']): string | undefined {
  for (const name of areas) {
    try {
      const text = area(name)?.getItem(key);
      if (typeof text === 'string') return text;
    } catch {
      // Blocked: try the next area.
    }
  }
  return undefined;
}

/** Whether the team's details may be saved here: a cheap look, so pages with none load nothing more. */
export const hasSavedCase = (): boolean => readKey(CASE_KEY) !== undefined;
