import type { CaseClash } from '~/core/cases/case-merge';
import { mergeCaseCopies } from '~/core/cases/case-copies';
import type { CaseDetails } from '~/core/formats/case-details';
import type { CaseRecord } from '~/core/cases/record';
import { fingerprintOf, linkedFile, rememberFile, type CaseFileLink } from '~/browser/case-file-handles';
import { caseFileText, readCaseFile } from '~/team/case-files';

/*
 * A case kept as a file in a folder the trust controls (its secure network drive), opened and saved in
 * place with the File System Access API (Edge and Chrome). The browser's copy is the working copy.
 * The API has no locking, so every save reads the file first: if someone saved it since, the two
 * copies are merged entry by entry (against the copy last read from or written to the file, when this
 * page has it), and the team chooses for each entry both changed before anything is written.
 */

interface PickerWindow {
  showSaveFilePicker?: (options: object) => Promise<FileSystemFileHandle>;
  showOpenFilePicker?: (options: object) => Promise<FileSystemFileHandle[]>;
}
type Permissioned = FileSystemFileHandle & {
  queryPermission?: (options: object) => Promise<PermissionState>;
  requestPermission?: (options: object) => Promise<PermissionState>;
};

const pickers = () => window as unknown as PickerWindow;
const TYPES = [{ description: 'Case file', accept: { 'application/json': ['.json'] } }];

/** Whether this browser can save a file in place (otherwise the case is downloaded and opened as a file). */
export const canUseDrive = () =>
  typeof pickers().showSaveFilePicker === 'function' && typeof pickers().showOpenFilePicker === 'function';

// The copy last read from or written to each case's file, while this page is open: the merge's base.
const bases = new Map<string, CaseRecord>();
// The passphrase for each case's file, while this page is open: never stored, never in the file.
const passphrases = new Map<string, string>();
export const rememberedPassphrase = (caseId: string) => passphrases.get(caseId);

export type DriveProblem =
  'cancelled' | 'permission' | 'needs-passphrase' | 'wrong-passphrase' | 'other-case' | 'not-case' | 'failed';

export type DriveSave =
  | { kind: 'saved'; link: CaseFileLink; record: CaseRecord }
  | { kind: 'ask'; clashes: CaseClash[]; merged: CaseRecord; theirs: CaseRecord; fingerprint: string }
  | { kind: 'problem'; problem: DriveProblem };

interface SaveRequest {
  record: CaseRecord;
  details: Partial<CaseDetails>;
  passphrase: string;
  noPassphraseBecause?: string;
  /** The file's suggested name, when the team chooses a file. */
  name: string;
  /** Choose a file even when the case has one (Save to a different file). */
  chooseAgain?: boolean;
  /** The merged case after the team chose for each clash: written as it is if the file is unchanged since. */
  resolved?: { record: CaseRecord; fingerprint: string };
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

async function allowed(handle: Permissioned): Promise<boolean> {
  const options = { mode: 'readwrite' };
  if (!handle.queryPermission || (await handle.queryPermission(options)) === 'granted') return true;
  return (await handle.requestPermission?.(options)) === 'granted';
}

async function chooseFile(name: string): Promise<FileSystemFileHandle | 'cancelled'> {
  try {
    return await pickers().showSaveFilePicker!({ suggestedName: name, types: TYPES });
  } catch (error) {
    if (isAbort(error)) return 'cancelled';
    throw error;
  }
}

/** Saves the case to its file: reads it first and merges what someone else saved there since. */
export async function saveToDrive(request: SaveRequest): Promise<DriveSave> {
  const { record, passphrase } = request;
  try {
    const linked = request.chooseAgain ? undefined : await linkedFile(record.id);
    const handle = linked?.handle ?? (await chooseFile(request.name));
    if (handle === 'cancelled') return { kind: 'problem', problem: 'cancelled' };
    if (!(await allowed(handle))) return { kind: 'problem', problem: 'permission' };
    const text = await (await handle.getFile()).text();
    const fingerprint = text.trim() === '' ? '' : await fingerprintOf(text);
    let toWrite = record;
    if (request.resolved && request.resolved.fingerprint === fingerprint) toWrite = request.resolved.record;
    else if (fingerprint !== '' && fingerprint !== linked?.fingerprint) {
      const read = await readCaseFile(text, passphrase);
      if (!read.ok) {
        if (read.error === 'needs-passphrase' || read.error === 'wrong-passphrase')
          return { kind: 'problem', problem: read.error };
        // Something else the team chose to replace in the picker; never a case file the passphrase does not open.
        if (!linked && read.error !== 'tampered') toWrite = record;
        else return { kind: 'problem', problem: 'not-case' };
      } else if (read.record.id !== record.id) return { kind: 'problem', problem: 'other-case' };
      else {
        const { merged, conflicts } = mergeCaseCopies(record, read.record, bases.get(record.id));
        if (conflicts.length > 0) return { kind: 'ask', clashes: conflicts, merged, theirs: read.record, fingerprint };
        toWrite = merged;
      }
    }
    const written = await caseFileText(toWrite, request.details, passphrase);
    const writable = await handle.createWritable();
    await writable.write(written);
    await writable.close();
    const link: CaseFileLink = {
      caseId: record.id,
      handle,
      name: handle.name,
      at: new Date().toISOString(),
      fingerprint: await fingerprintOf(written),
      ...(request.noPassphraseBecause ? { noPassphraseBecause: request.noPassphraseBecause } : {}),
    };
    await rememberFile(link);
    bases.set(record.id, toWrite);
    passphrases.set(record.id, passphrase);
    return { kind: 'saved', link, record: toWrite };
  } catch (error) {
    return { kind: 'problem', problem: isAbort(error) ? 'cancelled' : 'failed' };
  }
}

/** A case file chosen on the drive: its handle and text, to check like any case file. */
export async function chooseCaseFileOnDrive(): Promise<{ handle: FileSystemFileHandle; file: File } | undefined> {
  try {
    const [handle] = await pickers().showOpenFilePicker!({ types: TYPES, multiple: false });
    return handle ? { handle, file: await handle.getFile() } : undefined;
  } catch {
    return undefined;
  }
}

/** After a case file from the drive was opened here: it saves back to that file from now on. */
export async function linkOpenedFile(
  handle: FileSystemFileHandle,
  text: string,
  opened: CaseRecord,
  passphrase: string,
): Promise<void> {
  bases.set(opened.id, opened);
  passphrases.set(opened.id, passphrase);
  await rememberFile({
    caseId: opened.id,
    handle,
    name: handle.name,
    at: new Date().toISOString(),
    fingerprint: await fingerprintOf(text),
  });
}
