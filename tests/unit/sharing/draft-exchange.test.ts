import { describe, expect, it } from 'vitest';
import {
  applyReply,
  markSent,
  readCommentsFile,
  readReplyFile,
  writeCommentsFile,
  writeReplyFile,
  type CommentsFile,
} from '~/core/formats/draft-exchange';
import type { DraftCommentsAnswer } from '~/core/questions/draft-comments/rules';
import { replyTo } from '~/core/questions/draft-comments/replies';

const SENT = new Date('2026-10-01T09:00:00.000Z');
const REPLIED = new Date('2026-10-08T15:30:00.000Z');
const answer: DraftCommentsAnswer = {
  comments: [
    { id: 'c1', kind: 'wrong-fact', where: 'Page 2', text: 'Rhys was 6, not 7.' },
    { id: 'c2', kind: 'hurtful-words', where: 'Page 4', text: 'Please call him Rhys, not "the child". 💙' },
  ],
};

async function commentsFileOf(sent: DraftCommentsAnswer): Promise<{ text: string; file: CommentsFile }> {
  const round = sent.sent!.at(-1)!;
  const text = await writeCommentsFile({
    createdAt: round.sentAt,
    exchange: sent.exchange!,
    number: round.number,
    comments: round.comments,
    questions: [{ id: 'q1', question: 'Was sepsis considered?', status: 'not-answered' }],
  });
  const read = await readCommentsFile(text);
  if (!read.ok) throw new Error(read.error);
  return { text, file: read.file };
}

async function replyFor(file: CommentsFile, number = 1) {
  return writeReplyFile({
    createdAt: REPLIED.toISOString(),
    exchange: file.exchange,
    number,
    toVersion: file.number,
    responses: [
      { commentId: 'c1', decision: 'accepted', reason: 'Corrected on page 2.' },
      { commentId: 'c2', decision: 'accepted' },
    ],
    ledger: [{ id: 'q1', where: 'Section 6' }],
    contacts: [{ date: '2026-10-03', method: 'phone' }],
  });
}

describe('comments on the draft and the team reply', () => {
  it('go to the team and come back, comment by comment, with nothing the family wrote changed', async () => {
    const sent = markSent(answer, SENT, 'My sister wants to read it too.');
    expect(sent.sent).toHaveLength(1);
    // Asking for more time without saying why is still asking.
    expect(markSent(answer, SENT, '').sent![0]!.moreTime).toBe('');
    expect(sent.comments).toEqual(answer.comments);
    const { file } = await commentsFileOf(sent);
    expect(file.comments).toEqual(answer.comments);

    const reply = await readReplyFile(await replyFor(file));
    if (!reply.ok) throw new Error(reply.error);
    const applied = applyReply(sent, reply.file, new Date('2026-10-09T08:00:00.000Z'));
    if (!applied.ok) throw new Error(applied.error);
    expect(applied.answer.comments).toEqual(answer.comments);
    expect(replyTo(applied.answer, answer.comments[0]!)).toMatchObject({
      response: { decision: 'accepted', reason: 'Corrected on page 2.' },
      changedSince: false,
    });
    expect(applied.reply.ledger).toEqual([{ id: 'q1', where: 'Section 6' }]);
    expect(applied.reply.contacts).toEqual([{ date: '2026-10-03', method: 'phone' }]);
  });

  it('says when the family edited a comment after sending it, and keeps both words', async () => {
    const sent = markSent(answer, SENT, undefined);
    const { file } = await commentsFileOf(sent);
    const edited = {
      ...sent,
      comments: [{ ...sent.comments[0]!, text: 'Rhys was six years old.' }, sent.comments[1]!],
    };
    const reply = await readReplyFile(await replyFor(file));
    if (!reply.ok) throw new Error(reply.error);
    const applied = applyReply(edited, reply.file, REPLIED);
    if (!applied.ok) throw new Error(applied.error);
    const about = replyTo(applied.answer, applied.answer.comments[0]!)!;
    expect(about.changedSince).toBe(true);
    expect(about.asSent?.text).toBe('Rhys was 6, not 7.');
    expect(applied.answer.comments[0]!.text).toBe('Rhys was six years old.');
  });

  it('keeps every version: a second round is numbered 2, and a reply to round 1 is marked as older', async () => {
    const first = markSent(answer, SENT, undefined);
    const second = markSent(first, new Date('2026-10-05T09:00:00.000Z'), undefined);
    expect(second.exchange).toBe(first.exchange);
    expect(second.sent!.map((s) => s.number)).toEqual([1, 2]);
    const { file } = await commentsFileOf(first);
    const reply = await readReplyFile(await replyFor({ ...file, number: 1 }));
    if (!reply.ok) throw new Error(reply.error);
    const applied = applyReply(second, reply.file, REPLIED);
    expect(applied.ok && applied.older).toBe(true);
    // The same reply twice is not added twice.
    if (!applied.ok) return;
    expect(applyReply(applied.answer, reply.file, REPLIED)).toEqual({ ok: false, error: 'already-added' });
  });

  it('turns away a reply meant for another family or case, leaving the comments as they were', async () => {
    const sent = markSent(answer, SENT, undefined);
    const { file } = await commentsFileOf(sent);
    const reply = await readReplyFile(await replyFor({ ...file, exchange: 'someoneelse1' }));
    if (!reply.ok) throw new Error(reply.error);
    expect(applyReply(sent, reply.file, REPLIED)).toEqual({ ok: false, error: 'other-exchange' });
    expect(applyReply({ comments: [] }, reply.file, REPLIED)).toEqual({ ok: false, error: 'other-exchange' });
  });

  it('names what is wrong with a file that is cut short, edited, newer, or another kind', async () => {
    const sent = markSent(answer, SENT, undefined);
    const { text } = await commentsFileOf(sent);
    expect(await readCommentsFile(text.slice(0, text.length / 2))).toEqual({ ok: false, error: 'not-json' });
    expect(await readCommentsFile(text.replace('Rhys was 6', 'Rhys was 9'))).toEqual({ ok: false, error: 'tampered' });
    expect(await readCommentsFile(text.replace('"fileVersion": 1', '"fileVersion": 2'))).toEqual({
      ok: false,
      error: 'too-new',
    });
    expect(await readReplyFile(text)).toEqual({ ok: false, error: 'wrong-kind', kind: 'draft-comments' });
    expect(await readCommentsFile('{"app":"other"}')).toEqual({ ok: false, error: 'wrong-app' });
    expect(await readCommentsFile('   ')).toEqual({ ok: false, error: 'empty' });
  });
});
