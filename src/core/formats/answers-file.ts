import { isRecord } from '~/core/is-record';
import { createEnvelope, readEnvelope } from '~/core/store/envelope';
import { APP_ID, type SavedCase } from '~/core/store/types';
import { fromBase64, toBase64 } from './base64';
import { caseDetailsSchema, type CaseDetails } from './case-details';
import { looksLikeCaseLink } from './link';
import { CHECK_BYTES, IV_BYTES, PBKDF2_ITERATIONS, SALT_BYTES, TAG_BYTES, open, seal, type Sealed } from './passphrase';
import { upgrade, type FormatMigration } from './versions';

/*
 * The answers file: a person's own answers (and the case details: the team's own, or in a family's file
 * the ones their link gave, so the team sees which case it is for) as a JSON text
 * file they download, keep, email or move to another device, and open again here. Layout, version 1:
 *
 *   { "app": "learn-together-wizard", "kind": "answers-file", "fileVersion": 1,
 *     "role": "family" | "investigator", "createdAt": "<ISO 8601>",
 *     "encrypted": false, "envelope": { ...saved answers, src/storage/envelope.ts }, "details"?: { ... } }
 *
 * or, with a passphrase,
 *
 *   { ...the same first five fields, "encrypted": true,
 *     "kdf": { "name": "PBKDF2", "hash": "SHA-256", "salt": "<base64, 16 bytes>", "check": "<base64, 16 bytes>" },
 *     "cipher": { "name": "AES-GCM", "iv": "<base64, 12 bytes>" },
 *     "data": "<base64: AES-256-GCM of the UTF-8 JSON { envelope, details? }, 16-byte tag at the end>" }
 *
 * The encrypted form binds the first five fields to the ciphertext (AES-GCM additional data), so editing
 * the role or the date makes the file 'tampered'. The iteration count is the app's constant, never the
 * file's: a "kdf.iterations" in a file is ignored.
 *
 * Private answers (a question's `sensitive` flag, such as who must not be told) DO travel in the file:
 * it is the person's own copy of everything they wrote, and restoring it must give all of it back. What
 * keeps them private is where the file goes, hence the passphrase. They still never appear on a printout.
 *
 * Reading is ordered cheapest first: size, JSON, which app and kind, version, then the encrypted part's
 * exact lengths, all before the one expensive step (the key derivation), so junk costs nothing.
 */

export const FILE_KIND = 'answers-file';
export const FILE_VERSION = 1;
/**
 * 8 MiB of text (UTF-16 code units, as File.text() gives), checked before parsing. Not 2 MB: the schema
 * lets a person write about a million characters in all (long logs and lists at their limits), and in
 * emoji or another script that is about 4 MB of UTF-8, 5.2 million characters once encrypted and base64
 * encoded. The test "fits the largest answers the schema allows" in tests/unit/sharing/answers-file.test.ts
 * keeps this honest. Parsing 8 MB of JSON takes well under a second on a phone.
 */
export const FILE_MAX_CHARS = 8 * 1024 * 1024;

export type Role = 'family' | 'investigator';
const ROLES: readonly string[] = ['family', 'investigator'] satisfies Role[];

export type FileError =
  /** Nothing in the file. */
  | 'empty'
  /** Not JSON: another kind of file, or cut short. */
  | 'not-json'
  /** JSON, but not this app's. */
  | 'wrong-app'
  /** This app's, but not an answers file: a case link, or the saved answers from a browser's storage. */
  | 'wrong-kind'
  /** Made by a newer version of the app (file or answers). */
  | 'too-new'
  /** Encrypted, and no passphrase was given: ask for it. */
  | 'needs-passphrase'
  /** The passphrase does not open it. */
  | 'wrong-passphrase'
  /** The encrypted part was changed or damaged: lengths wrong, ciphertext cut or edited, header edited. */
  | 'tampered'
  /** Larger than FILE_MAX_CHARS: not looked at. */
  | 'too-large'
  /** Opened, but what is inside cannot be read as answers. */
  | 'invalid';

export type ReadFileResult =
  | {
      ok: true;
      role: Role;
      /** Read back through the app's own envelope reader (readEnvelope), so every answer is checked and bounded by the schema. */
      saved: SavedCase;
      /** Answers that could not be read, by question id: show them to the person, never drop them silently. */
      unreadable: Record<string, unknown>;
      /** Questions whose answer was longer than the schema allows and was cut to fit in `saved`. */
      capped: string[];
      /** The answers as the file carried them, nothing cut: what a caller keeps when `capped` is not empty. */
      envelope: unknown;
      createdAt: Date;
      details?: CaseDetails;
      /** Case details that were in the file but failed the schema, kept as they were. */
      unreadableDetails?: unknown;
      /** The answers' schema version, when they had to be upgraded. */
      migratedFrom?: number;
      /** An investigator's case record (src/cases/record.ts), unchecked here: the caller reads it with its schema. */
      record?: unknown;
    }
  | { ok: false; error: FileError };

/** Upgrades of the file's outer JSON, keyed by the file version they upgrade from. None yet. */
export const FILE_MIGRATIONS: Readonly<Record<number, FormatMigration>> = {};

export interface AnswersFileInput {
  saved: SavedCase;
  role: Role;
  details?: CaseDetails;
  /** The investigator's case record: touchpoints, contact log, family members, agreement versions. */
  record?: unknown;
  now: Date;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const utf8 = new TextEncoder();

/** The header fields an encrypted file binds to its ciphertext, as bytes. */
const associatedData = (fileVersion: number, role: string, createdAt: string) =>
  utf8.encode(JSON.stringify([APP_ID, FILE_KIND, fileVersion, role, createdAt]));

/** The text of an answers file, encrypted when a passphrase is given. */
export function createAnswersFile(input: AnswersFileInput, passphrase?: string): Promise<string> {
  return writeAnswersFile(input, passphrase);
}

/** Reads an answers file; never throws. `now` decides what counts as "from the future" in the answers. */
export function readAnswersFile(
  text: string,
  passphrase?: string,
  options: { now?: Date } = {},
): Promise<ReadFileResult> {
  return openAnswersFile(text, passphrase, options.now ?? new Date(), PBKDF2_ITERATIONS);
}

/** The caller's check that a file is the one it expects (a family opening the team's file, say). */
export function expectRole(
  result: ReadFileResult,
  role: Role,
): ReadFileResult | { ok: false; error: 'wrong-role'; role: Role } {
  return result.ok && result.role !== role ? { ok: false, error: 'wrong-role', role: result.role } : result;
}

/**
 * @internal createAnswersFile with test-only settings: a fixed salt and IV (reproducible fixtures) or fewer
 * iterations (fast property tests). The app never calls it with them.
 */
export async function writeAnswersFile(
  { saved, role, details, record, now }: AnswersFileInput,
  passphrase?: string,
  testing: { salt?: Uint8Array<ArrayBuffer>; iv?: Uint8Array<ArrayBuffer>; iterations?: number } = {},
): Promise<string> {
  const createdAt = now.toISOString();
  const header = { app: APP_ID, kind: FILE_KIND, fileVersion: FILE_VERSION, role, createdAt };
  const contents = {
    envelope: createEnvelope(saved, now),
    ...(details ? { details } : {}),
    ...(record !== undefined ? { record } : {}),
  };
  if (passphrase === undefined || passphrase === '')
    return JSON.stringify({ ...header, encrypted: false, ...contents }, null, 2);

  const plaintext = utf8.encode(JSON.stringify(contents));
  const sealed = await seal(plaintext, passphrase, associatedData(FILE_VERSION, role, createdAt), testing);
  return JSON.stringify(
    {
      ...header,
      encrypted: true,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', salt: toBase64(sealed.salt), check: toBase64(sealed.check) },
      cipher: { name: 'AES-GCM', iv: toBase64(sealed.iv) },
      data: toBase64(sealed.data),
    },
    null,
    2,
  );
}

/** @internal readAnswersFile with the iteration count as a parameter, for fast property tests only. */
export async function openAnswersFile(
  text: string,
  passphrase: string | undefined,
  now: Date,
  iterations: number,
): Promise<ReadFileResult> {
  try {
    return await read(text, passphrase, now, iterations);
  } catch {
    // Nothing in read() is expected to throw; a platform surprise still must not reach the page.
    return { ok: false, error: 'invalid' };
  }
}

type Failure = { ok: false; error: FileError };
const fail = (error: FileError): Failure => ({ ok: false, error });

async function read(text: unknown, passphrase: unknown, now: Date, iterations: number): Promise<ReadFileResult> {
  if (typeof text !== 'string' || text.trim() === '') return fail('empty');
  if (text.length > FILE_MAX_CHARS) return fail('too-large');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(looksLikeCaseLink(text) ? 'wrong-kind' : 'not-json');
  }
  if (!isRecord(data) || data.app !== APP_ID) return fail('wrong-app');
  if (data.kind !== FILE_KIND) return fail('wrong-kind');
  const { fileVersion } = data;
  if (typeof fileVersion !== 'number' || !Number.isInteger(fileVersion) || fileVersion < 1) return fail('invalid');
  if (fileVersion > FILE_VERSION) return fail('too-new');
  const upgraded = upgrade(data, fileVersion, FILE_MIGRATIONS, FILE_VERSION);
  if (!upgraded.ok) return fail('invalid');
  const file = upgraded.data;

  const { role, createdAt } = file;
  if (typeof role !== 'string' || !ROLES.includes(role)) return fail('invalid');
  if (typeof createdAt !== 'string' || !ISO_DATE_TIME.test(createdAt) || Number.isNaN(Date.parse(createdAt)))
    return fail('invalid');

  let contents: unknown;
  if (file.encrypted === false) {
    contents = { envelope: file.envelope, details: file.details, record: file.record };
  } else if (file.encrypted === true) {
    const sealed = readSealed(file);
    if (!sealed) return fail('tampered');
    if (typeof passphrase !== 'string' || passphrase === '') return fail('needs-passphrase');
    // The only expensive step, reached only by a file whose every field is well formed.
    const opened = await open(sealed, passphrase, associatedData(FILE_VERSION, role, createdAt), iterations);
    if (!opened.ok) return fail(opened.error);
    try {
      contents = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(opened.plaintext));
    } catch {
      return fail('invalid');
    }
  } else return fail('invalid');

  if (!isRecord(contents)) return fail('invalid');
  const parsed = readEnvelope(contents.envelope, {
    now,
    // Expiry is for what a browser keeps; a file is the person's to keep as long as they like.
    maxAgeDays: Number.POSITIVE_INFINITY,
  });
  if (!parsed.ok) return fail(parsed.error === 'too-new' ? 'too-new' : 'invalid');

  const details = contents.details === undefined ? undefined : caseDetailsSchema.safeParse(contents.details);
  return {
    ok: true,
    role: role as Role,
    saved: parsed.saved,
    unreadable: parsed.unreadable,
    capped: parsed.capped,
    envelope: contents.envelope,
    createdAt: new Date(createdAt),
    ...(details?.success ? { details: details.data } : {}),
    ...(details && !details.success ? { unreadableDetails: contents.details } : {}),
    ...(parsed.migratedFrom !== undefined ? { migratedFrom: parsed.migratedFrom } : {}),
    ...(contents.record !== undefined ? { record: contents.record } : {}),
  };
}

/** The encrypted part, when every field is there with exactly the right length; undefined otherwise. */
function readSealed(file: Record<string, unknown>): Sealed | undefined {
  const { kdf, cipher, data } = file;
  if (!isRecord(kdf) || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') return undefined;
  if (!isRecord(cipher) || cipher.name !== 'AES-GCM') return undefined;
  const bytes = (value: unknown, length?: number) => {
    const decoded = typeof value === 'string' ? fromBase64(value) : undefined;
    return decoded && (length === undefined || decoded.length === length) ? decoded : undefined;
  };
  const salt = bytes(kdf.salt, SALT_BYTES);
  const check = bytes(kdf.check, CHECK_BYTES);
  const iv = bytes(cipher.iv, IV_BYTES);
  const ciphertext = bytes(data);
  // The smallest plaintext, {"envelope":{}}, is 15 bytes; with the tag, anything shorter was cut.
  if (!salt || !check || !iv || !ciphertext || ciphertext.length < TAG_BYTES + 15) return undefined;
  return { salt, iv, check, data: ciphertext };
}
