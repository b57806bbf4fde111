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

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
const id = z.string().regex(/^[a-z0-9-]{4,40}$/);

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
  })
  .strict();
export type ContactLogEntry = z.infer<typeof logEntrySchema>;

/** A family member's answers, as their file carried them (an envelope, read through the app's own reader). */
const familySchema = z.object({ id, importedAt: isoTime, fileCreatedAt: isoTime, envelope: z.unknown() }).strict();

/** The details and the family member's answers as they were when a version was made, so it stays readable. */
const versionSchema = z
  .object({
    id,
    number: z.number().int().min(1).max(VERSIONS_MAX),
    madeAt: isoTime,
    familyId: id,
    details: z.record(z.unknown()),
    envelope: z.unknown(),
  })
  .strict();

/**
 * One family member's comments on the draft report and the team's replies: every file received and
 * every reply made is kept as it was; `decisions` and `where` are the reply being written now.
 */
const draftRoundSchema = z
  .object({
    exchange: z.string().regex(/^[a-z0-9]{1,40}$/),
    received: z.array(z.object({ importedAt: isoTime, file: z.unknown() }).strict()).max(20),
    replies: z.array(z.object({ madeAt: isoTime, file: z.unknown() }).strict()).max(20),
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
    log: z.array(logEntrySchema).max(LOG_ENTRIES_MAX),
    families: z.array(familySchema).max(FAMILIES_MAX),
    versions: z.array(versionSchema).max(VERSIONS_MAX),
    draftComments: z.array(draftRoundSchema).max(FAMILIES_MAX).optional(),
  })
  .strict();

export interface FamilyMember {
  id: string;
  importedAt: string;
  fileCreatedAt: string;
  envelope: Envelope;
}
export interface AgreementVersion {
  id: string;
  number: number;
  madeAt: string;
  familyId: string;
  details: Record<string, unknown>;
  envelope: Envelope;
}
export interface DraftRound {
  exchange: string;
  received: { importedAt: string; file: CommentsFile }[];
  replies: { madeAt: string; file: ReplyFile }[];
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
