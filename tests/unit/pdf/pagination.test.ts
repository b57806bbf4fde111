import { describe, expect, it } from 'vitest';
import { paginate, type FlowItem } from '~/core/pdf/flow';

const line = (height = 10, keepWithNext = false, spaceBefore = 0): FlowItem => ({
  height,
  keepWithNext,
  spaceBefore,
  draw: () => {},
});

describe('paginate', () => {
  it('fills a page and carries on at the top of the next', () => {
    const placements = paginate(
      Array.from({ length: 25 }, () => line()),
      100,
    );
    expect(placements.map((p) => p.page)).toEqual([...Array(10).fill(0), ...Array(10).fill(1), ...Array(5).fill(2)]);
    expect(placements[10]!.offset).toBe(0);
  });

  it('never places an item past the bottom of the page', () => {
    const items = Array.from({ length: 60 }, (_, i) => line(7 + (i % 5), i % 4 === 0, i % 3));
    for (const placement of paginate(items, 100))
      expect(placement.offset + placement.item.height).toBeLessThanOrEqual(100);
  });

  it('moves a heading to the next page rather than leave it alone at the bottom', () => {
    const items = [...Array.from({ length: 8 }, () => line()), line(15, true, 10), line(), line()];
    const placements = paginate(items, 100);
    expect(placements[8]!.page).toBe(1);
    expect(placements[9]!.page).toBe(1);
  });

  it('starts a new page before an item that asks for one, but not a second blank one at the top of a page', () => {
    const breakHere = { ...line(), pageBreakBefore: true };
    // The second break falls where a full page ends anyway: it opens page 3, not a blank page and then page 4.
    const placements = paginate(
      [line(), breakHere, ...Array.from({ length: 9 }, () => line()), breakHere, line()],
      100,
    );
    expect(placements.map((p) => p.page)).toEqual([0, ...Array(10).fill(1), 2, 2]);
    expect(placements[1]).toMatchObject({ page: 1, offset: 0 });
    expect(paginate([breakHere, line()], 100).map((p) => p.page)).toEqual([0, 0]);
  });

  it('drops the space above an item that starts a page', () => {
    const placements = paginate([...Array.from({ length: 10 }, () => line()), line(10, false, 30)], 100);
    expect(placements[10]).toMatchObject({ page: 1, offset: 0 });
  });

  it('lets a keep-together run taller than a page break rather than loop or overflow', () => {
    const items = [line(), ...Array.from({ length: 30 }, () => line(10, true)), line()];
    const placements = paginate(items, 100);
    expect(placements[1]!.page).toBe(0);
    expect(Math.max(...placements.map((p) => p.page))).toBe(3);
  });

  /** A question: a label kept with its first line, then lines kept together only while the whole block fits a page. */
  const block = (lines: number): FlowItem[] => [
    line(10, true),
    ...Array.from({ length: lines }, (_, i) => ({ ...line(), keepBlock: i < lines - 1 })),
  ];

  it('moves a whole block to the next page when it fits on one but not in the room left', () => {
    const placements = paginate([...Array.from({ length: 6 }, () => line()), ...block(4)], 100);
    expect(placements.slice(6).map((p) => p.page)).toEqual([1, 1, 1, 1, 1]);
  });

  it('splits a block taller than a page between lines, from where it starts, with no gap inside it', () => {
    const placements = paginate([...Array.from({ length: 6 }, () => line()), ...block(14)], 100);
    expect(placements.map((p) => p.page)).toEqual([...Array(10).fill(0), ...Array(10).fill(1), 2]);
  });

  it('repeats an item that fills pages down to the foot of the last of them', () => {
    const fill: FlowItem = { ...line(), fillPages: 2 };
    const placements = paginate([line(), line(), fill], 100);
    expect(placements.length).toBe(20);
    expect(placements.every((p) => p.page <= 1)).toBe(true);
    expect(placements.at(-1)).toMatchObject({ page: 1, offset: 90 });
  });
});
