import { isRecord } from '~/core/is-record';

/**
 * One upgrade step of a sharing format, from version N to N + 1. It sees plain JSON read from outside,
 * so it must not assume any field is there or well shaped (as in src/storage/migrations.ts).
 */
export type FormatMigration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades `data` written at version `from` to `target`, one step at a time, from a table keyed by the
 * version each step upgrades FROM. Fails (never throws) when a step is missing, throws or returns a non-object.
 * @example upgrade(v1Link, 1, { 1: addField }, 2) // { ok: true, data: v2Link }
 */
export function upgrade(
  data: Record<string, unknown>,
  from: number,
  migrations: Readonly<Record<number, FormatMigration>>,
  target: number,
): { ok: true; data: Record<string, unknown> } | { ok: false } {
  if (!Number.isInteger(from) || from < 1 || from > target) return { ok: false };
  let current = data;
  for (let version = from; version < target; version++) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) return { ok: false };
    try {
      const next = step(current);
      if (!isRecord(next)) return { ok: false };
      current = next;
    } catch {
      return { ok: false };
    }
  }
  return { ok: true, data: current };
}
