import type { AgreementBlock } from '~/core/agreement/model';
import type { FlowItem } from '~/core/pdf/flow';
import { baselineIn, type Layout } from '~/core/pdf/layout';
import { safeText } from '~/core/pdf/safe-text';
import { addNode, type StructNode } from '~/core/pdf/structure';
import { wrapText } from '~/core/pdf/wrap';
import { lineItem, textItems, tidyBlankLines, withKeep, withSpaceBefore } from './text-lines';

type TableBlock = Extract<AgreementBlock, { kind: 'table' }>;

/** A table too wide for the page, as one group of "Header: value" lines per row (L > LI > LBody > P). */
export function stackedTableItems(
  layout: Layout,
  parent: StructNode,
  block: TableBlock,
  columns: number,
  spaceBefore: number,
): FlowItem[] {
  const { theme } = layout;
  const items = textItems(layout, addNode(parent, 'P'), block.caption, layout.style('bold', theme.body), {
    keep: 'together-with-next',
  });
  const list = addNode(parent, 'L', { owner: 'List', values: { ListNumbering: 'None' } });
  for (const row of block.rows ?? []) {
    const body = addNode(addNode(list, 'LI'), 'LBody');
    const pairs = Array.from({ length: columns }, (_, c) =>
      labelledItems(layout, addNode(body, 'P'), block.headers?.[c] ?? '', row[c] ?? ''),
    );
    items.push(...withSpaceBefore(pairs.flat(), items.length > 0 ? theme.space.paragraph : 0));
  }
  return withSpaceBefore(items, spaceBefore);
}

/** A bold label with its value running on after it on the same line when there is room. */
function labelledItems(layout: Layout, node: StructNode, label: string, value: string): FlowItem[] {
  const bold = layout.style('bold', layout.theme.body);
  const regular = layout.style('regular', layout.theme.body);
  const measureBold = layout.measure(bold);
  const safeLabel = safeText(label, bold.face).replace(/\s+/g, ' ').trim();
  const labelText = safeLabel && !/[:?]$/.test(safeLabel) ? `${safeLabel}:` : safeLabel;
  const labelLines = labelText ? wrapText(labelText, measureBold, layout.width) : [];
  const lastLabel = labelLines.pop() ?? '';
  const gap = regular.size * 0.4;
  const labelEnd = lastLabel ? measureBold(lastLabel) + gap : 0;
  const roomAfterLabel = labelEnd < layout.width * 0.6 ? layout.width - labelEnd : 0;
  const wrapped = wrapText(
    safeText(value, regular.face),
    layout.measure(regular),
    layout.width,
    roomAfterLabel || layout.width,
  );
  const firstValue = roomAfterLabel > 0 ? (wrapped.shift() ?? '') : '';
  const valueLines = tidyBlankLines(wrapped);

  const items = withKeep(
    labelLines.map((line) => lineItem(node, line, bold, layout.lineStart(line, bold, layout.left, layout.width))),
    'together-with-next',
  );
  if (lastLabel || firstValue) {
    items.push({
      height: regular.lineHeight,
      spaceBefore: 0,
      keepWithNext: lastLabel !== '' && valueLines.length > 0,
      draw(canvas, top) {
        canvas.text(node, lastLabel, bold, layout.left, baselineIn(top, bold));
        canvas.text(node, firstValue, regular, layout.left + labelEnd, baselineIn(top, regular));
      },
    });
  }
  const rest = valueLines.map((line) =>
    lineItem(node, line, regular, layout.lineStart(line, regular, layout.left, layout.width)),
  );
  return [...items, ...withKeep(rest, 'no-orphans')];
}
