import { describe, expect, it } from 'vitest';
import { clashingNumbers, mergeVersions, nextNumber, versionsFor } from '~/core/cases/versions';
import type { AgreementVersion } from '~/core/cases/record';

const version = (id: string, number: number, familyId = 'member01'): AgreementVersion => ({
  id,
  number,
  familyId,
  madeAt: `2026-12-0${number}T10:00:00.000Z`,
  details: {},
  envelope: {} as never,
});

describe('agreement versions', () => {
  it('number per family member, so each person has their own Version 1', () => {
    const versions = [version('aaaa', 1), version('bbbb', 2), version('cccc', 1, 'member02')];
    expect(nextNumber(versions, 'member01')).toBe(3);
    expect(nextNumber(versions, 'member02')).toBe(2);
    expect(nextNumber(versions, 'member03')).toBe(1);
    expect(versionsFor(versions, 'member01').map((v) => v.id)).toEqual(['bbbb', 'aaaa']);
  });

  it('merge by id: a version both devices have stays one; two different "Version 2"s stay two and clash', () => {
    const shared = version('aaaa', 1);
    const mine = [shared, version('mine', 2)];
    const theirs = [shared, version('theirs', 2)];
    const merged = mergeVersions(mine, theirs);
    expect(merged.map((v) => v.id).sort()).toEqual(['aaaa', 'mine', 'theirs']);
    expect(clashingNumbers(merged, 'member01')).toEqual([2]);
    expect(clashingNumbers(mine, 'member01')).toEqual([]);
    expect(nextNumber(merged, 'member01')).toBe(3);
  });
});
