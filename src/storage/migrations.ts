import { SCHEMA_VERSION } from '../wizard/schema';
import { isRecord } from '../lib/is-record';

export type Migration = (envelope: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades keyed by the version they upgrade FROM (to from + 1). A step sees the envelope as plain
 * JSON, so it must not assume any field is there or well shaped. migrate() sets schemaVersion after
 * each step; a step need not.
 */
export const MIGRATIONS: Record<number, Migration> = {
  /**
   * Version 2: "I'd rather not say" left "Is the patient alive?" (the skip button already says it),
   * so that answer becomes a skip; nothing the person wrote is lost.
   */
  1: (envelope) => {
    const answers = isRecord(envelope.answers) ? { ...envelope.answers } : envelope.answers;
    const skipped = Array.isArray(envelope.skipped) ? [...envelope.skipped] : [];
    if (
      isRecord(answers) &&
      isRecord(answers['patient-alive']) &&
      answers['patient-alive'].choice === 'prefer-not-to-say'
    ) {
      delete answers['patient-alive'];
      skipped.push('patient-alive');
    }
    return { ...envelope, answers, skipped };
  },
  /**
   * Version 3: stage 4's three free-text boxes about the draft (corrections, missing or seen differently,
   * upsetting words) become one list of comments, each of its kind; "did the draft answer your
   * questions?" and stage 5's "still unanswered" become notes on the question ledger. Every word kept.
   */
  2: (envelope) => {
    if (!isRecord(envelope.answers)) return envelope;
    const answers: Record<string, unknown> = { ...envelope.answers };
    const text = (id: string) => {
      const value = answers[id];
      delete answers[id];
      return typeof value === 'string' && value.trim() ? value : undefined;
    };
    const corrections = answers['factual-corrections'];
    delete answers['factual-corrections'];
    const comments = [
      ...(isRecord(corrections) && Array.isArray(corrections.items) ? corrections.items : [])
        .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
        .map((item) => ({ kind: 'wrong-fact', text: item })),
      ...[['missing-or-different', 'missing'], ['upsetting-words', 'hurtful-words']].flatMap(([id, kind]) => {
        const written = text(id!);
        return written ? [{ kind, text: written }] : [];
      }),
    ].map((comment, index) => ({ id: `m${index + 1}`, ...comment }));
    if (comments.length) answers['draft-comments'] = { comments };
    const answered = text('questions-answered');
    if (answered) answers['question-ledger'] = { rows: [], note: answered };
    const unanswered = text('still-unanswered');
    if (unanswered) answers['open-questions'] = { rows: [], note: unanswered };
    const renamed: Record<string, string> = {
      'factual-corrections': 'draft-comments',
      'missing-or-different': 'draft-comments',
      'upsetting-words': 'draft-comments',
      'questions-answered': 'question-ledger',
      'still-unanswered': 'open-questions',
    };
    const skipped = Array.isArray(envelope.skipped)
      ? [...new Set(envelope.skipped.map((id) => (typeof id === 'string' ? (renamed[id] ?? id) : id)))].filter(
          (id) => typeof id !== 'string' || answers[id] === undefined,
        )
      : envelope.skipped;
    const position = typeof envelope.position === 'string' ? (renamed[envelope.position] ?? envelope.position) : envelope.position;
    return { ...envelope, answers, skipped, position };
  },
};

export type MigrateResult = { ok: true; envelope: Record<string, unknown> } | { ok: false };

/** Applies each step from `from` up to `target` in order; fails (never throws) when a step is missing or throws. */
export function migrate(
  envelope: Record<string, unknown>,
  from: number,
  migrations: Record<number, Migration> = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrateResult {
  if (!Number.isInteger(from) || from > target) return { ok: false };
  let current = envelope;
  for (let version = from; version < target; version++) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) return { ok: false };
    try {
      const next = step(current);
      if (typeof next !== 'object' || next === null || Array.isArray(next)) return { ok: false };
      current = { ...next, schemaVersion: version + 1 };
    } catch {
      return { ok: false };
    }
  }
  return { ok: true, envelope: current };
}
