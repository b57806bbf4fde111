import { isRecord } from '~/core/is-record';
import type { Migration } from './migrations';

/*
 * The upgrades of the family's answers envelope. Not in the wizard's first load: the answers store
 * fetches them before reading answers an older version saved (see answers-store.ts).
 */

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
    const skipped: unknown[] = Array.isArray(envelope.skipped) ? [...(envelope.skipped as unknown[])] : [];
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
    const take = (id: string) => {
      const value = answers[id];
      delete answers[id];
      return value;
    };
    const words = (value: unknown) => (typeof value === 'string' && value.trim() ? [value] : []);
    const corrections = take('factual-corrections');
    const comments = [
      ...(isRecord(corrections) && Array.isArray(corrections.items) ? corrections.items.flatMap(words) : []).map(
        (text) => ['wrong-fact', text],
      ),
      ...words(take('missing-or-different')).map((text) => ['missing', text]),
      ...words(take('upsetting-words')).map((text) => ['hurtful-words', text]),
    ].map(([kind, text], i) => ({ id: `m${i + 1}`, kind, text }));
    if (comments.length) answers['draft-comments'] = { comments };
    for (const [from, to] of [
      ['questions-answered', 'question-ledger'],
      ['still-unanswered', 'open-questions'],
    ] as const)
      for (const note of words(take(from))) answers[to] = { rows: [], note };
    const renamed: Record<string, string> = {
      'factual-corrections': 'draft-comments',
      'missing-or-different': 'draft-comments',
      'upsetting-words': 'draft-comments',
      'questions-answered': 'question-ledger',
      'still-unanswered': 'open-questions',
    };
    const rename = (id: unknown) => (typeof id === 'string' ? (renamed[id] ?? id) : id);
    const skipped = Array.isArray(envelope.skipped)
      ? [...new Set(envelope.skipped.map(rename))].filter((id) => answers[id as string] === undefined)
      : envelope.skipped;
    return { ...envelope, answers, skipped, position: rename(envelope.position) };
  },
};
