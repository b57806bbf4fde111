import { cleanText } from '~/core/text/text';
import { COMMENT_WHERE_MAX, REASON_MAX, type Decision } from '~/core/questions/draft-comments/rules';
import { isReplyBody, replyBody, writeReplyFile, type CommentsFile, type ReplyFile } from './draft-exchange';

/*
 * The team's reply to a family's comments on the draft report, made from what the team has decided
 * on one round: checked first (codes, never words: the page words them), then written as the reply
 * file of draft-exchange.ts.
 */

/** One round of comments as the team's case keeps it while deciding. */
export interface ReplyDraft {
  exchange: string;
  received: readonly { file: CommentsFile }[];
  replies: readonly { file: ReplyFile }[];
  decisions: Readonly<Record<string, { decision: Decision; reason: string }>>;
  where: Readonly<Record<string, string>>;
}

/** What stops a reply being made; comments and questions are numbered from 1, as the page shows them. */
export type ReplyProblem =
  | { code: 'reason-too-long'; comment: number; max: number }
  | { code: 'reason-needed'; comment: number }
  | { code: 'where-too-long'; question: number; max: number };

export type MadeReply = { ok: true; text: string; body: ReplyFile } | { ok: false; problems: ReplyProblem[] };

const latestOf = (draft: ReplyDraft) => draft.received.at(-1)?.file;

/** The number the next reply of this round takes. */
export const nextReplyNumber = (draft: ReplyDraft) => Math.max(0, ...draft.replies.map((r) => r.file.number)) + 1;

/** A reason too long, "not accepted" without a reason, a place in the draft too long. */
export function replyProblems(draft: ReplyDraft): ReplyProblem[] {
  const problems: ReplyProblem[] = [];
  const latest = latestOf(draft);
  latest?.comments.forEach((comment, i) => {
    const reason = draft.decisions[comment.id]?.reason ?? '';
    if (reason.length > REASON_MAX) problems.push({ code: 'reason-too-long', comment: i + 1, max: REASON_MAX });
    if (draft.decisions[comment.id]?.decision === 'not-accepted' && !cleanText(reason))
      problems.push({ code: 'reason-needed', comment: i + 1 });
  });
  latest?.questions.forEach((q, i) => {
    if ((draft.where[q.id] ?? '').length > COMMENT_WHERE_MAX)
      problems.push({ code: 'where-too-long', question: i + 1, max: COMMENT_WHERE_MAX });
  });
  return problems;
}

/**
 * The reply to the round's latest comments file: each decision with its reason, where the draft
 * answers each question, and the dates and ways the team was in touch (never the log's notes, which
 * are the team's own). The file's text to download and its content for the case to keep; nothing
 * when it would not have a reply's shape.
 */
export async function makeReply(
  draft: ReplyDraft,
  contacts: readonly { date: string; method: string }[],
  now: Date,
  /** Who it is from (the organisation) and the case's reference, for the family to see before adding it. */
  about: { from?: string; reference?: string } = {},
): Promise<MadeReply> {
  const problems = replyProblems(draft);
  const latest = latestOf(draft);
  if (problems.length || !latest) return { ok: false, problems };
  const file = {
    createdAt: now.toISOString(),
    exchange: draft.exchange,
    number: nextReplyNumber(draft),
    ...(about.from ? { from: about.from } : {}),
    ...(about.reference ? { reference: about.reference } : {}),
    toVersion: latest.number,
    responses: latest.comments.flatMap((comment) => {
      const d = draft.decisions[comment.id];
      return d
        ? [
            {
              commentId: comment.id,
              decision: d.decision,
              ...(cleanText(d.reason) ? { reason: cleanText(d.reason) } : {}),
            },
          ]
        : [];
    }),
    ledger: latest.questions.flatMap((q) =>
      cleanText(draft.where[q.id]) ? [{ id: q.id, where: cleanText(draft.where[q.id]) }] : [],
    ),
    contacts: contacts.map(({ date, method }) => ({ date, method })),
  };
  const body = replyBody(file);
  if (!isReplyBody(body)) return { ok: false, problems: [] };
  return { ok: true, text: await writeReplyFile(file), body };
}
