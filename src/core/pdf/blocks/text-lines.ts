import type { FlowItem } from '~/core/pdf/flow';
import { baselineIn, type Layout, type LineStyle } from '~/core/pdf/layout';
import { safeText } from '~/core/pdf/safe-text';
import type { StructNode } from '~/core/pdf/structure';
import { wrapText } from '~/core/pdf/wrap';

/** How a run of lines may break across pages. */
export type Keep = 'together-with-next' | 'no-orphans';

export interface TextOptions {
  x?: number;
  width?: number;
  spaceBefore?: number;
  keep?: Keep;
}

/** Wrapped, safe lines of `text` in `style` as flow items, each line drawn as content of `node`. */
export function textItems(
  layout: Layout,
  node: StructNode,
  text: string,
  style: LineStyle,
  options: TextOptions = {},
): FlowItem[] {
  const x = options.x ?? layout.left;
  const width = options.width ?? layout.left + layout.width - x;
  const lines = wrapText(safeText(text, style.face), layout.measure(style), width);
  const items = tidyBlankLines(lines).map((line) =>
    line ? lineItem(node, line, style, layout.lineStart(line, style, x, width)) : spacer(style.lineHeight / 2),
  );
  return withKeep(withSpaceBefore(items, options.spaceBefore ?? 0), options.keep ?? 'no-orphans');
}

/** Blank lines only separate paragraphs: none at either end and never two in a row. */
export function tidyBlankLines(lines: string[]): string[] {
  const kept = lines.filter((line, index) => line.trim() !== '' || (index > 0 && lines[index - 1]!.trim() !== ''));
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
  while (kept.length > 0 && kept[0]!.trim() === '') kept.shift();
  return kept;
}

/** One line of text as a flow item. */
export function lineItem(node: StructNode, line: string, style: LineStyle, x: number): FlowItem {
  return {
    height: style.lineHeight,
    spaceBefore: 0,
    keepWithNext: false,
    draw: (canvas, top) => canvas.text(node, line, style, x, baselineIn(top, style)),
  };
}

/** Empty vertical space (a blank line inside a paragraph). */
export function spacer(height: number): FlowItem {
  return { height, spaceBefore: 0, keepWithNext: false, draw: () => {} };
}

/** Sets the space above the first item. */
export function withSpaceBefore(items: FlowItem[], space: number): FlowItem[] {
  if (items[0]) items[0].spaceBefore = space;
  return items;
}

/** Headings and labels stay with what follows; paragraphs leave no single first or last line alone on a page. */
export function withKeep(items: FlowItem[], keep: Keep): FlowItem[] {
  if (keep === 'together-with-next') {
    for (const item of items) item.keepWithNext = true;
  } else if (items.length > 1) {
    items[0]!.keepWithNext = true;
    items[items.length - 2]!.keepWithNext = true;
  }
  return items;
}
