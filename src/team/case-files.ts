import { createEnvelope } from '~/core/store/envelope';
import type { Envelope, SavedCase } from '~/core/store/types';
import type { AppFileKind } from '~/core/formats/file-identity';
import type { CaseDetails } from '~/core/formats/case-details';
import type { CaseRecord, FamilyMember } from '~/core/cases/record';
import { newId, readCaseRecord } from '~/core/cases/record';
import { downloadFile } from '~/browser/download-file';
import type { FileError } from '~/core/formats/answers-file';

/*
 * The team's files and links. The sharing code (and its schema) loads only when one is made or read.
 */

const NO_ANSWERS: SavedCase = { answers: {}, skipped: [], stageMarks: {}, position: 'hub' };

/** The whole case as a case file's text, protected with the passphrase when there is one. */
export async function caseFileText(record: CaseRecord, details: Partial<CaseDetails>, passphrase: string) {
  const { createAnswersFile, caseDetailsSchema } = await import('~/core/formats');
  const checked = caseDetailsSchema.safeParse(details);
  return createAnswersFile(
    {
      saved: NO_ANSWERS,
      role: 'investigator',
      ...(checked.success ? { details: checked.data } : {}),
      record,
      now: new Date(),
    },
    passphrase || undefined,
  );
}

/** Downloads the case file as `name` (made by caseFileName). */
export async function downloadCaseFile(
  record: CaseRecord,
  details: Partial<CaseDetails>,
  passphrase: string,
  name: string,
) {
  downloadFile(name, await caseFileText(record, details, passphrase), 'application/json');
}

export type CaseFileResult =
  { ok: true; record: CaseRecord; createdAt: Date } | { ok: false; error: FileError | 'wrong-role-family' };

/** A case file made by the team on this or another device: checked whole before anything is used. */
export async function readCaseFile(text: string, passphrase: string): Promise<CaseFileResult> {
  const { readAnswersFile, expectRole } = await import('~/core/formats');
  const result = expectRole(await readAnswersFile(text, passphrase || undefined), 'investigator');
  if (!result.ok) return { ok: false, error: result.error === 'wrong-role' ? 'wrong-role-family' : result.error };
  const record = readCaseRecord(result.record);
  return record ? { ok: true, record, createdAt: result.createdAt } : { ok: false, error: 'invalid' };
}

export type FamilyFileResult =
  | {
      ok: true;
      member: FamilyMember;
      saved: SavedCase;
      answers: number;
      unreadable: number;
      createdAt: Date;
      /** The case reference the family's copy of the link gave, when the file carries it. */
      reference?: string;
      /** Questions whose answer is longer than the app shows: kept whole in the member's envelope. */
      capped: string[];
    }
  | { ok: false; error: FileError | 'wrong-role-team' | Misplaced };

/** Another of the app's files chosen where a different one belongs: named for what it is. */
export type Misplaced = `is-${AppFileKind}`;

/** The kind of a file refused as not the one wanted, when the app made it. */
export async function misplaced(text: string, wanted: AppFileKind): Promise<Misplaced | undefined> {
  const { misplacedKind } = await import('~/core/formats/file-identity');
  const kind = misplacedKind(text, wanted);
  return kind ? `is-${kind}` : undefined;
}

/** A family member's answers file, to add to a case as its own person (never merged into another's). */
export async function readFamilyFile(text: string, passphrase: string): Promise<FamilyFileResult> {
  const { readAnswersFile, expectRole } = await import('~/core/formats');
  const result = expectRole(await readAnswersFile(text, passphrase || undefined), 'family');
  if (!result.ok) {
    const kind = ['wrong-kind', 'wrong-role', 'not-json'].includes(result.error)
      ? await misplaced(text, 'family-answers')
      : undefined;
    return { ok: false, error: kind ?? (result.error === 'wrong-role' ? 'wrong-role-team' : result.error) };
  }
  const now = new Date();
  return {
    ok: true,
    member: {
      id: newId(),
      importedAt: now.toISOString(),
      fileCreatedAt: result.createdAt.toISOString(),
      // An answer longer than the app shows is never cut in what the case keeps: the file's own answers
      // are kept whole (the reader bounds them each time they are shown), so nothing the family wrote is lost.
      envelope: result.capped.length ? (result.envelope as Envelope) : createEnvelope(result.saved, result.createdAt),
    },
    saved: result.saved,
    answers: Object.keys(result.saved.answers).length,
    unreadable: Object.keys(result.unreadable).length,
    createdAt: result.createdAt,
    ...(result.details?.reference ? { reference: result.details.reference } : {}),
    capped: result.capped,
  };
}

export type LinkResult = { ok: true; fragment: string } | { ok: false; error: 'too-long' | 'wrong-shape' };

export async function makeFamilyLink(details: Partial<CaseDetails>): Promise<LinkResult> {
  const { encodeCaseLink } = await import('~/core/formats');
  const result = await encodeCaseLink(details as CaseDetails);
  return result.ok ? { ok: true, fragment: result.fragment } : result;
}
