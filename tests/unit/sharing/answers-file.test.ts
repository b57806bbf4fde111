import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FILE_MAX_CHARS,
  createAnswersFile,
  expectRole,
  openAnswersFile,
  readAnswersFile,
  writeAnswersFile,
} from '~/core/formats/answers-file';
import { PBKDF2_ITERATIONS } from '~/core/formats/passphrase';
import { fromBase64 } from '~/core/formats/base64';
import type { SavedCase } from '~/core/store';
import { ALL_QUESTIONS, type Answers } from '~/core/journey/schema';
import { SAMPLES } from '~/core/questions/samples';
import { boundAnswer, isAnswerShape, type AnswerValue } from '~/core/questions/rules';
import { completeFamily } from '../../fixtures/answers/complete-family';
import {
  COMMENT_TEXT_MAX,
  COMMENT_WHERE_MAX,
  MORE_TIME_MAX,
  REASON_MAX,
  REPLY_CONTACTS_MAX,
  REPLY_LEDGER_MAX,
  ROUNDS_MAX,
  type DraftCommentsAnswer,
} from '~/core/questions/draft-comments/rules';
import { hostile } from '../../fixtures/answers/hostile';
import { DETAILS } from '../../fixtures/sharing/make-fixtures';

const NOW = new Date('2026-11-20T10:00:00.000Z');
const saved: SavedCase = {
  answers: completeFamily,
  skipped: ['questions-outside-scope'],
  stageMarks: { 'understanding-you': 'completed' },
  position: 'check-understanding-you',
};
/** Test-only: one iteration, so a test that needs many encrypted files stays fast. Never reachable from a file. */
const FAST = { iterations: 1 };
const readFast = (text: string, passphrase?: string) => openAnswersFile(text, passphrase, NOW, 1);

afterEach(() => vi.restoreAllMocks());

describe('createAnswersFile and readAnswersFile', () => {
  it('give back the same answers, role, date and case details from a plain file', async () => {
    const text = await createAnswersFile({ saved, role: 'investigator', details: DETAILS, now: NOW });
    expect(JSON.parse(text)).toMatchObject({
      app: 'learn-together-wizard',
      kind: 'answers-file',
      fileVersion: 1,
      role: 'investigator',
      createdAt: NOW.toISOString(),
      encrypted: false,
    });
    expect(await readAnswersFile(text, undefined, { now: NOW })).toEqual({
      ok: true,
      role: 'investigator',
      saved: { ...saved, changedAt: {} },
      unreadable: {},
      capped: [],
      envelope: JSON.parse(text).envelope,
      createdAt: NOW,
      details: DETAILS,
    });
  });

  it('encrypt with a passphrase (600,000 real iterations) and open again with it', async () => {
    const derive = vi.spyOn(globalThis.crypto.subtle, 'deriveBits');
    const text = await createAnswersFile({ saved, role: 'family', details: DETAILS, now: NOW }, 'Siân’s passphrase ŵ');
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual([
      'app',
      'kind',
      'fileVersion',
      'role',
      'createdAt',
      'encrypted',
      'kdf',
      'cipher',
      'data',
    ]);
    expect(file).toMatchObject({
      encrypted: true,
      kdf: { name: 'PBKDF2', hash: 'SHA-256' },
      cipher: { name: 'AES-GCM' },
    });
    expect([
      fromBase64(file.kdf.salt)?.length,
      fromBase64(file.kdf.check)?.length,
      fromBase64(file.cipher.iv)?.length,
    ]).toEqual([16, 16, 12]);
    expect(text).not.toContain('Rhys');
    expect(file).not.toHaveProperty('kdf.iterations');

    const result = await readAnswersFile(text, 'Siân’s passphrase ŵ', { now: NOW });
    expect(result).toMatchObject({ ok: true, role: 'family', saved: { answers: completeFamily }, details: DETAILS });
    const counts = derive.mock.calls
      .map(([algorithm]) => algorithm as { name: string; iterations?: number })
      .filter((a) => a.name === 'PBKDF2')
      .map((a) => a.iterations);
    expect(counts).toEqual([600_000, 600_000]);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
  });

  it('say "wrong-passphrase" for the wrong passphrase, and "needs-passphrase" for none', async () => {
    const text = await writeAnswersFile({ saved, role: 'family', now: NOW }, 'right', FAST);
    expect(await readFast(text, 'wrong')).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await readFast(text, 'Right')).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await readFast(text)).toEqual({ ok: false, error: 'needs-passphrase' });
    expect(await readFast(text, '')).toEqual({ ok: false, error: 'needs-passphrase' });
    expect(await readFast(text, 'right')).toMatchObject({ ok: true });
  });

  it('use a new salt and IV for every file', async () => {
    const a = JSON.parse(await writeAnswersFile({ saved, role: 'family', now: NOW }, 'p', FAST));
    const b = JSON.parse(await writeAnswersFile({ saved, role: 'family', now: NOW }, 'p', FAST));
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
  });

  it('open with the passphrase however its accents were composed (NFC)', async () => {
    const text = await writeAnswersFile({ saved, role: 'family', now: NOW }, 'caf\u00e9', FAST);
    expect(await readFast(text, 'cafe\u0301')).toMatchObject({ ok: true });
  });

  it('bind the header to the ciphertext: changing the role or date of an encrypted file is "tampered"', async () => {
    const text = await writeAnswersFile({ saved, role: 'investigator', now: NOW }, 'p', FAST);
    const file = JSON.parse(text);
    expect(await readFast(JSON.stringify({ ...file, role: 'family' }), 'p')).toEqual({ ok: false, error: 'tampered' });
    expect(await readFast(JSON.stringify({ ...file, createdAt: '2020-01-01T00:00:00.000Z' }), 'p')).toEqual({
      ok: false,
      error: 'tampered',
    });
  });

  it('carry private (sensitive) answers in the person’s own file, encrypted or not', async () => {
    const withPrivate: SavedCase = { ...saved, answers: { ...completeFamily, 'do-not-share': 'My ex-partner' } };
    for (const passphrase of [undefined, 'p']) {
      const text = await writeAnswersFile({ saved: withPrivate, role: 'family', now: NOW }, passphrase, FAST);
      const result = await readFast(text, passphrase);
      expect(result.ok && result.saved.answers['do-not-share']).toBe('My ex-partner');
    }
  });

  it('keep hostile answers as data, and an empty passphrase writes a plain file', async () => {
    const text = await writeAnswersFile({ saved: { ...saved, answers: hostile }, role: 'family', now: NOW }, '');
    expect(JSON.parse(text).encrypted).toBe(false);
    const result = await readFast(text);
    expect(result.ok && result.saved.answers).toEqual(hostile);
  });

  it('leave the role check to the caller, with expectRole', async () => {
    const text = await writeAnswersFile({ saved, role: 'investigator', now: NOW });
    const result = await readFast(text);
    expect(expectRole(result, 'family')).toEqual({ ok: false, error: 'wrong-role', role: 'investigator' });
    expect(expectRole(result, 'investigator')).toBe(result);
    const failed = { ok: false as const, error: 'empty' as const };
    expect(expectRole(failed, 'family')).toBe(failed);
  });

  it('fits the largest answers the schema allows, in emoji and encrypted, under FILE_MAX_CHARS', async () => {
    // Every free-text field and list at its limit. Bounded with Intl.Segmenter set aside (its fallback
    // counts code points, the same for these one-code-point characters) to keep the test quick.
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    const FILL = '\u2603';
    const keep = new Set(['choice', 'choices', 'day', 'month', 'year']);
    const grow = (value: unknown, key = ''): unknown => {
      if (typeof value === 'string') return keep.has(key) ? value : FILL.repeat(30_000);
      if (Array.isArray(value)) return key === 'choices' ? value : Array.from({ length: 200 }, () => grow(value[0]));
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, grow(v, k)]));
      return value;
    };
    const answers: Record<string, unknown> = {};
    for (const question of ALL_QUESTIONS) {
      const samples = (SAMPLES[question.type].valid as (q: typeof question) => AnswerValue[])(question);
      const largest = samples.map((s) => grow(s)).find((v) => isAnswerShape(question, v)) ?? samples[0];
      answers[question.id] = boundAnswer(question, largest as AnswerValue).value;
    }
    // The comments on the draft keep every round sent and every reply: grown by hand, as their ids must stay ids.
    const comments = ALL_QUESTIONS.find((q) => q.id === 'draft-comments')!;
    const most = boundAnswer(comments, largestDraftComments(FILL));
    expect(most.capped).toBe(false);
    answers['draft-comments'] = most.value;
    vi.unstubAllGlobals();
    // 🙂 is two UTF-16 code units and four UTF-8 bytes: the most a typed character costs.
    const emoji = JSON.parse(JSON.stringify(answers).replaceAll(FILL, '🙂')) as Answers;
    const text = await writeAnswersFile({ saved: { ...saved, answers: emoji }, role: 'family', now: NOW }, 'p', FAST);
    expect(JSON.stringify(answers).length).toBeGreaterThan(900_000);
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(text.length).toBeLessThan(FILE_MAX_CHARS);
  });
});

/** The draft comments at every limit: the most comments, rounds sent and replies, each text at its longest. */
function largestDraftComments(fill: string): DraftCommentsAnswer {
  const text = (n: number) => fill.repeat(n);
  const comments = Array.from({ length: 30 }, (_, i) => ({
    id: `c${i}`,
    kind: 'missing' as const,
    where: text(COMMENT_WHERE_MAX),
    text: text(COMMENT_TEXT_MAX),
  }));
  const at = '2026-11-01T10:00:00.000Z';
  return {
    comments,
    exchange: 'abcdefabcdef',
    sent: Array.from({ length: ROUNDS_MAX }, (_, i) => ({
      number: i + 1,
      sentAt: at,
      comments,
      moreTime: text(MORE_TIME_MAX),
    })),
    replies: Array.from({ length: ROUNDS_MAX }, (_, i) => ({
      number: i + 1,
      toVersion: i + 1,
      repliedAt: at,
      receivedAt: at,
      responses: comments.map((c) => ({ commentId: c.id, decision: 'partly' as const, reason: text(REASON_MAX) })),
      ledger: Array.from({ length: REPLY_LEDGER_MAX }, (_, j) => ({ id: `q${j}`, where: text(COMMENT_WHERE_MAX) })),
      contacts: Array.from({ length: REPLY_CONTACTS_MAX }, () => ({ date: '2026-10-01', method: 'phone' })),
      moreTime: text(MORE_TIME_MAX),
    })),
  };
}
