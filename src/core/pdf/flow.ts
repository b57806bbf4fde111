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
  /**
   * Keep on the same page as the next item when the whole block (a question's boxes or lines, a list) fits on
   * one page; in a block taller than a page, only the `keepWithNext` ties hold and it splits between lines.
   */
  keepBlock?: boolean;
  /** Drawn again and again down the page until this many pages are full (the lines of a continuation sheet). */
  fillPages?: number;
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
 * after it, unless the run is taller than a whole page, so a heading is never left alone at the bottom. A block
 * (keep-block items) moves to a new page whole when it fits on one; one taller than a page splits between lines.
 */
export function paginate(items: FlowItem[], bodyHeight: number): Placement[] {
  const placements: Placement[] = [];
  let page = 0;
  let used = 0;
  // The last index of a block found too tall for a page: up to there, only keep-with-next ties count.
  let splitUntil = -1;
  items.forEach((item, index) => {
    const gap = used === 0 ? 0 : item.spaceBefore;
    let run = keptRun(items, index, bodyHeight, (i) => i.keepWithNext || Boolean(i.keepBlock));
    if (index <= splitUntil || !run.fits) {
      if (!run.fits) splitUntil = Math.max(splitUntil, run.end);
      run = keptRun(items, index, bodyHeight, (i) => i.keepWithNext);
    }
    const needed = gap + (run.fits ? run.height : item.height);
    if (used > 0 && (item.pageBreakBefore || used + needed > bodyHeight)) {
      page++;
      used = 0;
    }
    const offset = used === 0 ? 0 : used + gap;
    placements.push({ item, page, offset });
    used = offset + item.height;
    const lastPage = page + (item.fillPages ?? 1) - 1;
    for (;;) {
      if (!item.fillPages || item.height <= 0) break;
      if (used + item.height > bodyHeight) {
        if (page >= lastPage) break;
        page++;
        used = 0;
      }
      placements.push({ item, page, offset: used });
      used += item.height;
    }
  });
  return placements;
}

/** Height of the item plus the items it is tied to by `tied`, the last one's index, and whether they fit on a page. */
function keptRun(
  items: FlowItem[],
  start: number,
  bodyHeight: number,
  tied: (item: FlowItem) => boolean,
): { height: number; end: number; fits: boolean } {
  let height = items[start]!.height;
  let end = start;
  while (tied(items[end]!) && end + 1 < items.length) {
    const next = items[end + 1]!;
    height += next.spaceBefore + next.height;
    end++;
  }
  return { height, end, fits: height <= bodyHeight };
}

/** Marks which placements open or close a page. */
export function placeFlags(placements: Placement[], index: number): { firstOnPage: boolean; lastOnPage: boolean } {
  const current = placements[index]!;
  return {
    firstOnPage: placements[index - 1]?.page !== current.page,
    lastOnPage: placements[index + 1]?.page !== current.page,
  };
}
