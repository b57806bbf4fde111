/** One upgrade of an envelope, from one version to the next. */
export type Migration = (envelope: Record<string, unknown>) => Record<string, unknown>;

export type MigrateResult = { ok: true; envelope: Record<string, unknown> } | { ok: false };

/**
 * Applies each step from `from` up to `target` in order, writing each new version into `field`; fails
 * (never throws) when a step is missing or throws.
 */
export function migrate(
  envelope: Record<string, unknown>,
  from: number,
  migrations: Record<number, Migration>,
  target: number,
  field: 'schemaVersion' | 'version' = 'schemaVersion',
): MigrateResult {
  if (!Number.isInteger(from) || from > target) return { ok: false };
  let current = envelope;
  for (let version = from; version < target; version++) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) return { ok: false };
    try {
      const next = step(current);
      if (typeof next !== 'object' || next === null || Array.isArray(next)) return { ok: false };
      current = { ...next, [field]: version + 1 };
    } catch {
      return { ok: false };
    }
  }
  return { ok: true, envelope: current };
}
