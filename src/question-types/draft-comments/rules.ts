import { isRecord } from '../../lib/is-record';
import { hasVisibleText } from '../../lib/text';
import { boundText, cleanText, lengthError, requiredError } from '../shared';
import type { FieldError, QuestionBase, QuestionRules } from '../types';

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

export interface DraftCommentsQuestion extends QuestionBase<'draftComments'> {
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
const ID = /^[a-z0-9-]{1,40}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
const isComment = (c: unknown): c is DraftComment =>
  isRecord(c) &&
  typeof c.id === 'string' &&
  ID.test(c.id) &&
  typeof c.text === 'string' &&
  optionalString(c.where) &&
  (c.kind === undefined || (COMMENT_KINDS as readonly unknown[]).includes(c.kind));
export const isCommentList = (v: unknown): v is DraftComment[] =>
  Array.isArray(v) && v.every(isComment) && new Set(v.map((c) => (c as DraftComment).id)).size === v.length;
const isSent = (s: unknown): s is SentComments =>
  isRecord(s) &&
  Number.isInteger(s.number) &&
  typeof s.sentAt === 'string' &&
  ISO_TIME.test(s.sentAt) &&
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
  isRecord(c) && typeof c.date === 'string' && ISO_DAY.test(c.date) && typeof c.method === 'string';
const isReply = (r: unknown): r is TeamReply =>
  isRecord(r) &&
  Number.isInteger(r.number) &&
  Number.isInteger(r.toVersion) &&
  typeof r.repliedAt === 'string' &&
  typeof r.receivedAt === 'string' &&
  Array.isArray(r.responses) &&
  r.responses.every(isResponse) &&
  Array.isArray(r.ledger) &&
  r.ledger.every(isLedgerNote) &&
  Array.isArray(r.contacts) &&
  r.contacts.every(isContact) &&
  optionalString(r.moreTime);

const given = (c: DraftComment) => hasVisibleText(c.text) || hasVisibleText(c.where) || c.kind !== undefined;
const cleanComment = (c: DraftComment): DraftComment => {
  const where = cleanText(c.where);
  return { id: c.id, ...(c.kind ? { kind: c.kind } : {}), ...(where ? { where } : {}), text: cleanText(c.text) };
};
const capped = (text: string | undefined, max: number) => (text === undefined ? undefined : boundText(text, max));

/** The comment as it was sent in a given version, if it was. */
export const sentVersionOf = (answer: DraftCommentsAnswer, number: number) =>
  answer.sent?.find((s) => s.number === number);

/** The team's latest word on where the draft answers each question, by question id. */
export function teamLedgerNotes(answers: Readonly<Record<string, unknown>> | undefined): Map<string, string> {
  const value = answers?.['draft-comments'];
  const replies = isRecord(value) && Array.isArray(value.replies) ? value.replies.filter(isReply) : [];
  const notes = new Map<string, string>();
  for (const reply of [...replies].sort((a, b) => a.number - b.number))
    for (const note of reply.ledger) if (hasVisibleText(note.where)) notes.set(note.id, note.where);
  return notes;
}

/** What the team said about one comment, in its latest reply that mentions it, and whether it was edited since. */
export function replyTo(answer: DraftCommentsAnswer, comment: DraftComment) {
  const replies = [...(answer.replies ?? [])].sort((a, b) => b.number - a.number);
  for (const reply of replies) {
    const response = reply.responses.find((r) => r.commentId === comment.id);
    if (!response) continue;
    const asSent = sentVersionOf(answer, reply.toVersion)?.comments.find((c) => c.id === comment.id);
    const changedSince = asSent !== undefined && (asSent.text !== comment.text || asSent.where !== comment.where || asSent.kind !== comment.kind);
    return { reply, response, asSent, changedSince };
  }
  return undefined;
}

export const draftCommentsRules: QuestionRules<'draftComments'> = {
  isShape: (value): value is DraftCommentsAnswer =>
    isRecord(value) &&
    isCommentList(value.comments) &&
    (value.exchange === undefined || (typeof value.exchange === 'string' && ID.test(value.exchange))) &&
    (value.sent === undefined || (Array.isArray(value.sent) && value.sent.every(isSent))) &&
    (value.replies === undefined || (Array.isArray(value.replies) && value.replies.every(isReply))),
  isAnswered: (value) =>
    (value?.comments ?? []).some(given) || Boolean(value?.sent?.length) || Boolean(value?.replies?.length),
  validate: (question, value) => {
    const comments = value?.comments ?? [];
    const errors: FieldError[] = requiredError(question, comments.some(given));
    if (comments.filter(given).length > question.maxComments)
      errors.push({ field: '', code: 'tooMany', params: { max: question.maxComments } });
    comments.forEach((c, index) => {
      const number = index + 1;
      if (!given(c)) return;
      if (!hasVisibleText(c.text)) errors.push({ field: `${number}-text`, code: 'commentMissing', params: { number } });
      for (const e of lengthError(`${number}-text`, c.text, COMMENT_TEXT_MAX)) errors.push({ ...e, params: { ...e.params, number } });
      for (const e of lengthError(`${number}-where`, c.where, COMMENT_WHERE_MAX)) errors.push({ ...e, params: { ...e.params, number } });
    });
    return errors;
  },
  normalise: (_question, value) => {
    const comments = value.comments.filter(given).map(cleanComment);
    const kept = { ...value, comments };
    return draftCommentsRules.isAnswered(kept) ? kept : undefined;
  },
  bound: (question, value) => {
    let wasCapped = false;
    const bound = (c: DraftComment): DraftComment => {
      const text = boundText(c.text, COMMENT_TEXT_MAX);
      const where = capped(c.where, COMMENT_WHERE_MAX);
      wasCapped ||= text.capped || Boolean(where?.capped);
      return { ...c, text: text.value, ...(where ? { where: where.value } : {}) };
    };
    const comments = value.comments.slice(0, question.maxComments).map(bound);
    wasCapped ||= comments.length < value.comments.length;
    const text = (t: string | undefined, max: number) => {
      const b = capped(t, max);
      wasCapped ||= Boolean(b?.capped);
      return b?.value;
    };
    const sent = value.sent?.slice(-ROUNDS_MAX).map((s) => {
      const moreTime = text(s.moreTime, MORE_TIME_MAX);
      wasCapped ||= s.comments.length > question.maxComments;
      return { ...s, comments: s.comments.slice(0, question.maxComments).map(bound), ...(moreTime ? { moreTime } : {}) };
    });
    const replies = value.replies?.slice(-ROUNDS_MAX).map((r) => {
      wasCapped ||=
        r.responses.length > question.maxComments ||
        r.ledger.length > REPLY_LEDGER_MAX ||
        r.contacts.length > REPLY_CONTACTS_MAX;
      const moreTime = text(r.moreTime, MORE_TIME_MAX);
      return {
        ...r,
        responses: r.responses.slice(0, question.maxComments).map((x) => {
          const reason = text(x.reason, REASON_MAX);
          return { ...x, ...(reason !== undefined ? { reason } : {}) };
        }),
        ledger: r.ledger.slice(0, REPLY_LEDGER_MAX).map((l) => ({ ...l, where: text(l.where, COMMENT_WHERE_MAX) ?? '' })),
        contacts: r.contacts.slice(0, REPLY_CONTACTS_MAX).map((c) => ({ date: c.date, method: text(c.method, 40) ?? '' })),
        ...(moreTime ? { moreTime } : {}),
      };
    });
    wasCapped ||= (value.sent?.length ?? 0) > ROUNDS_MAX || (value.replies?.length ?? 0) > ROUNDS_MAX;
    return { value: { ...value, comments, ...(sent ? { sent } : {}), ...(replies ? { replies } : {}) }, capped: wasCapped };
  },
  describe: (_question, value, words) => {
    const t = words.t;
    return {
      kind: 'table',
      headers: ['kind', 'where', 'comment', 'reply'].map((h) => t(`comments.headers.${h}`, { ns: 'ui' })),
      rows: value.comments.filter(given).map((c) => {
        const reply = replyTo(value, c);
        return [
          c.kind ? t(`comments.kind.${c.kind}`, { ns: 'ui' }) : '',
          c.where ?? '',
          c.text,
          reply
            ? [t(`comments.decision.${reply.response.decision}`, { ns: 'ui' }), reply.response.reason].filter(Boolean).join(': ')
            : '',
        ];
      }),
    };
  },
  errorTarget: (question, field) => `${question.id}-${field || '1-text'}`,
  errorMessage: (_question, error) => ({
    key: error.code === 'commentMissing' ? 'comments.missing' : error.params?.number ? 'ledger.tooLong' : error.code,
    params: error.params,
  }),
};
