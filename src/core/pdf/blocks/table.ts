import type { AgreementBlock } from '~/core/agreement/model';
import type { FlowItem } from '~/core/pdf/flow';
import { baselineIn, type Layout, type LineStyle } from '~/core/pdf/layout';
import { safeText } from '~/core/pdf/safe-text';
import { addNode, type StructNode } from '~/core/pdf/structure';
import { wrapText } from '~/core/pdf/wrap';
import { columnWidths } from './column-widths';
import { stackedTableItems } from './stacked-table';
import { textItems, tidyBlankLines, withSpaceBefore } from './text-lines';

type TableBlock = Extract<AgreementBlock, { kind: 'table' }>;

interface Cell {
  node: StructNode;
  lines: string[];
  style: LineStyle;
}

/** A ruled grid (Table > Caption, TR > TH/TD); when its columns cannot fit the page, label: value lines instead. */
export function tableItems(layout: Layout, parent: StructNode, block: TableBlock, spaceBefore: number): FlowItem[] {
  const headers = block.headers ?? [];
  const rows = block.rows ?? [];
  const columns = Math.max(headers.length, ...rows.map((row) => row.length));
  const widths = columnWidths(layout, headers, rows, columns);
  if (!widths) return stackedTableItems(layout, parent, block, columns, spaceBefore);

  const table = addNode(parent, 'Table');
  const bold = layout.style('bold', layout.theme.body);
  const regular = layout.style('regular', layout.theme.body);
  const items = textItems(layout, addNode(table, 'Caption'), block.caption, bold, { keep: 'together-with-next' });
  let gap = items.length > 0 ? layout.theme.space.afterLabel * 2 : 0;
  if (headers.some((header) => header.trim() !== '')) {
    const row = addNode(table, 'TR');
    const cells = widths.map((width, c) =>
      cell(layout, addNode(row, 'TH', { owner: 'Table', values: { Scope: 'Column' } }), headers[c], bold, width),
    );
    items.push(...withSpaceBefore(rowItems(layout, cells, widths, true), gap));
    gap = 0;
  }
  for (const values of rows) {
    const row = addNode(table, 'TR');
    const cells = widths.map((width, c) => cell(layout, addNode(row, 'TD'), values[c], regular, width));
    items.push(...withSpaceBefore(rowItems(layout, cells, widths, false), gap));
    gap = 0;
  }
  return withSpaceBefore(items, spaceBefore);
}

function cell(layout: Layout, node: StructNode, text: string | undefined, style: LineStyle, width: number): Cell {
  const lines = wrapText(safeText(text ?? '', style.face), layout.measure(style), width - 2 * layout.theme.cell.padX);
  return { node, lines: tidyBlankLines(lines), style };
}

/** One item per text line, so a row taller than a page can still break; otherwise a row stays together. */
function rowItems(layout: Layout, cells: Cell[], widths: number[], isHeader: boolean): FlowItem[] {
  const { padX, padY } = layout.theme.cell;
  const { colour } = layout.theme;
  const lineHeight = cells[0]?.style.lineHeight ?? layout.theme.body.lineHeight;
  const count = Math.max(1, ...cells.map((c) => c.lines.length));
  const edges = widths.reduce((xs, width) => [...xs, xs[xs.length - 1]! + width], [layout.left]);
  const right = edges[edges.length - 1]!;

  return Array.from({ length: count }, (_, index): FlowItem => {
    const first = index === 0;
    const last = index === count - 1;
    const height = lineHeight + (first ? padY : 0) + (last ? padY : 0);
    return {
      height,
      spaceBefore: 0,
      keepWithNext: !last || isHeader,
      draw(canvas, top, place) {
        const bottom = top - height;
        if (isHeader) canvas.fill(layout.left, bottom, right - layout.left, height, colour.headerFill);
        const textTop = first ? top - padY : top;
        cells.forEach((c, column) => {
          const line = c.lines[index];
          if (!line) return;
          const x = layout.lineStart(line, c.style, edges[column]! + padX, widths[column]! - 2 * padX);
          canvas.text(c.node, line, c.style, x, baselineIn(textTop, c.style));
        });
        for (const x of edges) canvas.line({ x, y: top }, { x, y: bottom }, 0.75, colour.rule);
        if (first || place.firstOnPage)
          canvas.line({ x: layout.left, y: top }, { x: right, y: top }, 0.75, colour.rule);
        if (last || place.lastOnPage)
          canvas.line({ x: layout.left, y: bottom }, { x: right, y: bottom }, 0.75, colour.rule);
      },
    };
  });
}
