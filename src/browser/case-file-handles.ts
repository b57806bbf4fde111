import { STORAGE_KEYS } from '~/core/store/types';
/*
 * The case files on the trust's drive that this browser remembers, so a case opens and saves in place:
 * one row per case in IndexedDB (`ltw-case-files`), holding the browser's handle to the file (the
 * browser asks again before using it), the file's name, when it was last saved or read here, and a
 * fingerprint of its text then. Never the passphrase. "Delete everything" deletes the database.
 * Each call opens and closes the database, so deleting it is never held up by an open connection.
 */

export const CASE_FILES_DATABASE = STORAGE_KEYS.caseFilesDatabase;
const STORE = 'files';

/** A case file this browser saves to in place. */
export interface CaseFileLink {
  caseId: string;
  handle: FileSystemFileHandle;
  name: string;
  /** When the file was last written or read here (ISO). */
  at: string;
  /** SHA-256 of the file's text as last written or read here: a different one means someone else saved. */
  fingerprint: string;
  /** Why it is saved without a passphrase, when the team chose that. */
  noPassphraseBecause?: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(CASE_FILES_DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'caseId' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
    });
  } finally {
    db.close();
  }
}

/** The file this case is linked to here, if any (undefined too when this browser keeps nothing). */
export async function linkedFile(caseId: string): Promise<CaseFileLink | undefined> {
  try {
    return (await run('readonly', (store) => store.get(caseId))) as CaseFileLink | undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the link; false when this browser will not keep it (the case still saves, the team picks again). */
export async function rememberFile(link: CaseFileLink): Promise<boolean> {
  try {
    await run('readwrite', (store) => store.put(link));
    return true;
  } catch {
    return false;
  }
}

export async function forgetFile(caseId: string): Promise<void> {
  try {
    await run('readwrite', (store) => store.delete(caseId));
  } catch {
    // Nothing kept to forget.
  }
}

/** Deletes every remembered case file (never the files themselves); true once the database is gone. */
export function forgetAllCaseFiles(): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.deleteDatabase(CASE_FILES_DATABASE);
      request.onsuccess = () => resolve(true);
      request.onerror = () => resolve(false);
      // Another tab using it this moment lets go at once (each call closes it): success follows.
    } catch {
      resolve(typeof indexedDB === 'undefined');
    }
  });
}

/** A fingerprint of a file's text, to tell whether anyone saved it since. */
export async function fingerprintOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether this browser remembers any case file (false where it cannot tell: then nothing was found either). */
export async function remembersCaseFiles(): Promise<boolean> {
  try {
    const databases = await indexedDB.databases();
    return databases.some((db) => db.name === CASE_FILES_DATABASE);
  } catch {
    return false;
  }
}
