import { isRecord } from '~/core/is-record';
import {
  isCommentList,
  isContact,
  isLedgerNote,
  isResponse,
  type CommentResponse,
  type DraftComment,
  type DraftCommentsAnswer,
  type TeamReply,
} from '~/core/questions/draft-comments/rules';
import type { LedgerRow } from '~/core/questions/ledger/rules';
import { capDeep } from '~/core/questions/rows';
import { COMMENT_TEXT_MAX, COMMENT_WHERE_MAX, REPLY_CONTACTS_MAX } from '~/core/questions/draft-comments/rules';
import { APP_ID } from '~/core/store/types';
import { canonical } from './canonical';

/*
 * The two files of the draft report's comment round, made and read on the person's own device:
 *
 *   family → team   { app, kind: "draft-comments", fileVersion: 1, createdAt, exchange, number,
 *                     from?, reference?, comments: [...], moreTime?, questions: [ledger rows], digest }
 *   team → family   { app, kind: "draft-comments-reply", fileVersion: 1, createdAt, exchange, number,
 *                     from?, reference?, toVersion, responses: [...], ledger: [{ id, where }], contacts: [{ date, method }],
 *                     moreTime?, digest }
 *
 * `exchange` is a random id the family's first comments file starts; every reply carries it back, so a
 * reply meant for another family or case is recognised. `digest` is the SHA-256 of the rest (keys in
 * order), so a file edited or cut short by hand or by an email system says so instead of being misread.
 * It is not a signature: anyone can make a file, and the person decides whether to trust what it says.
 */

export const COMMENTS_KIND = 'draft-comments';
export const REPLY_KIND = 'draft-comments-reply';
export const EXCHANGE_FILE_VERSION = 1;
/** A full set of comments at their limits, in any script, fits well inside this. */
export const EXCHANGE_MAX_CHARS = 4 * 1024 * 1024;

export interface CommentsFile {
  app: typeof APP_ID;
  kind: typeof COMMENTS_KIND;
  fileVersion: number;
  createdAt: string;
  exchange: string;
  number: number;
  from?: string;
  reference?: string;
  comments: DraftComment[];
  moreTime?: string;
  questions: LedgerRow[];
}
export interface ReplyFile {
  app: typeof APP_ID;
  kind: typeof REPLY_KIND;
  fileVersion: number;
  createdAt: string;
  exchange: string;
  number: number;
  /** Who the reply is from (the organisation) and the case's reference: shown before it is added. */
  from?: string;
  reference?: string;
  toVersion: number;
  responses: CommentResponse[];
  ledger: { id: string; where: string }[];
  contacts: { date: string; method: string }[];
  moreTime?: string;
}

export type ExchangeError =
  | 'empty'
  | 'too-large'
  /** Not JSON: another kind of file, or cut short. */
  | 'not-json'
  | 'wrong-app'
  /** This app's, but another of its files (an answers file, the other side's file). */
  | 'wrong-kind'
  | 'too-new'
  /** The digest does not match: changed after it was made. */
  | 'tampered'
  /** A comment longer than the app keeps (`item`: its number, from 1). */
  | 'too-long'
  | 'invalid';
export type ReadExchange<T> = { ok: true; file: T } | { ok: false; error: ExchangeError; kind?: string; item?: number };

const ID = /^[a-z0-9-]{1,40}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;

async function digestOf(body: object): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(body)));
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function write(body: CommentsFile | ReplyFile): Promise<string> {
  return JSON.stringify({ ...body, digest: await digestOf(body) }, null, 2);
}

export const writeCommentsFile = (file: Omit<CommentsFile, 'app' | 'kind' | 'fileVersion'>) =>
  write({ app: APP_ID, kind: COMMENTS_KIND, fileVersion: EXCHANGE_FILE_VERSION, ...file });
/** A reply file's content: what it says, marked as this app's reply in today's version. */
export const replyBody = (file: Omit<ReplyFile, 'app' | 'kind' | 'fileVersion'>): ReplyFile => ({
  app: APP_ID,
  kind: REPLY_KIND,
  fileVersion: EXCHANGE_FILE_VERSION,
  ...file,
});
export const writeReplyFile = (file: Omit<ReplyFile, 'app' | 'kind' | 'fileVersion'>) => write(replyBody(file));

const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
const head = (v: Record<string, unknown>) =>
  typeof v.createdAt === 'string' &&
  ISO_TIME.test(v.createdAt) &&
  typeof v.exchange === 'string' &&
  ID.test(v.exchange) &&
  Number.isInteger(v.number) &&
  (v.number as number) >= 1;
const isLedgerRow = (r: unknown) =>
  isRecord(r) &&
  typeof r.id === 'string' &&
  typeof r.question === 'string' &&
  optionalString(r.where) &&
  optionalString(r.note);

const SHAPES = {
  [COMMENTS_KIND]: (v: Record<string, unknown>) =>
    head(v) &&
    isCommentList(v.comments) &&
    optionalString(v.from) &&
    optionalString(v.reference) &&
    optionalString(v.moreTime) &&
    Array.isArray(v.questions) &&
    v.questions.every(isLedgerRow),
  [REPLY_KIND]: (v: Record<string, unknown>) =>
    head(v) &&
    optionalString(v.from) &&
    optionalString(v.reference) &&
    Number.isInteger(v.toVersion) &&
    Array.isArray(v.responses) &&
    v.responses.every(isResponse) &&
    Array.isArray(v.ledger) &&
    v.ledger.every(isLedgerNote) &&
    Array.isArray(v.contacts) &&
    v.contacts.every(isContact) &&
    optionalString(v.moreTime),
};

/** A comments file's content (read earlier and kept in a case) still has the shape of one. */
export const isCommentsBody = (v: unknown): v is CommentsFile =>
  isRecord(v) && v.app === APP_ID && v.kind === COMMENTS_KIND && SHAPES[COMMENTS_KIND](v);
export const isReplyBody = (v: unknown): v is ReplyFile =>
  isRecord(v) && v.app === APP_ID && v.kind === REPLY_KIND && SHAPES[REPLY_KIND](v);

async function read<T>(text: string, kind: keyof typeof SHAPES): Promise<ReadExchange<T>> {
  if (!text.trim()) return { ok: false, error: 'empty' };
  if (text.length > EXCHANGE_MAX_CHARS) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(data) || data.app !== APP_ID) return { ok: false, error: 'wrong-app' };
  if (data.kind !== kind)
    return {
      ok: false,
      error: 'wrong-kind',
      ...(typeof data.kind === 'string' ? { kind: data.kind.slice(0, 40) } : {}),
    };
  if (typeof data.fileVersion !== 'number' || !Number.isInteger(data.fileVersion) || data.fileVersion < 1)
    return { ok: false, error: 'invalid' };
  if (data.fileVersion > EXCHANGE_FILE_VERSION) return { ok: false, error: 'too-new' };
  const { digest, ...body } = data;
  if (typeof digest !== 'string' || digest !== (await digestOf(body))) return { ok: false, error: 'tampered' };
  const long = kind === COMMENTS_KIND ? tooLongComment(body.comments) : 0;
  if (long) return { ok: false, error: 'too-long', item: long };
  if (!SHAPES[kind](body)) return { ok: false, error: 'invalid' };
  return { ok: true, file: body as T };
}

/**
 * The number of the first comment longer than the app keeps, or 0. Such a file is refused, never cut:
 * the team replies to each comment, so it must read the family's words whole (and the family's own app
 * never writes one, so it was made or changed elsewhere).
 */
function tooLongComment(comments: unknown): number {
  if (!Array.isArray(comments)) return 0;
  const index = comments.findIndex(
    (c) =>
      isRecord(c) &&
      ((typeof c.text === 'string' && c.text.length > COMMENT_TEXT_MAX) ||
        (typeof c.where === 'string' && c.where.length > COMMENT_WHERE_MAX)),
  );
  return index + 1;
}

export const readCommentsFile = (text: string) => read<CommentsFile>(text, COMMENTS_KIND);
export const readReplyFile = (text: string) => read<ReplyFile>(text, REPLY_KIND);

/** A random exchange id for a family's first comments file. */
export function newExchangeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** The family's comments with a new numbered version marked as sent (what went into the file), nothing else changed. */
export function markSent(
  answer: DraftCommentsAnswer,
  now: Date,
  moreTime: string | undefined,
  exchange: string = answer.exchange ?? newExchangeId(),
): DraftCommentsAnswer {
  const number = Math.max(0, ...(answer.sent ?? []).map((s) => s.number)) + 1;
  // An empty reason still says more time was asked for.
  const sent = {
    number,
    sentAt: now.toISOString(),
    comments: answer.comments,
    ...(moreTime !== undefined ? { moreTime } : {}),
  };
  return { ...answer, exchange, sent: [...(answer.sent ?? []), sent] };
}

/** What of a reply was longer than the app keeps: the comments whose reply was cut (numbered from 1) and the contacts left out. */
export interface ReplyCut {
  comments: number[];
  contactsLeftOut: number;
  /** Something else was cut (the reason for more time, where the draft answers a question). */
  other: boolean;
}

export type ApplyReplyResult =
  | { ok: true; answer: DraftCommentsAnswer; reply: TeamReply; older: boolean; cut?: ReplyCut }
  | { ok: false; error: 'other-exchange' | 'not-sent' | 'already-added' };

/** Adds a team's reply to the family's comments, kept beside the earlier ones; never changes what they wrote. */
export function applyReply(answer: DraftCommentsAnswer | undefined, file: ReplyFile, now: Date): ApplyReplyResult {
  if (!answer?.exchange || answer.exchange !== file.exchange) return { ok: false, error: 'other-exchange' };
  const sent = answer.sent ?? [];
  if (!sent.some((s) => s.number === file.toVersion)) return { ok: false, error: 'not-sent' };
  const replies = answer.replies ?? [];
  if (replies.some((r) => r.number === file.number && r.repliedAt === file.createdAt))
    return { ok: false, error: 'already-added' };
  // Kept within the limits every saved answer has, so a long reply never makes saved answers "too long".
  const reply = capDeep(
    {
      number: file.number,
      toVersion: file.toVersion,
      repliedAt: file.createdAt,
      receivedAt: now.toISOString(),
      responses: file.responses,
      ledger: file.ledger,
      contacts: file.contacts,
      ...(file.moreTime ? { moreTime: file.moreTime } : {}),
    },
    COMMENT_TEXT_MAX,
    REPLY_CONTACTS_MAX,
  ).value as TeamReply;
  const latestSent = Math.max(...sent.map((s) => s.number));
  const cut = replyCut(file, sent.find((s) => s.number === file.toVersion)!.comments);
  return {
    ok: true,
    answer: { ...answer, replies: [...replies, reply] },
    reply,
    older: file.toVersion < latestSent,
    ...(cut ? { cut } : {}),
  };
}

/** Said to the family, never cut silently: the reply file keeps the whole text, so the page tells them to keep it. */
function replyCut(file: ReplyFile, comments: readonly DraftComment[]): ReplyCut | undefined {
  const long = (text: string | undefined) => (text?.length ?? 0) > COMMENT_TEXT_MAX;
  const cutComments = file.responses
    .filter((r) => long(r.reason))
    .map((r) => comments.findIndex((c) => c.id === r.commentId) + 1)
    .filter((n) => n > 0);
  const contactsLeftOut = Math.max(0, file.contacts.length - REPLY_CONTACTS_MAX);
  const other =
    long(file.moreTime) ||
    file.ledger.some((l) => long(l.where)) ||
    file.contacts.some((c) => long(c.method)) ||
    file.responses.length > REPLY_CONTACTS_MAX ||
    file.ledger.length > REPLY_CONTACTS_MAX;
  return cutComments.length || contactsLeftOut || other ? { comments: cutComments, contactsLeftOut, other } : undefined;
}
