import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEnvelope, parseEnvelope, type SavedCase } from '~/core/store';
import { SCHEMA_VERSION } from '~/core/journey/schema';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { hostile } from '../../fixtures/answers/hostile';
import { REPO_ROOT } from '../../helpers/paths';

const SAVED_DIR = join(REPO_ROOT, 'tests/fixtures/saved');
const savedText = (file: string) => readFileSync(join(SAVED_DIR, file), 'utf8');

const SAVED_AT = new Date('2026-11-02T19:45:12.345Z');
const DAY = 24 * 60 * 60 * 1000;
const soon = { now: new Date(SAVED_AT.getTime() + DAY), maxAgeDays: 90 };

const familyCase: SavedCase = {
  answers: completeFamily,
  skipped: ['questions-outside-scope'],
  stageMarks: { 'understanding-you': 'completed', 'next-steps': 'not-completed' },
  position: 'check-understanding-you',
};

const roundTrip = (saved: SavedCase) => parseEnvelope(JSON.stringify(createEnvelope(saved, SAVED_AT)), soon);

describe('createEnvelope and parseEnvelope', () => {
  it('give back the same case after a trip through JSON', () => {
    const result = roundTrip(familyCase);
    expect(result).toEqual({
      ok: true,
      saved: { ...familyCase, changedAt: {} },
      savedAt: SAVED_AT,
      unreadable: {},
      capped: [],
    });
  });

  it('count a save from the future as made now, and say so (the store then writes that time down)', () => {
    const text = JSON.stringify({ ...createEnvelope(familyCase, SAVED_AT), savedAt: '2999-01-01T00:00:00.000Z' });
    const now = new Date(SAVED_AT.getTime() + 1000);
    const result = parseEnvelope(text, { now, maxAgeDays: 90 });
    expect(result.ok && result.savedAt).toEqual(now);
    expect(result.ok && result.fromTheFuture).toBe(true);
    expect(roundTrip(familyCase)).not.toHaveProperty('fromTheFuture');
  });

  it('keep when each answer changed, dropping odd times and counting future ones as now', () => {
    const changedAt = {
      'your-name': '2026-11-01T09:00:00.000Z',
      'patient-name': 'yesterday',
      'what-happened': '2999-01-01T00:00:00.000Z',
    };
    const text = JSON.stringify(createEnvelope({ ...familyCase, changedAt }, SAVED_AT));
    const result = parseEnvelope(text, { now: SAVED_AT, maxAgeDays: 90 });
    expect(result.ok && result.saved.changedAt).toEqual({
      'your-name': '2026-11-01T09:00:00.000Z',
      'what-happened': SAVED_AT.toISOString(),
    });
  });

  it('label the envelope with the app, the schema version and when it was saved', () => {
    expect(createEnvelope(familyCase, SAVED_AT)).toMatchObject({
      app: 'learn-together-wizard',
      schemaVersion: SCHEMA_VERSION,
      savedAt: '2026-11-02T19:45:12.345Z',
    });
  });

  it('keep a 20,000-character answer, emoji and right-to-left text byte for byte', () => {
    const result = roundTrip({ answers: hostile, skipped: [], stageMarks: {}, position: 'what-happened' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.saved.answers).toEqual(hostile);
    const whatHappened = result.saved.answers['what-happened'] as string;
    expect(whatHappened).toHaveLength(20_000);
    expect(Buffer.from(whatHappened, 'utf8').equals(Buffer.from(hostile['what-happened'], 'utf8'))).toBe(true);
    expect(Buffer.from(JSON.stringify(result.saved.answers)).equals(Buffer.from(JSON.stringify(hostile)))).toBe(true);
  });
});

describe('parseEnvelope on the saved fixtures', () => {
  const expected: Record<string, string> = {
    'v1-case.json': 'ok',
    'answers-v2.json': 'ok',
    'bad-answers.json': 'ok',
    'truncated.json': 'corrupt',
    'not-an-object.json': 'corrupt',
    'wrong-app.json': 'wrong-app',
    'future-version.json': 'too-new',
  };

  it('has an expected outcome for every file in tests/fixtures/saved (its folders hold the other kinds)', () => {
    const files = readdirSync(SAVED_DIR, { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.map((entry) => entry.name).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('reads %s as %s', (file, outcome) => {
    const result = parseEnvelope(savedText(file), soon);
    expect(result.ok ? 'ok' : result.error).toBe(outcome);
  });

  it('keeps the good answers in bad-answers.json and returns the bad ones in unreadable', () => {
    const result = parseEnvelope(savedText('bad-answers.json'), soon);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.saved.answers).toEqual({
      'who-is-filling-in': { choice: 'family-member' },
      'your-name': 'Siân Dŵr',
      'patient-name': 'Rhys',
    });
    expect(result.unreadable).toEqual({
      'what-matters': { choices: 'answers' },
      'when-it-happened': '14/03/2026',
      'favourite-colour': 'blue',
    });
    expect(result.saved.position).toBe('patient-name');
  });
});

describe('parseEnvelope on anything else', () => {
  const valid = JSON.parse(JSON.stringify(createEnvelope(familyCase, SAVED_AT))) as Record<string, unknown>;
  const variant = (change: Record<string, unknown>) => JSON.stringify({ ...valid, ...change });

  it('says nothing is saved for null or an empty string', () => {
    expect(parseEnvelope(null, soon)).toEqual({ ok: false, error: 'nothing-saved' });
    expect(parseEnvelope('', soon)).toEqual({ ok: false, error: 'nothing-saved' });
  });

  it.each(['null', '42', '"text"', 'true', '{', 'undefined', '{"app":'])(
    'calls %s corrupt without throwing',
    (text) => {
      expect(parseEnvelope(text, soon)).toEqual({ ok: false, error: 'corrupt' });
    },
  );

  it('calls an envelope with no app wrong-app', () => {
    const { app: _removed, ...rest } = valid;
    expect(parseEnvelope(JSON.stringify(rest), soon)).toEqual({ ok: false, error: 'wrong-app' });
  });

  it.each([0, -1, 1.5, '1', null])('calls schemaVersion %j invalid', (schemaVersion) => {
    expect(parseEnvelope(variant({ schemaVersion }), soon)).toEqual({ ok: false, error: 'invalid' });
  });

  it.each(['yesterday', '2026-11-02', '2026-13-45T99:00:00Z', 1762112712345, null])(
    'calls savedAt %j invalid',
    (savedAt) => {
      expect(parseEnvelope(variant({ savedAt }), soon)).toEqual({ ok: false, error: 'invalid' });
    },
  );

  it('keeps answers saved exactly maxAgeDays ago, and calls them expired one minute later', () => {
    const limit = new Date(SAVED_AT.getTime() + 90 * DAY);
    expect(parseEnvelope(JSON.stringify(valid), { now: limit, maxAgeDays: 90 }).ok).toBe(true);
    const later = new Date(limit.getTime() + 60_000);
    expect(parseEnvelope(JSON.stringify(valid), { now: later, maxAgeDays: 90 })).toEqual({
      ok: false,
      error: 'expired',
    });
  });

  it('keeps only skipped entries that are known question ids, once each', () => {
    const result = parseEnvelope(variant({ skipped: ['your-name', 'no-such-question', 7, 'your-name', null] }), soon);
    expect(result.ok && result.saved.skipped).toEqual(['your-name']);
    expect(parseEnvelope(variant({ skipped: 'your-name' }), soon)).toMatchObject({ ok: true, saved: { skipped: [] } });
  });

  it('keeps only stage marks for known stages with a known mark', () => {
    const stageMarks = {
      'understanding-you': 'completed',
      'next-steps': 'done',
      'no-such-stage': 'completed',
      toString: 'completed',
    };
    const result = parseEnvelope(variant({ stageMarks }), soon);
    expect(result.ok && result.saved.stageMarks).toEqual({ 'understanding-you': 'completed' });
  });

  it.each([['x'.repeat(101)], [''], [42], [undefined]])(
    'sends the person to the hub when position is %j',
    (position) => {
      const result = parseEnvelope(variant({ position }), soon);
      expect(result.ok && result.saved.position).toBe('hub');
    },
  );

  it('treats a missing answers field as nothing answered yet, and any other non-object as unreadable', () => {
    const { answers: _removed, ...rest } = valid;
    expect(parseEnvelope(JSON.stringify(rest), soon)).toMatchObject({
      ok: true,
      saved: { answers: {} },
      unreadable: {},
    });
    expect(parseEnvelope(variant({ answers: ['Siân'] }), soon)).toMatchObject({
      ok: true,
      unreadable: { answers: ['Siân'] },
    });
  });
});
