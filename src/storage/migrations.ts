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
