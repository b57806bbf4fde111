/*
 * Every format the app keeps or exchanges: how a fixture's name starts, its version today, and how the app
 * opens it (the reader each page uses) and writes it again. tests/unit/formats/*.test.ts run over this table.
 */
import { inflateRawSync } from 'node:zlib';
import { fromBase64, fromBase64Url } from '~/core/formats/base64';
import { decodeCaseLink, encodeCaseLink } from '~/core/formats/link';
import { expectRole, readAnswersFile, writeAnswersFile, type ReadFileResult } from '~/core/formats/answers-file';
import { readCommentsFile, readReplyFile, writeCommentsFile, writeReplyFile } from '~/core/formats/draft-exchange';
import { createMemoryAnswersStore, MemoryStorage, STORAGE_KEYS, type LoadResult } from '~/core/store';
import { CASE_KEY_PREFIX, createTeamCaseStore, type StoredCase } from '~/core/cases/case-store';
import { CASE_DETAILS_KEY, createCaseDetailsStore, type SavedDetails } from '~/core/store/case-details-store';
import { saveCase } from '~/family/link/family-case';
import { CASE_KEY } from '~/browser/family-case-keys';
import { readCaseFile, readFamilyFile, type CaseFileResult, type FamilyFileResult } from '~/team/case-files';
import {
  CASE_ID,
  FAMILY_PASSPHRASE,
  READ_AT,
  TEAM_PASSPHRASE,
  TODAY,
  withWindowStorage,
} from '../../fixtures/formats/make-formats';

export interface Format<Opened> {
  /** What it is, for test names. */
  title: string;
  /** Its fixtures' names start with this and a dot: "saved-answers.v3.json". */
  prefix: string;
  /** Today's version, as it appears in a fixture's name after the prefix. */
  today: string;
  /** Opens a fixture's text with the reader the app uses; throws (with the reader's code) when it cannot. */
  open(text: string, name: string): Promise<Opened>;
  /** What was opened, written again with today's writer: a fixture of today's version must come back the same. */
  rewrite(opened: Opened, text: string): Promise<string>;
  /** Turns a fixture's text into what must not change within one version (JSON, or a link's inflated body). */
  normalise(text: string): unknown;
}

const ok = <T extends { ok: boolean }>(result: T, what: string): Extract<T, { ok: true }> => {
  if (!result.ok) throw new Error(`${what} did not open: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
};
const json = (text: string): unknown => JSON.parse(text);
/** Encrypted files are written again with the salt and IV they carry, so today's writer gives the same bytes. */
const sealedWith = (text: string) => {
  const file = JSON.parse(text) as { encrypted: boolean; kdf?: { salt: string }; cipher?: { iv: string } };
  return file.encrypted ? { salt: fromBase64(file.kdf!.salt)!, iv: fromBase64(file.cipher!.iv)! } : undefined;
};
const passphraseFor = (name: string, passphrase: string) => (name.includes('.passphrase.') ? passphrase : undefined);

/** The link's version byte and its body's JSON, inflated: the compressed bytes may differ between zlib versions. */
function linkBody(address: string): unknown {
  const bytes = fromBase64Url(address.slice(address.indexOf('#') + 1))!;
  const compressed = (bytes[1]! & 0x80) !== 0;
  // From version 2 a CRC-32 of 4 bytes follows the body.
  const rest = bytes.subarray(3, bytes[0]! >= 2 ? -4 : undefined);
  return [bytes[0], JSON.parse(Buffer.from(compressed ? inflateRawSync(rest) : rest).toString('utf8'))];
}

export const familyLink: Format<{
  address: string;
  decoded: Extract<Awaited<ReturnType<typeof decodeCaseLink>>, { ok: true }>;
}> = {
  title: 'the family link, as printed in a letter',
  prefix: 'family-link',
  today: TODAY.familyLink,
  open: async (text) => ({ address: text, decoded: ok(await decodeCaseLink(text), 'the link') }),
  rewrite: async ({ address, decoded }) => {
    const link = ok(await encodeCaseLink(decoded.details), 'encodeCaseLink');
    return `${address.slice(0, address.indexOf('#'))}#${link.fragment}`;
  },
  normalise: linkBody,
};

type OpenedAnswers = { result: Extract<ReadFileResult, { ok: true }>; team: Extract<FamilyFileResult, { ok: true }> };
export const answersFile: Format<OpenedAnswers> = {
  title: "a family's answers file",
  prefix: 'answers-file',
  today: TODAY.answersFile,
  open: async (text, name) => {
    const passphrase = passphraseFor(name, FAMILY_PASSPHRASE);
    // The family opens it on another device (move-answers.ts); the team adds it to a case (case-files.ts).
    const result = ok(expectRole(await readAnswersFile(text, passphrase, { now: READ_AT }), 'family'), 'the file');
    return { result, team: ok(await readFamilyFile(text, passphrase ?? ''), "the team's reader") };
  },
  rewrite: ({ result }, text) =>
    writeAnswersFile(
      { saved: result.saved, role: 'family', now: result.createdAt },
      sealedWith(text) && FAMILY_PASSPHRASE,
      sealedWith(text),
    ),
  normalise: json,
};

type OpenedCaseFile = { record: Extract<CaseFileResult, { ok: true }>; file: Extract<ReadFileResult, { ok: true }> };
export const caseFile: Format<OpenedCaseFile> = {
  title: "the team's case file",
  prefix: 'case-file',
  today: TODAY.answersFile,
  open: async (text, name) => {
    const passphrase = passphraseFor(name, TEAM_PASSPHRASE) ?? '';
    const record = ok(await readCaseFile(text, passphrase), "the team's reader");
    const file = ok(await readAnswersFile(text, passphrase || undefined, { now: READ_AT }), 'the file');
    return { record, file };
  },
  rewrite: ({ file }, text) =>
    writeAnswersFile(
      { saved: file.saved, role: 'investigator', details: file.details, record: file.record, now: file.createdAt },
      sealedWith(text) && TEAM_PASSPHRASE,
      sealedWith(text),
    ),
  normalise: json,
};

type Loaded = Extract<LoadResult, { ok: true }>;
export const savedAnswers: Format<Loaded> = {
  title: "the family's saved answers (localStorage)",
  prefix: 'saved-answers',
  today: TODAY.savedAnswers,
  open: async (text) => {
    const local = new MemoryStorage();
    local.setItem(STORAGE_KEYS.answers, text);
    const store = createMemoryAnswersStore({ maxAgeDays: 365 }, { local, session: new MemoryStorage() });
    // As the wizard opens them: an older version's answers fetch their upgrades first.
    await store.prepare();
    return ok(store.load(READ_AT), 'the saved answers');
  },
  rewrite: async (loaded) => {
    const storages = { local: new MemoryStorage(), session: new MemoryStorage() };
    const store = createMemoryAnswersStore({ maxAgeDays: 365 }, storages);
    ok(store.save(loaded.saved, 'device', { now: loaded.savedAt }), 'save');
    return storages.local.getItem(STORAGE_KEYS.answers)!;
  },
  normalise: json,
};

const storageOf = (entries: Record<string, string> = {}) => {
  const storage = new MemoryStorage();
  for (const [key, value] of Object.entries(entries)) storage.setItem(key, value);
  return storage;
};
export const teamCase: Format<StoredCase> = {
  title: "a team's case as kept in storage",
  prefix: 'team-case',
  today: TODAY.teamCase,
  open: async (text) => {
    const local = storageOf({ [CASE_KEY_PREFIX + CASE_ID]: text });
    const store = createTeamCaseStore({ local: () => local, session: () => storageOf() });
    const [listed] = store.list();
    if (!listed?.ok) throw new Error(`the case did not open: ${listed ? listed.why : 'not listed'}`);
    return listed;
  },
  rewrite: async (stored) => {
    const local = storageOf();
    createTeamCaseStore({ local: () => local, session: () => storageOf() }).create(
      stored.record,
      stored.mode === 'memory' ? 'tab' : stored.mode,
      new Date(stored.savedAt),
    );
    return local.getItem(CASE_KEY_PREFIX + stored.record.id)!;
  },
  normalise: json,
};

export const caseDetails: Format<Extract<SavedDetails, { ok: true }>> = {
  title: "the family's saved case details (from the team's link)",
  prefix: 'case-details',
  today: TODAY.caseDetails,
  open: async (text) => {
    const local = storageOf({ [CASE_DETAILS_KEY]: text });
    return ok(createCaseDetailsStore({ local: () => local, session: () => storageOf() }).read(READ_AT), 'the details');
  },
  rewrite: async ({ details, savedAt }) =>
    withWindowStorage(() => saveCase(details, new Date(savedAt))).getItem(CASE_KEY)!,
  normalise: json,
};

const withoutHeader = <T extends { app: unknown; kind: unknown; fileVersion: unknown }>(file: T) => {
  const { app: _app, kind: _kind, fileVersion: _version, ...rest } = file;
  return rest;
};
export const commentsFile: Format<Extract<Awaited<ReturnType<typeof readCommentsFile>>, { ok: true }>['file']> = {
  title: "the family's comments file",
  prefix: 'comments-file',
  today: TODAY.exchange,
  open: async (text) => ok(await readCommentsFile(text), 'the comments file').file,
  rewrite: (file) => writeCommentsFile(withoutHeader(file)),
  normalise: json,
};

export const replyFile: Format<Extract<Awaited<ReturnType<typeof readReplyFile>>, { ok: true }>['file']> = {
  title: "the team's reply file",
  prefix: 'reply-file',
  today: TODAY.exchange,
  open: async (text) => ok(await readReplyFile(text), 'the reply file').file,
  rewrite: (file) => writeReplyFile(withoutHeader(file)),
  normalise: json,
};

export const FORMATS: readonly Format<unknown>[] = [
  familyLink,
  answersFile,
  caseFile,
  savedAnswers,
  teamCase,
  caseDetails,
  commentsFile,
  replyFile,
];

/** The format a fixture's file name belongs to: "answers-file.v1.answers-v3.json" is an answers file. */
export const formatOf = (name: string) => FORMATS.find((f) => name.startsWith(`${f.prefix}.`));
/** Whether a fixture is of the format's version today: "answers-file.v1.answers-v3.passphrase.json" is, today. */
export const isToday = (format: Format<unknown>, name: string) =>
  name.startsWith(`${format.prefix}.${format.today}.`) &&
  /^(passphrase\.)?(json|txt)$/.test(name.slice(`${format.prefix}.${format.today}.`.length));
