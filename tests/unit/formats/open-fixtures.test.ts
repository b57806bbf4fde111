import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyReply } from '~/core/formats/draft-exchange';
import type { DraftCommentsAnswer } from '~/core/questions/draft-comments/rules';
import { REPO_ROOT } from '../../helpers/paths';
import {
  answersFile,
  caseDetails,
  caseFile,
  commentsFile,
  familyLink,
  formatOf,
  replyFile,
  savedAnswers,
  teamCase,
  type Format,
} from './formats';
import { SAVED_AT_ISO, expectCommentRound, expectRhysCase, expectSiansAnswers, expectTeamDetails } from './story';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures');

/** What each format's fixtures must give once opened by today's readers, whatever their version. */
const checks = new Map<Format<unknown>, (opened: unknown, name: string) => void>();
const check = <T>(format: Format<T>, expectations: (opened: T, name: string) => void) =>
  checks.set(format, expectations as (opened: unknown, name: string) => void);

check(familyLink, ({ address, decoded }, name) => {
  // The address a letter prints and its QR code holds: the family's page, the case after '#'.
  expect(address).toMatch(/^https:\/\/[^#]+\/en\/from-your-team\/#[\w-]+$/);
  expect(`family-link.v${decoded.version}.txt`).toBe(name);
  expectTeamDetails(decoded.details);
});

check(answersFile, ({ result, team }) => {
  expect([result.role, result.createdAt.toISOString(), result.unreadable, result.capped]).toEqual([
    'family',
    SAVED_AT_ISO,
    {},
    [],
  ]);
  expectSiansAnswers(result.saved);
  expectCommentRound(result.saved);
  expect(result.saved.stageMarks).toEqual({
    'understanding-you': 'completed',
    'agreeing-how-you-work-together': 'completed',
  });
  // Added to the team's case as one person, every answer readable.
  expect([team.answers, team.unreadable, team.member.fileCreatedAt]).toEqual([
    Object.keys(result.saved.answers).length,
    0,
    SAVED_AT_ISO,
  ]);
});

check(caseFile, ({ record, file }) => {
  expect([file.role, record.createdAt.toISOString()]).toEqual(['investigator', SAVED_AT_ISO]);
  expectRhysCase(record.record);
  expectTeamDetails(file.details);
});

check(savedAnswers, (loaded) => {
  expect([loaded.mode, loaded.savedAt.toISOString(), loaded.unreadable, loaded.capped]).toEqual([
    'device',
    SAVED_AT_ISO,
    {},
    [],
  ]);
  expectSiansAnswers(loaded.saved);
  expectCommentRound(loaded.saved);
  expect(loaded.saved.position).toBe('check-checking-and-finalising-the-report');
});

check(teamCase, (stored) => {
  expect([stored.mode, stored.savedAt]).toEqual(['device', SAVED_AT_ISO]);
  expectRhysCase(stored.record);
});

check(caseDetails, (saved) => {
  expect(saved.savedAt).toBe(SAVED_AT_ISO);
  expectTeamDetails(saved.details);
});

check(commentsFile, (file) => {
  expect(file).toMatchObject({ from: 'Siân Dŵr', reference: 'PSII-2026-0142', number: 1 });
  expect(file.createdAt).toBe('2026-09-20T19:00:00.000Z');
  expect(file.comments.map((c) => [c.id, c.kind, c.where])).toEqual([
    ['c1', 'wrong-fact', 'Page 2'],
    ['c2', 'wrong-fact', 'Section 3.1'],
    ['c3', 'missing', 'Section 4'],
    ['c4', 'hurtful-words', 'Page 4'],
  ]);
  expect(file.comments[0]?.text).toBe('Rhys was 6, not 7.');
  expect(file.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
  expect(file.questions[2]?.question).toBe('Was sepsis considered, and if not, why not?');
});

check(replyFile, (file) => {
  expect([file.createdAt, file.number, file.toVersion]).toEqual(['2026-10-08T15:30:00.000Z', 1, 1]);
  expect(file.responses.map((r) => [r.commentId, r.decision])).toEqual([
    ['c1', 'accepted'],
    ['c2', 'accepted'],
    ['c3', 'partly'],
    ['c4', 'accepted'],
  ]);
  expect(file.contacts).toEqual([
    { date: '2026-03-20', method: 'phone' },
    { date: '2026-09-01', method: 'meeting' },
  ]);
  // And it still goes into the comments of the family who sent version 1 of this exchange.
  const sent: DraftCommentsAnswer = {
    comments: [],
    exchange: file.exchange,
    sent: [{ number: 1, sentAt: '2026-09-20T19:00:00.000Z', comments: [] }],
  };
  const applied = applyReply(sent, file, new Date('2026-11-24T10:00:00.000Z'));
  expect(applied.ok && applied.reply.responses[3]?.reason).toBe('The report now uses Rhys’s name throughout.');
});

/** Earlier versions kept in other folders before this one existed: opened here too, with their own story. */
const ELSEWHERE: [string, Format<unknown>, (opened: unknown) => void][] = [
  [
    'saved/v1-case.json',
    savedAnswers,
    ((loaded: Awaited<ReturnType<typeof savedAnswers.open>>) => {
      expect([loaded.migratedFrom, loaded.savedAt.toISOString(), loaded.unreadable]).toEqual([
        1,
        '2026-11-02T19:45:12.345Z',
        {},
      ]);
      expectSiansAnswers(loaded.saved);
    }) as (opened: unknown) => void,
  ],
];

const inThisFolder = readdirSync(join(FIXTURES, 'formats')).filter((name) => /\.(json|txt)$/.test(name));

describe('every fixture in tests/fixtures/formats, opened by the readers the pages use', () => {
  it('has a format for each file, by the start of its name', () => {
    expect(inThisFolder.filter((name) => !formatOf(name))).toEqual([]);
    expect(inThisFolder.length).toBeGreaterThanOrEqual(checks.size);
  });

  it.each(inThisFolder)('%s opens and says what was written', async (name) => {
    const format = formatOf(name)!;
    const opened = await format.open(readFileSync(join(FIXTURES, 'formats', name), 'utf8'), name);
    checks.get(format)!(opened, name);
  });

  it.each(ELSEWHERE)('%s (an earlier version) opens and says what was written', async (path, format, expectations) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    expectations(await format.open(readFileSync(join(FIXTURES, path), 'utf8'), name));
  });
});
