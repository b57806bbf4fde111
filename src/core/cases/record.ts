import { z } from 'astro/zod';
import { readEnvelope } from '~/core/store/envelope';
import { COMMENT_WHERE_MAX, DECISIONS, REASON_MAX, type Decision } from '~/core/questions/draft-comments/rules';
import { isCommentsBody, isReplyBody, type CommentsFile, type ReplyFile } from '~/core/formats/draft-exchange';
import type { Envelope, SavedCase } from '~/core/store/types';
import type { AnswerMap } from '~/core/journey/journey';

/*
 * One case as an investigation team keeps it on a device: the setup answers (which become the family
 * link's details), the dates of the relational touchpoints, the contact log, the family members'
 * answers files imported into it (each kept apart), and the agreement versions made with them.
 * Read from storage or a file, so it is checked with a schema before anything uses it.
 */

export const CONTACT_METHODS = ['phone', 'video', 'meeting', 'email', 'letter', 'text', 'other'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const LOG_SUMMARY_MAX = 2000;
export const LOG_WHO_MAX = 200;
export const LOG_ENTRIES_MAX = 500;
export const FAMILIES_MAX = 20;
export const VERSIONS_MAX = 100;
export const PERSON_NAME_MAX = 200;
export const HISTORY_MAX = 200;
export const AGREED_HOW = ['meeting', 'phone', 'letter', 'not-yet'] as const;
export type AgreedHow = (typeof AGREED_HOW)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
const id = z.string().regex(/^[a-z0-9-]{4,40}$/);
/** Who did something: the name the investigator gave when they opened the case (attribution, not a signature). */
const personName = z.string().max(PERSON_NAME_MAX);

export const logEntrySchema = z
  .object({
    id,
    date: isoDay,
    time: z
      .string()
      .regex(/^\d{2}:\d{2}$/)
      .optional(),
    method: z.enum(CONTACT_METHODS),
    who: z.string().max(LOG_WHO_MAX),
    summary: z.string().max(LOG_SUMMARY_MAX),
    /** Who wrote the entry and when (absent on entries made before names were recorded). */
    by: personName.optional(),
    at: isoTime.optional(),
  })
  .strict();
/** A log entry with the texts it had before each correction, oldest first (a correction never overwrites). */
export const loggedEntrySchema = logEntrySchema
  .extend({
    earlier: z
      .array(logEntrySchema.omit({ id: true }))
      .max(50)
      .optional(),
  })
  .strict();
export type ContactLogEntry = z.infer<typeof loggedEntrySchema>;

/** A family member's answers, as their file carried them (an envelope, read through the app's own reader). */
const familySchema = z
  .object({
    id,
    importedAt: isoTime,
    fileCreatedAt: isoTime,
    envelope: z.unknown(),
    /** Who added the member; `fromPaper` when the team typed in a paper form's answers (the day on the form). */
    addedBy: personName.optional(),
    fromPaper: z.object({ by: personName, on: isoDay }).strict().optional(),
  })
  .strict();

/** When and how the family agreed a version: recorded apart from when staff made it. */
const agreedSchema = z.object({ how: z.enum(AGREED_HOW), on: isoDay.optional(), by: personName, at: isoTime }).strict();

/** The details and the family member's answers as they were when a version was made, so it stays readable. */
const versionSchema = z
  .object({
    id,
    number: z.number().int().min(1).max(VERSIONS_MAX),
    madeAt: isoTime,
    familyId: id,
    details: z.record(z.unknown()),
    envelope: z.unknown(),
    madeBy: personName.optional(),
    agreed: agreedSchema.optional(),
  })
  .strict();

/** Something that happened to the case as a whole, kept in order (the owner handed over, for one). */
const caseEventSchema = z
  .object({
    id,
    at: isoTime,
    by: personName,
    event: z.enum(['owner-changed']),
    from: personName.optional(),
    to: personName,
  })
  .strict();

/**
 * One family member's comments on the draft report and the team's replies: every file received and
 * every reply made is kept as it was; `decisions` and `where` are the reply being written now.
 */
const draftRoundSchema = z
  .object({
    exchange: z.string().regex(/^[a-z0-9]{1,40}$/),
    received: z.array(z.object({ importedAt: isoTime, file: z.unknown(), by: personName.optional() }).strict()).max(20),
    replies: z.array(z.object({ madeAt: isoTime, file: z.unknown(), by: personName.optional() }).strict()).max(20),
    decisions: z.record(z.object({ decision: z.enum(DECISIONS), reason: z.string().max(REASON_MAX) }).strict()),
    where: z.record(z.string().max(COMMENT_WHERE_MAX)),
  })
  .strict();

export const caseRecordSchema = z
  .object({
    id,
    createdAt: isoTime,
    changedAt: isoTime,
    setup: z.object({ answers: z.record(z.unknown()), skipped: z.array(z.string().max(60)).max(50) }).strict(),
    /** When the family link was last made: the details it carried may have changed since. */
    linkMadeAt: isoTime.optional(),
    touchpoints: z.record(isoDay),
    log: z.array(loggedEntrySchema).max(LOG_ENTRIES_MAX),
    families: z.array(familySchema).max(FAMILIES_MAX),
    versions: z.array(versionSchema).max(VERSIONS_MAX),
    draftComments: z.array(draftRoundSchema).max(FAMILIES_MAX).optional(),
    /** The investigator who owns the case now, and the case's own history (handovers). */
    owner: personName.optional(),
    history: z.array(caseEventSchema).max(HISTORY_MAX).optional(),
  })
  .strict();
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type Agreed = z.infer<typeof agreedSchema>;

export interface FamilyMember {
  id: string;
  importedAt: string;
  fileCreatedAt: string;
  envelope: Envelope;
  addedBy?: string;
  fromPaper?: { by: string; on: string };
}
export interface AgreementVersion {
  id: string;
  number: number;
  madeAt: string;
  familyId: string;
  details: Record<string, unknown>;
  envelope: Envelope;
  madeBy?: string;
  agreed?: Agreed;
}
export interface DraftRound {
  exchange: string;
  received: { importedAt: string; file: CommentsFile; by?: string }[];
  replies: { madeAt: string; file: ReplyFile; by?: string }[];
  decisions: Record<string, { decision: Decision; reason: string }>;
  where: Record<string, string>;
}
export interface CaseRecord {
  id: string;
  createdAt: string;
  changedAt: string;
  setup: { answers: AnswerMap; skipped: string[] };
  linkMadeAt?: string;
  touchpoints: Record<string, string>;
  log: ContactLogEntry[];
  families: FamilyMember[];
  versions: AgreementVersion[];
  draftComments?: DraftRound[];
  owner?: string;
  history?: CaseEvent[];
}

/** A random id: 12 base-36 characters from the platform's random numbers. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export function newCase(now: Date): CaseRecord {
  const at = now.toISOString();
  return {
    id: newId(),
    createdAt: at,
    changedAt: at,
    setup: { answers: {}, skipped: [] },
    touchpoints: {},
    log: [],
    families: [],
    versions: [],
  };
}

/** A family member's answers, read and bounded by the same reader as the family's own storage. */
export function familyAnswers(member: Pick<FamilyMember, 'envelope'>, now = new Date()): SavedCase | undefined {
  const read = readEnvelope(member.envelope, { now, maxAgeDays: Number.POSITIVE_INFINITY });
  return read.ok ? read.saved : undefined;
}

/** The record if it passes the schema and every family file in it reads; otherwise undefined. */
export function readCaseRecord(value: unknown): CaseRecord | undefined {
  const parsed = caseRecordSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const record = parsed.data as unknown as CaseRecord;
  const readable = [...record.families, ...record.versions].every((m) => familyAnswers(m) !== undefined);
  const rounds = (record.draftComments ?? []).every(
    (r) => r.received.every((x) => isCommentsBody(x.file)) && r.replies.every((x) => isReplyBody(x.file)),
  );
  return readable && rounds ? record : undefined;
}
