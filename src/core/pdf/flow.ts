import type { PageCanvas } from './canvas';

/** Where an item landed, for items that draw differently at a page break (table borders). */
export interface ItemPlace {
  firstOnPage: boolean;
  lastOnPage: boolean;
}

/** One unbreakable slice of the page flow, usually a single line of text. */
export interface FlowItem {
  height: number;
  /** Space above the item; dropped at the top of a page. */
  spaceBefore: number;
  /** Keep on the same page as the next item: headings, labels, first lines of paragraphs. */
  keepWithNext: boolean;
  /** Starts a new page unless it is already the first on one (a bilingual document's second language). */
  pageBreakBefore?: boolean;
  /** Draws the item with its top edge at `top` (PDF user space, y up). */
  draw(canvas: PageCanvas, top: number, place: ItemPlace): void;
}

/** An item's page (0-based) and its distance from the top of the page's body area. */
export interface Placement {
  item: FlowItem;
  page: number;
  offset: number;
}

/**
 * Places items on pages of `bodyHeight`. A run of keep-with-next items moves to a new page together with the item
 * after it, unless the run is taller than a whole page, so a heading is never left alone at the bottom.
 */
export function paginate(items: FlowItem[], bodyHeight: number): Placement[] {
  const placements: Placement[] = [];
  let page = 0;
  let used = 0;
  items.forEach((item, index) => {
    const gap = used === 0 ? 0 : item.spaceBefore;
    const needed = gap + keptRunHeight(items, index, bodyHeight);
    if (used > 0 && (item.pageBreakBefore || used + needed > bodyHeight)) {
      page++;
      used = 0;
    }
    const offset = used === 0 ? 0 : used + gap;
    placements.push({ item, page, offset });
    used = offset + item.height;
  });
  return placements;
}

/** Height of the item plus any items it must stay with; just the item's own if the run cannot fit on one page. */
function keptRunHeight(items: FlowItem[], start: number, bodyHeight: number): number {
  const own = items[start]!.height;
  let total = own;
  for (let i = start; items[i]?.keepWithNext && i + 1 < items.length; i++) {
    const next = items[i + 1]!;
    total += next.spaceBefore + next.height;
    if (total > bodyHeight) return own;
  }
  return total;
}

/** Marks which placements open or close a page. */
export function placeFlags(placements: Placement[], index: number): { firstOnPage: boolean; lastOnPage: boolean } {
  const current = placements[index]!;
  return {
    firstOnPage: placements[index - 1]?.page !== current.page,
    lastOnPage: placements[index + 1]?.page !== current.page,
  };
}
