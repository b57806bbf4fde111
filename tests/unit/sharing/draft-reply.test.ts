import { describe, expect, it } from 'vitest';
import { readReplyFile, writeCommentsFile, readCommentsFile, type CommentsFile } from '~/core/formats/draft-exchange';
import { makeReply, nextReplyNumber, replyProblems, type ReplyDraft } from '~/core/formats/draft-reply';
import { COMMENT_WHERE_MAX, REASON_MAX } from '~/core/questions/draft-comments/rules';

const NOW = new Date('2026-10-08T15:30:00.000Z');

async function received(): Promise<CommentsFile> {
  const read = await readCommentsFile(
    await writeCommentsFile({
      createdAt: '2026-10-01T09:00:00.000Z',
      exchange: 'exchange-1',
      number: 2,
      comments: [
        { id: 'c1', kind: 'wrong-fact', where: 'Page 2', text: 'Rhys was 6, not 7.' },
        { id: 'c2', kind: 'hurtful-words', where: 'Page 4', text: 'Please call him Rhys.' },
      ],
      questions: [{ id: 'q1', question: 'Was sepsis considered?', status: 'not-answered' }],
    }),
  );
  if (!read.ok) throw new Error(read.error);
  return read.file;
}

const draftOf = async (part: Partial<ReplyDraft> = {}): Promise<ReplyDraft> => ({
  exchange: 'exchange-1',
  received: [{ file: await received() }],
  replies: [],
  decisions: {},
  where: {},
  ...part,
});

describe("the team's reply to comments on the draft", () => {
  it('says what stops it as codes, by comment and question number, never words', async () => {
    const draft = await draftOf({
      decisions: {
        c1: { decision: 'not-accepted', reason: '  ' },
        c2: { decision: 'partly', reason: 'x'.repeat(REASON_MAX + 1) },
      },
      where: { q1: 'y'.repeat(COMMENT_WHERE_MAX + 1) },
    });
    expect(replyProblems(draft)).toEqual([
      { code: 'reason-needed', comment: 1 },
      { code: 'reason-too-long', comment: 2, max: REASON_MAX },
      { code: 'where-too-long', question: 1, max: COMMENT_WHERE_MAX },
    ]);
    expect(await makeReply(draft, [], NOW)).toEqual({ ok: false, problems: replyProblems(draft) });
  });

  it('answers the latest comments file: decisions with reasons, where the draft answers, dates of contact only', async () => {
    const draft = await draftOf({
      decisions: { c1: { decision: 'accepted', reason: ' Corrected on page 2. ' } },
      where: { q1: ' Section 6 ' },
      replies: [{ file: { number: 1 } as never }],
    });
    const made = await makeReply(draft, [{ date: '2026-10-03', method: 'phone', summary: 'private' } as never], NOW);
    if (!made.ok) throw new Error('not made');
    expect(nextReplyNumber(draft)).toBe(2);
    expect(made.body).toMatchObject({
      kind: 'draft-comments-reply',
      createdAt: NOW.toISOString(),
      exchange: 'exchange-1',
      number: 2,
      toVersion: 2,
      responses: [{ commentId: 'c1', decision: 'accepted', reason: 'Corrected on page 2.' }],
      ledger: [{ id: 'q1', where: 'Section 6' }],
      contacts: [{ date: '2026-10-03', method: 'phone' }],
    });
    // The file reads back as exactly what the case keeps of it, and never carries the log's notes.
    expect(made.text).not.toContain('private');
    expect(await readReplyFile(made.text)).toEqual({ ok: true, file: made.body });
  });
});
