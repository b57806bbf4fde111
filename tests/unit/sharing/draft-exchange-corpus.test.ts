import { describe, expect, it } from 'vitest';
import { applyReply, readReplyFile } from '~/core/formats/draft-exchange';
import { draftCommentsRules, type DraftCommentsAnswer } from '~/core/questions/draft-comments/rules';
import { EXCHANGE, SENT_AT, exchangeCorpus } from '../../fixtures/draft-exchange/make-corpus';

const comments: DraftCommentsAnswer = {
  comments: [{ id: 'c1', kind: 'wrong-fact', where: 'Page 2', text: 'Rhys was 6, not 7.' }],
  exchange: EXCHANGE,
  sent: [
    {
      number: 1,
      sentAt: SENT_AT,
      comments: [{ id: 'c1', kind: 'wrong-fact', where: 'Page 2', text: 'Rhys was 6, not 7.' }],
    },
    { number: 2, sentAt: '2026-10-05T09:00:00.000Z', comments: [{ id: 'c1', text: 'Rhys was six.' }] },
  ],
};
const before = structuredClone(comments);
const corpus = await exchangeCorpus();

describe('the hostile corpus of reply files', () => {
  it.each(corpus.map((f) => [f.name, f] as const))(
    '%s gives its own outcome and loses nothing',
    async (_name, fixture) => {
      const read = await readReplyFile(fixture.text);
      expect(read.ok ? 'ok' : read.error).toBe(fixture.expect.read);
      if (read.ok) {
        const applied = applyReply(comments, read.file, new Date('2026-10-09T08:00:00.000Z'));
        const outcome = applied.ok ? (applied.older ? 'older' : 'ok') : applied.error;
        expect(outcome).toBe(fixture.expect.apply);
        if (applied.ok) {
          // What the family wrote and sent is untouched, and the result is a valid, bounded answer.
          expect(applied.answer.comments).toEqual(before.comments);
          expect(applied.answer.sent).toEqual(before.sent);
          expect(draftCommentsRules.isShape(applied.answer)).toBe(true);
          const question = { id: 'draft-comments', type: 'draftComments', maxComments: 30 } as const;
          const bounded = draftCommentsRules.bound(question, applied.answer).value;
          expect(JSON.stringify(bounded).length).toBeLessThan(20_000 + 5_000);
        }
      }
      expect(comments).toEqual(before);
    },
  );
});
