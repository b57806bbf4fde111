import { keptKeyOf } from './kept-copies';
import { CARRY_PREFIX, STORAGE_KEYS } from './types';

/*
 * Everything this site keeps in a browser, where, and for how long: the storage register. The privacy
 * page lists it in every language, docs/assurance/ points to it, and a test fails when the code uses a
 * key that is not here. Keys come from the code's own constants, so the register cannot drift from them.
 */

export type StorageArea = 'local' | 'session' | 'tab-name' | 'indexeddb' | 'cache';

/** How long an entry is kept; each has words of its own on the privacy page. */
export type KeptFor = 'trust-days' | 'tab' | 'instant' | 'until-deleted' | 'until-read' | 'until-new-version';

export type StorageEntryId =
  | 'answersDevice'
  | 'answersTab'
  | 'drafts'
  | 'kept'
  | 'caseDetails'
  | 'pendingLink'
  | 'carry'
  | 'teamCase'
  | 'teamCaseKept'
  | 'workingAs'
  | 'caseFiles'
  | 'probe'
  | 'offlineFiles';

export interface StorageEntry {
  /** The key, or its start when the rest varies (`*` stands for a case's id). */
  key: string;
  areas: readonly StorageArea[];
  /** The words that say what it holds: `common:storage.what.<id>`. */
  id: StorageEntryId;
  keptFor: KeptFor;
  /** Whose it is: the family's answers or the investigation team's cases. */
  for: 'family' | 'team' | 'everyone';
}

export const STORAGE_REGISTER: readonly StorageEntry[] = [
  { key: STORAGE_KEYS.answers, areas: ['local'], id: 'answersDevice', keptFor: 'trust-days', for: 'family' },
  { key: STORAGE_KEYS.answers, areas: ['session'], id: 'answersTab', keptFor: 'tab', for: 'family' },
  { key: STORAGE_KEYS.drafts, areas: ['local', 'session'], id: 'drafts', keptFor: 'trust-days', for: 'family' },
  { key: STORAGE_KEYS.kept, areas: ['local', 'session'], id: 'kept', keptFor: 'trust-days', for: 'family' },
  {
    key: STORAGE_KEYS.caseDetails,
    areas: ['local', 'session'],
    id: 'caseDetails',
    keptFor: 'until-deleted',
    for: 'family',
  },
  { key: STORAGE_KEYS.pendingLink, areas: ['session'], id: 'pendingLink', keptFor: 'tab', for: 'family' },
  { key: CARRY_PREFIX, areas: ['tab-name'], id: 'carry', keptFor: 'until-read', for: 'family' },
  {
    key: `${STORAGE_KEYS.teamCasePrefix}*`,
    areas: ['session', 'local'],
    id: 'teamCase',
    keptFor: 'until-deleted',
    for: 'team',
  },
  {
    key: keptKeyOf(`${STORAGE_KEYS.teamCasePrefix}*`),
    areas: ['session', 'local'],
    id: 'teamCaseKept',
    keptFor: 'until-deleted',
    for: 'team',
  },
  { key: STORAGE_KEYS.workingAs, areas: ['session'], id: 'workingAs', keptFor: 'tab', for: 'team' },
  { key: STORAGE_KEYS.caseFilesDatabase, areas: ['indexeddb'], id: 'caseFiles', keptFor: 'until-deleted', for: 'team' },
  { key: STORAGE_KEYS.probe, areas: ['local', 'session'], id: 'probe', keptFor: 'instant', for: 'everyone' },
  // The service worker's copy of the site itself (src/config/hosting/offline-worker.ts): never anything a person typed.
  {
    key: `${STORAGE_KEYS.offlineCachePrefix}*`,
    areas: ['cache'],
    id: 'offlineFiles',
    keptFor: 'until-new-version',
    for: 'everyone',
  },
];

/** Whether a key the code writes is in the register (a `*` in a register key stands for any id). */
export function isRegistered(key: string): boolean {
  return STORAGE_REGISTER.some((entry) => {
    const [start, end = ''] = entry.key.split('*') as [string, string?];
    return entry.key.includes('*') ? key === start || (key.startsWith(start) && key.endsWith(end)) : key === entry.key;
  });
}
