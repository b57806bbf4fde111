import { isRecord } from '~/core/is-record';
import { hasVisibleText } from '~/core/text/text';
import { draftCommentsRules, type DraftComment, type DraftCommentsAnswer } from './rules';

/*
 * Reading the team's replies against the family's comments. Only the pages and documents that show
 * replies use these, so they stay out of the wizard's first load.
 */

/** The comments as they went in one numbered round, if it was sent. */
export const sentVersionOf = (answer: DraftCommentsAnswer, number: number) =>
  answer.sent?.find((s) => s.number === number);

/** The team's latest word on where the draft answers each of the family's questions, by question id. */
export function teamLedgerNotes(answers: Readonly<Record<string, unknown>> | undefined): Map<string, string> {
  const value = answers?.['draft-comments'];
  const notes = new Map<string, string>();
  if (!isRecord(value) || !draftCommentsRules.isShape(value)) return notes;
  for (const reply of [...(value.replies ?? [])].sort((a, b) => a.number - b.number))
    for (const note of reply.ledger) if (hasVisibleText(note.where)) notes.set(note.id, note.where);
  return notes;
}

/** What the team said about one comment in its latest reply that mentions it, and whether it was edited since sending. */
export function replyTo(answer: DraftCommentsAnswer, comment: DraftComment) {
  const replies = [...(answer.replies ?? [])].sort((a, b) => b.number - a.number);
  for (const reply of replies) {
    const response = reply.responses.find((r) => r.commentId === comment.id);
    if (!response) continue;
    const asSent = sentVersionOf(answer, reply.toVersion)?.comments.find((c) => c.id === comment.id);
    const changedSince =
      asSent !== undefined &&
      (asSent.text !== comment.text || asSent.where !== comment.where || asSent.kind !== comment.kind);
    return { reply, response, asSent, changedSince };
  }
  return undefined;
}
