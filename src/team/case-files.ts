import { createEnvelope } from '~/core/store/envelope';
import type { SavedCase } from '~/core/store/types';
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
  | { ok: true; member: FamilyMember; answers: number; unreadable: number; createdAt: Date }
  | { ok: false; error: FileError | 'wrong-role-team' };

/** A family member's answers file, to add to a case as its own person (never merged into another's). */
export async function readFamilyFile(text: string, passphrase: string): Promise<FamilyFileResult> {
  const { readAnswersFile, expectRole } = await import('~/core/formats');
  const result = expectRole(await readAnswersFile(text, passphrase || undefined), 'family');
  if (!result.ok) return { ok: false, error: result.error === 'wrong-role' ? 'wrong-role-team' : result.error };
  const now = new Date();
  return {
    ok: true,
    member: {
      id: newId(),
      importedAt: now.toISOString(),
      fileCreatedAt: result.createdAt.toISOString(),
      envelope: createEnvelope(result.saved, result.createdAt),
    },
    answers: Object.keys(result.saved.answers).length,
    unreadable: Object.keys(result.unreadable).length,
    createdAt: result.createdAt,
  };
}

export type LinkResult = { ok: true; fragment: string } | { ok: false; error: 'too-long' | 'wrong-shape' };

export async function makeFamilyLink(details: Partial<CaseDetails>): Promise<LinkResult> {
  const { encodeCaseLink } = await import('~/core/formats');
  const result = await encodeCaseLink(details as CaseDetails);
  return result.ok ? { ok: true, fragment: result.fragment } : result;
}
