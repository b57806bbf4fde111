import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, parseEnvelope, type Migration } from '~/core/store';
import { SCHEMA_VERSION } from '~/core/journey/schema';
import { REPO_ROOT } from '../../helpers/paths';
import { GONE_IN_VERSION_4 } from '~/core/store/answers-migrations';

const rename =
  (from: string, to: string): Migration =>
  ({ [from]: value, ...rest }) => ({ ...rest, [to]: value });

describe('migrate', () => {
  const chain: Record<number, Migration> = { 1: rename('a', 'b'), 2: rename('b', 'c') };

  it('applies each step in order, one version at a time', () => {
    const seen: number[] = [];
    const steps: Record<number, Migration> = {
      1: (e) => (seen.push(e.schemaVersion as number), rename('a', 'b')(e)),
      2: (e) => (seen.push(e.schemaVersion as number), rename('b', 'c')(e)),
    };
    expect(migrate({ schemaVersion: 1, a: 'kept' }, 1, steps, 3)).toEqual({
      ok: true,
      envelope: { schemaVersion: 3, c: 'kept' },
    });
    expect(seen).toEqual([1, 2]);
  });

  it('starts from the version it is given, skipping earlier steps', () => {
    expect(migrate({ schemaVersion: 2, b: 'kept' }, 2, chain, 3)).toEqual({
      ok: true,
      envelope: { schemaVersion: 3, c: 'kept' },
    });
  });

  it('returns the envelope unchanged when it is already current', () => {
    expect(migrate({ schemaVersion: 3, c: 1 }, 3, chain, 3)).toEqual({
      ok: true,
      envelope: { schemaVersion: 3, c: 1 },
    });
  });

  it('fails cleanly when a step is missing', () => {
    expect(migrate({ a: 1 }, 1, { 1: rename('a', 'b') }, 3)).toEqual({ ok: false });
  });

  it('fails cleanly when a step throws or returns something that is not an object', () => {
    const throwing: Record<number, Migration> = {
      1: () => {
        throw new Error('bad data');
      },
    };
    expect(migrate({ a: 1 }, 1, throwing, 2)).toEqual({ ok: false });
    expect(migrate({ a: 1 }, 1, { 1: () => null as never }, 2)).toEqual({ ok: false });
  });

  it('refuses to go backwards', () => {
    expect(migrate({ a: 1 }, 4, chain, 3)).toEqual({ ok: false });
  });
});

describe('MIGRATIONS', () => {
  // Passes trivially at version 1; fails as soon as SCHEMA_VERSION is bumped without a migration.
  it.each(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1))('has a step from version %i', (version) => {
    expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('has no step from the current version or beyond', () => {
    expect(
      Object.keys(MIGRATIONS)
        .map(Number)
        .filter((v) => v >= SCHEMA_VERSION),
    ).toEqual([]);
  });

  it('reads a case saved under version 1 with its answers intact', () => {
    const text = readFileSync(join(REPO_ROOT, 'tests/fixtures/saved/v1-case.json'), 'utf8');
    const original = JSON.parse(text);
    const result = parseEnvelope(text, { now: new Date(original.savedAt), maxAgeDays: 90 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Version 3 moved stage 4's three boxes about the draft into comments, and two free texts into
    // notes on the question ledger: every word is still there, under its new question.
    // Version 4 asked about supporters once, and moved three follow-up boxes onto the questions they follow
    // (tests/unit/storage/answers-v4.test.ts): what that moved is compared there. Version 5 split "support to take
    // part" into three questions (answers-v5.test.ts).
    const {
      'factual-corrections': corrections,
      'missing-or-different': missing,
      'upsetting-words': upsetting,
      'questions-answered': answered,
      'still-unanswered': unanswered,
      ...unchanged
    } = original.answers;
    const movedInVersion4 = [
      'support-needs',
      'contact-methods',
      'meeting-places',
      'other-people',
      ...GONE_IN_VERSION_4,
      'information-formats',
      'communication-support',
      'other-needs',
    ];
    const keep = (answers: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(answers).filter(([id]) => !movedInVersion4.includes(id)));
    expect(keep(result.saved.answers)).toEqual({
      ...keep(unchanged),
      'draft-comments': {
        comments: [
          { id: 'm1', kind: 'wrong-fact', text: corrections.items[0] },
          { id: 'm2', kind: 'wrong-fact', text: corrections.items[1] },
          { id: 'm3', kind: 'missing', text: missing },
          { id: 'm4', kind: 'hurtful-words', text: upsetting },
        ],
      },
      'question-ledger': { rows: [], note: answered },
      'open-questions': { rows: [], note: unanswered },
    });
    expect(result.saved.answers['contact-methods']).toMatchObject({ note: unchanged['best-times'] });
    expect(result.unreadable).toEqual({});
    expect(result.saved.stageMarks).toEqual(original.stageMarks);
    expect(result.saved.position).toBe(original.position);
    expect(result.migratedFrom).toBe(SCHEMA_VERSION > 1 ? 1 : undefined);
  });
});
