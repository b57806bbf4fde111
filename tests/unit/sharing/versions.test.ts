import { describe, expect, it } from 'vitest';
import { upgrade } from '~/core/formats/versions';
import { FILE_MIGRATIONS, FILE_VERSION } from '~/core/formats/answers-file';
import { LINK_MIGRATIONS, LINK_VERSION } from '~/core/formats/link';

describe('upgrade (the migration table for links and files)', () => {
  it('has a step for every version before the current one', () => {
    for (let v = 1; v < LINK_VERSION; v++) expect(Object.hasOwn(LINK_MIGRATIONS, v), `link ${v}`).toBe(true);
    for (let v = 1; v < FILE_VERSION; v++) expect(Object.hasOwn(FILE_MIGRATIONS, v), `file ${v}`).toBe(true);
  });

  it('leaves data of the current version as it is', () => {
    const data = { o: 'Trust' };
    expect(upgrade(data, 1, {}, 1)).toEqual({ ok: true, data });
  });

  it('applies each step in order, as version N + 1 will', () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, renamed: d.old, old: undefined }),
      2: (d: Record<string, unknown>) => ({ ...d, seen: [...((d.seen as number[]) ?? []), 2] }),
    };
    expect(upgrade({ old: 'x' }, 1, steps, 3)).toEqual({ ok: true, data: { renamed: 'x', old: undefined, seen: [2] } });
    expect(upgrade({ seen: [] }, 2, steps, 3)).toEqual({ ok: true, data: { seen: [2] } });
  });

  it('fails, never throws, on a missing step, a throwing step, a non-object, or a version out of range', () => {
    const throws = {
      1: () => {
        throw new Error('bad');
      },
    };
    expect(upgrade({}, 1, {}, 2)).toEqual({ ok: false });
    expect(upgrade({}, 1, throws, 2)).toEqual({ ok: false });
    expect(upgrade({}, 1, { 1: () => [] as unknown as Record<string, unknown> }, 2)).toEqual({ ok: false });
    for (const from of [0, 3, 1.5, NaN]) expect(upgrade({}, from, {}, 2)).toEqual({ ok: false });
  });
});
