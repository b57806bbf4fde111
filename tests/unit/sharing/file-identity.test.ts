import { describe, expect, it } from 'vitest';
import { createAnswersFile, encodeCaseLink } from '~/core/formats';
import {
  identifyFile,
  misplacedKind,
  referenceMatch,
  sameContent,
  sameFile,
  type AppFileKind,
} from '~/core/formats/file-identity';
import {
  applyReply,
  markSent,
  readCommentsFile,
  writeCommentsFile,
  writeReplyFile,
} from '~/core/formats/draft-exchange';
import { familyAnswers } from '~/core/cases/record';
import { createEnvelope } from '~/core/store/envelope';
import { readFamilyFile } from '~/team/case-files';
import { COMMENT_TEXT_MAX, REPLY_CONTACTS_MAX } from '~/core/questions/draft-comments/rules';
import { completeFamily } from '../../fixtures/answers/complete-family';

const now = new Date('2026-12-02T10:00:00.000Z');
const saved = { answers: completeFamily, skipped: [], stageMarks: {}, position: 'hub' as const };
const comments = (text = 'Rhys was 6, not 7.') =>
  writeCommentsFile({
    createdAt: now.toISOString(),
    exchange: 'abc123',
    number: 1,
    from: 'Siân Dŵr',
    reference: 'PSII-2026-0142',
    comments: [
      { id: 'c1', kind: 'wrong-fact', where: 'Page 2', text: 'Fine.' },
      { id: 'c2', kind: 'missing', where: 'Page 3', text },
    ],
    questions: [],
  });
const reply = (over: Partial<Parameters<typeof writeReplyFile>[0]> = {}) =>
  writeReplyFile({
    createdAt: now.toISOString(),
    exchange: 'abc123',
    number: 1,
    toVersion: 1,
    responses: [],
    ledger: [],
    contacts: [],
    ...over,
  });

describe('what a chosen file is', () => {
  it('names every file the app makes, without opening a protected one', async () => {
    const link = await encodeCaseLink({ organisation: 'Ysbyty Glan y Môr', reference: 'PSII-1' });
    if (!link.ok) throw new Error(link.error);
    const files: [string, AppFileKind][] = [
      [await createAnswersFile({ saved, role: 'family', now }), 'family-answers'],
      [await createAnswersFile({ saved, role: 'family', now }, 'a passphrase'), 'family-answers'],
      [await createAnswersFile({ saved, role: 'investigator', record: {}, now }, 'team words'), 'case-file'],
      [await comments(), 'comments'],
      [await reply(), 'reply'],
      [link.fragment, 'case-link'],
      [JSON.stringify(createEnvelope(saved, now)), 'saved-copy'],
      [JSON.stringify({ app: 'learn-together-wizard', copies: [] }), 'saved-copy'],
      [JSON.stringify({ app: 'learn-together-wizard', kind: 'case-details', version: 1 }), 'saved-copy'],
      ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\n', 'calendar'],
      ['%PDF-1.7\n%âãÏÓ', 'pdf'],
    ];
    for (const [text, kind] of files) expect(identifyFile(text), kind).toBe(kind);
  });

  it('leaves anything else unnamed: another program’s file, plain text, an answers file of an unknown role', () => {
    expect(identifyFile('{"name":"holiday photos"}')).toBeUndefined();
    expect(identifyFile('dear diary')).toBeUndefined();
    expect(identifyFile('{"app":"learn-together-wizard","kind":"answers-file","role":"cat"}')).toBeUndefined();
  });

  it('says what a file is only when it is not the one the form wants', async () => {
    const text = await comments();
    expect(misplacedKind(text, 'comments')).toBeUndefined();
    expect(misplacedKind(text, 'reply')).toBe('comments');
    expect(misplacedKind(text, 'family-answers')).toBe('comments');
  });
});

describe('which case a file is for', () => {
  it('matches a reference however it is spaced or capitalised, and never guesses without one', () => {
    expect(referenceMatch(' psii-2026-0142 ', 'PSII-2026-0142')).toBe('same');
    expect(referenceMatch('PSII 2026  0142', 'psii 2026 0142')).toBe('same');
    expect(referenceMatch('PSII-2026-0999', 'PSII-2026-0142')).toBe('different');
    expect(referenceMatch(undefined, 'PSII-2026-0142')).toBe('unknown');
    expect(referenceMatch('PSII-2026-0142', '  ')).toBe('unknown');
  });
});

describe('the same file twice', () => {
  it('is the same content in any key order, or the same person’s file made at the same moment', () => {
    expect(sameContent({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    const at = now.toISOString();
    expect(sameFile({ person: 'Siân', createdAt: at, content: { a: 1 } }, { createdAt: 'x', content: { a: 1 } })).toBe(
      true,
    );
    expect(
      sameFile({ person: 'Siân', createdAt: at, content: 1 }, { person: ' siân ', createdAt: at, content: 2 }),
    ).toBe(true);
    expect(sameFile({ person: 'Siân', createdAt: at, content: 1 }, { person: 'Rhys', createdAt: at, content: 2 })).toBe(
      false,
    );
    expect(
      sameFile({ person: 'Siân', createdAt: at, content: 1 }, { person: 'Siân', createdAt: '2027-01-01', content: 2 }),
    ).toBe(false);
  });
});

describe('a text longer than the app keeps', () => {
  it('in a family member’s answers: the case keeps the whole answer, pages show it bounded, and the question is named', async () => {
    const long = 'Ward 7, '.repeat(100);
    const text = await createAnswersFile({
      saved: { ...saved, answers: { ...completeFamily, 'where-it-happened': long } },
      role: 'family',
      now,
    });
    const read = await readFamilyFile(text, '');
    if (!read.ok) throw new Error(read.error);
    expect(read.capped).toEqual(['where-it-happened']);
    expect(JSON.stringify(read.member.envelope)).toContain(long);
    expect(familyAnswers(read.member)!.answers['where-it-happened']).toHaveLength(300);
  });

  it('in a comments file: refused, naming the comment, never cut', async () => {
    expect(await readCommentsFile(await comments('x'.repeat(COMMENT_TEXT_MAX + 1)))).toEqual({
      ok: false,
      error: 'too-long',
      item: 2,
    });
    expect((await readCommentsFile(await comments('x'.repeat(COMMENT_TEXT_MAX)))).ok).toBe(true);
  });

  it('in a reply: added, saying which comment’s reply and how many contacts were left out', async () => {
    const sent = markSent(
      {
        exchange: 'abc123',
        comments: [
          { id: 'c1', kind: 'wrong-fact', where: '', text: 'One' },
          { id: 'c2', kind: 'missing', where: '', text: 'Two' },
        ],
      },
      now,
      undefined,
    );
    const { readReplyFile } = await import('~/core/formats/draft-exchange');
    const read = await readReplyFile(
      await reply({
        responses: [
          { commentId: 'c1', decision: 'accepted', reason: 'Short.' },
          { commentId: 'c2', decision: 'not-accepted', reason: 'y'.repeat(COMMENT_TEXT_MAX + 5) },
        ],
        contacts: Array.from({ length: REPLY_CONTACTS_MAX + 3 }, () => ({ date: '2026-10-03', method: 'phone' })),
      }),
    );
    if (!read.ok) throw new Error(read.error);
    const applied = applyReply(sent, read.file, now);
    expect(applied.ok && applied.cut).toEqual({ comments: [2], contactsLeftOut: 3, other: false });
    const plain = await readReplyFile(await reply());
    expect(plain.ok && applyReply(sent, plain.file, now)).toMatchObject({ ok: true });
    expect(plain.ok && 'cut' in applyReply(sent, plain.file, now)).toBe(false);
  });
});
