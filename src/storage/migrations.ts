import { SCHEMA_VERSION } from '../wizard/schema';

export type Migration = (envelope: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades keyed by the version they upgrade FROM (to from + 1). Empty while SCHEMA_VERSION is 1.
 *
 * To add version 2 (say `when-it-happened` became `incident-date`), bump SCHEMA_VERSION and add:
 *
 *   1: ({ answers, ...rest }) => {
 *     const { 'when-it-happened': date, ...others } = (answers ?? {}) as Record<string, unknown>;
 *     return { ...rest, answers: date === undefined ? others : { ...others, 'incident-date': date } };
 *   },
 *
 * A step sees the envelope as plain JSON, so it must not assume any field is there or well shaped.
 * migrate() sets schemaVersion after each step; a step need not.
 */
export const MIGRATIONS: Record<number, Migration> = {};

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
