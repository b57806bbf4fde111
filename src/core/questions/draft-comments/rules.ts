import { isRecord } from '~/core/is-record';
import {
  boundRows,
  capDeep,
  isRowList,
  normaliseRows,
  rowErrorMessage,
  rowsAnswered,
  rowsShape,
  validateRows,
  type RowSpec,
} from '~/core/questions/rows';
import type { QuestionBase, TypeRules } from '~/core/questions/base';

/*
 * The family's comments on the draft report, and what came of them. One answer holds it all, so it is
 * saved, merged between tabs, exported and erased like every other answer:
 *   comments  what the family is writing now (edited on the question page);
 *   sent      each set they sent to the team, as sent (numbered, never changed afterwards);
 *   replies   each reply file from the team, as received (numbered, never changed afterwards);
 *   exchange  a random id shared by the comments files and their replies, so a reply for another
 *             family or case is recognised.
 */

export const COMMENT_KINDS = ['wrong-fact', 'missing', 'see-differently', 'hurtful-words'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];
export const DECISIONS = ['accepted', 'partly', 'not-accepted'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface DraftCommentsQuestionSpec extends QuestionBase<'draftComments'> {
  maxComments: number;
}
export interface DraftComment {
  id: string;
  kind?: CommentKind;
  /** Where in the draft: a section, a page, a paragraph. */
  where?: string;
  text: string;
}
export interface SentComments {
  number: number;
  sentAt: string;
  comments: DraftComment[];
  /** Why the family asked for more time, when they did. */
  moreTime?: string;
}
export interface CommentResponse {
  commentId: string;
  decision: Decision;
  reason?: string;
}
export interface TeamReply {
  number: number;
  /** The number of the sent comments this answers. */
  toVersion: number;
  repliedAt: string;
  receivedAt: string;
  responses: CommentResponse[];
  /** Where the draft answers each of the family's questions, by question id, in the team's words. */
  ledger: { id: string; where: string }[];
  /** The dates the team was in touch (its contact log: dates and how, never its notes). */
  contacts: { date: string; method: string }[];
  /** The team's answer to a request for more time. */
  moreTime?: string;
}
export interface DraftCommentsAnswer {
  comments: DraftComment[];
  exchange?: string;
  sent?: SentComments[];
  replies?: TeamReply[];
}

// Limits that keep every version the family sent and every reply within one answers file (FILE_MAX_CHARS):
// a long point is better as two comments, and a family rarely sends more than two or three rounds.
export const COMMENT_TEXT_MAX = 2000;
export const COMMENT_WHERE_MAX = 200;
export const REASON_MAX = 1000;
export const MORE_TIME_MAX = 2000;
export const ROUNDS_MAX = 5;
export const REPLY_LEDGER_MAX = 50;
export const REPLY_CONTACTS_MAX = 100;

const SPEC: RowSpec = {
  list: 'comments',
  fixed: ['text'],
  choice: 'kind',
  choices: COMMENT_KINDS,
  texts: { where: COMMENT_WHERE_MAX, text: COMMENT_TEXT_MAX },
  needs: 'text',
  maxRows: 30,
};
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
export const isCommentList = (v: unknown): v is DraftComment[] => isRowList(SPEC, v);
const isSent = (s: unknown): s is SentComments =>
  isRecord(s) &&
  Number.isInteger(s.number) &&
  typeof s.sentAt === 'string' &&
  isCommentList(s.comments) &&
  optionalString(s.moreTime);
export const isResponse = (r: unknown): r is CommentResponse =>
  isRecord(r) &&
  typeof r.commentId === 'string' &&
  (DECISIONS as readonly unknown[]).includes(r.decision) &&
  optionalString(r.reason);
export const isLedgerNote = (n: unknown): n is TeamReply['ledger'][number] =>
  isRecord(n) && typeof n.id === 'string' && typeof n.where === 'string';
export const isContact = (c: unknown): c is TeamReply['contacts'][number] =>
  isRecord(c) && typeof c.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.date) && typeof c.method === 'string';
const every = (v: unknown, check: (x: unknown) => boolean) => Array.isArray(v) && v.every(check);
const isReply = (r: unknown): r is TeamReply =>
  isRecord(r) &&
  Number.isInteger(r.number) &&
  Number.isInteger(r.toVersion) &&
  typeof r.repliedAt === 'string' &&
  typeof r.receivedAt === 'string' &&
  every(r.responses, isResponse) &&
  every(r.ledger, isLedgerNote) &&
  every(r.contacts, isContact) &&
  optionalString(r.moreTime);
const rounds = (v: unknown, check: (x: unknown) => boolean) => v === undefined || every(v, check);

export const draftCommentsRules: TypeRules<DraftCommentsQuestionSpec, DraftCommentsAnswer> = {
  isShape: (value): value is DraftCommentsAnswer =>
    rowsShape(SPEC, value) &&
    (value.exchange === undefined || (typeof value.exchange === 'string' && /^[a-z0-9]{1,40}$/.test(value.exchange))) &&
    rounds(value.sent, isSent) &&
    rounds(value.replies, isReply),
  isAnswered: (value) => rowsAnswered(SPEC, value) || Boolean(value?.sent?.length || value?.replies?.length),
  validate: (question, value) => validateRows({ ...SPEC, maxRows: question.maxComments }, question, value),
  normalise: (_question, value) => normaliseRows(SPEC, value),
  // What was sent and what came back are kept as they were, within the limits that keep a file small.
  bound: (question, value) => {
    const own = boundRows({ ...SPEC, maxRows: question.maxComments }, value);
    const { sent, replies } = own.value;
    const history = capDeep(
      { sent: sent?.slice(-ROUNDS_MAX), replies: replies?.slice(-ROUNDS_MAX) },
      COMMENT_TEXT_MAX,
      REPLY_CONTACTS_MAX,
    );
    const kept = history.value as Pick<DraftCommentsAnswer, 'sent' | 'replies'>;
    return {
      value: { ...own.value, ...(sent ? { sent: kept.sent } : {}), ...(replies ? { replies: kept.replies } : {}) },
      capped: own.capped || history.capped || (sent?.length ?? 0) > ROUNDS_MAX || (replies?.length ?? 0) > ROUNDS_MAX,
    };
  },
  describe: (_question, value, words) => {
    const t = words.t;
    return {
      kind: 'table',
      headers: (['kind', 'where', 'comment'] as const).map((h) => t(`ui:comments.headers.${h}`)),
      rows: value.comments.map((c) => [c.kind ? t(`ui:comments.kind.${c.kind}`) : '', c.where ?? '', c.text]),
    };
  },
  errorTarget: (question, field) => `${question.id}-${field || '1-text'}`,
  errorMessage: rowErrorMessage,
};
