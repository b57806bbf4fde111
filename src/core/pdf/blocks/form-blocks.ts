import type { AgreementBlock } from '~/core/agreement/model';
import type { FlowItem } from '~/core/pdf/flow';
import { baselineIn, type Layout } from '~/core/pdf/layout';
import { safeText } from '~/core/pdf/safe-text';
import { addNode, type StructNode } from '~/core/pdf/structure';
import { MM } from '~/core/pdf/theme';
import { wrapText } from '~/core/pdf/wrap';
import { headingItems } from './text-blocks';
import { textItems, withSpaceBefore } from './text-lines';

type Block<K extends AgreementBlock['kind']> = Extract<AgreementBlock, { kind: K }>;

/** Most lines a writing space gets, so a wrong number cannot run to thousands of pages. */
const MAX_WRITING_LINES = 200;
/** Most pages a continuation sheet fills with lines. */
const MAX_FILLED_PAGES = 4;

/** A label, then ruled lines about 10mm apart to write on (the blank paper form). */
export function writingSpaceItems(
  layout: Layout,
  parent: StructNode,
  block: Block<'writingSpace'>,
  spaceBefore: number,
): FlowItem[] {
  const bold = layout.style('bold', layout.theme.body);
  // A short answer to a short question goes on one row, label then line, so the form wastes no paper.
  const labelWidth = layout.measure(bold)(safeText(block.label, bold.face)) + bold.size;
  if (block.lines === 1 && !block.hint && labelWidth <= layout.width * 0.45) {
    return withSpaceBefore(
      writeOnRow(layout, parent, block.label, '', layout.theme.space.signatureRow, labelWidth, 'bold'),
      spaceBefore,
    );
  }
  const label = textItems(layout, addNode(parent, 'P'), block.label, bold, {
    keep: 'together-with-next',
  });
  const hint = block.hint ? hintItems(layout, parent, block.hint) : [];
  const requested = Number.isFinite(block.lines) ? Math.floor(block.lines) : 0;
  const count = Math.min(Math.max(requested, 0), MAX_WRITING_LINES);
  // Neither the first nor the last rule is left alone on a page, away from the rest of its space. The last
  // rule never keeps with what follows: chaining it would glue every one-line space to the next one.
  const pages = Math.min(Number.isFinite(block.fillPages) ? Math.floor(block.fillPages!) : 0, MAX_FILLED_PAGES);
  if (pages > 0)
    return withSpaceBefore(
      [...label, ...hint, { ...ruleItem(layout, layout.theme.space.writingLine, false), fillPages: pages }],
      spaceBefore,
    );
  // The whole space stays on one page when it fits on one.
  const rules = Array.from({ length: count }, (_, index) => ({
    ...ruleItem(layout, layout.theme.space.writingLine, index < count - 1 && (index === 0 || index === count - 2)),
    keepBlock: index < count - 1,
  }));
  return withSpaceBefore([...label, ...hint, ...rules], spaceBefore);
}

/** A form question's hint, in the secondary colour, kept with what follows. */
function hintItems(layout: Layout, parent: StructNode, hint: string): FlowItem[] {
  const { theme } = layout;
  return textItems(layout, addNode(parent, 'P'), hint, layout.style('regular', theme.body, theme.colour.secondary), {
    keep: 'together-with-next',
  });
}

/** A question on the paper form with a box to tick beside each option; options sit in two columns when short. */
export function tickBoxItems(
  layout: Layout,
  parent: StructNode,
  block: Block<'tickBoxes'>,
  spaceBefore: number,
): FlowItem[] {
  const { theme } = layout;
  const style = layout.style('regular', theme.body);
  const measure = layout.measure(style);
  const label = textItems(layout, addNode(parent, 'P'), block.label, layout.style('bold', theme.body), {
    keep: 'together-with-next',
  });
  const hint = block.hint ? hintItems(layout, parent, block.hint) : [];
  const box = style.size * 1.05;
  const gap = style.size * 0.6;
  const list = addNode(parent, 'L', { owner: 'List', values: { ListNumbering: 'None' } });
  const columnWidth = (layout.width - gap) / 2;
  const fitsTwo = block.options.every((o) => measure(safeText(o, style.face)) + box + gap <= columnWidth - gap);
  const perRow = fitsTwo ? 2 : 1;
  const rows: string[][] = [];
  for (let i = 0; i < block.options.length; i += perRow) rows.push(block.options.slice(i, i + perRow));
  // Right to left (Urdu): the first column on the right, each box to the right of its words.
  const mirrored = style.face.shaper?.rightToLeft(block.label) ?? false;
  const cellWidth = perRow === 2 ? columnWidth : layout.width;
  const rowItems = rows.flatMap((row, r) => {
    const cells = row.map((option, c) => {
      const x = layout.left + (mirrored ? perRow - 1 - c : c) * (columnWidth + gap);
      const entry = addNode(list, 'LI');
      return {
        x,
        node: addNode(entry, 'LBody'),
        lines: wrapText(safeText(option, style.face), measure, cellWidth - box - gap),
      };
    });
    const height = Math.max(...cells.map((cell) => cell.lines.length)) * style.lineHeight + style.size * 0.5;
    const item: FlowItem = {
      height,
      spaceBefore: r === 0 ? theme.space.afterLabel * 2 : 0,
      // The question stays with its first row of boxes, and with all of them when they fit on one page.
      keepWithNext: false,
      keepBlock: r < rows.length - 1,
      draw(canvas, top) {
        for (const cell of cells) {
          const baseline = baselineIn(top, style);
          // The box sits on the first line, its bottom at the text's baseline: an artifact, drawn for the pen.
          const boxX = mirrored ? cell.x + cellWidth - box : cell.x;
          canvas.box(boxX, baseline - style.size * 0.15, box, 0.9, theme.colour.text);
          const textBox = mirrored ? cell.x : cell.x + box + gap;
          cell.lines.forEach((line, i) =>
            canvas.text(
              cell.node,
              line,
              style,
              layout.lineStart(line, style, textBox, cellWidth - box - gap),
              baseline - i * style.lineHeight,
            ),
          );
        }
      },
    };
    return [item];
  });
  return withSpaceBefore([...label, ...hint, ...rowItems], spaceBefore);
}

/** For each party a heading and Name, Signature and Date lines to write on, then the "agreed by phone" line. */
export function signatureItems(
  layout: Layout,
  parent: StructNode,
  block: Block<'signatures'>,
  spaceBefore: number,
): FlowItem[] {
  const { theme } = layout;
  const labels = block.labels ?? { name: '', signature: '', date: '', byPhone: '' };
  const regular = layout.style('regular', theme.body);
  const measure = layout.measure(regular);
  const widest = Math.max(
    0,
    ...[labels.name, labels.signature, labels.date].map((label) => measure(safeText(label, regular.face))),
  );
  const labelWidth = Math.min(layout.width * 0.35, widest + regular.size);
  const items = (block.parties ?? []).flatMap((party, index) => {
    const group = addNode(parent, 'Div');
    const partyItems = [
      ...headingItems(layout, group, 'H3', party.heading, theme.h3, 0),
      ...writeOnRow(layout, group, labels.name, party.name, theme.space.signatureRow, labelWidth),
      ...writeOnRow(layout, group, labels.signature, '', theme.space.signatureTallRow, labelWidth),
      ...writeOnRow(layout, group, labels.date, '', theme.space.signatureRow, labelWidth),
      ...textItems(layout, addNode(group, 'P'), labels.byPhone, regular, { spaceBefore: theme.space.paragraph * 1.5 }),
      ruleItem(layout, theme.space.signatureRow, false),
    ];
    // A party's lines stay on one page: signing across a page break invites mistakes.
    partyItems.forEach((item, i) => (item.keepWithNext = i < partyItems.length - 1));
    return withSpaceBefore(partyItems, index === 0 ? 0 : theme.space.betweenParties);
  });
  // Both parties sign on the same page: the team's lines alone on a page read as a separate document.
  items.forEach((item, i) => (item.keepWithNext = i < items.length - 1));
  return withSpaceBefore(items, spaceBefore);
}

/** A label in its own column and a rule to write on, with any given value (a name) written on the rule. */
function writeOnRow(
  layout: Layout,
  parent: StructNode,
  label: string,
  value: string,
  minHeight: number,
  labelWidth: number,
  weight: 'regular' | 'bold' = 'regular',
): FlowItem[] {
  const style = layout.style('regular', layout.theme.body);
  const labelStyle = layout.style(weight, layout.theme.body);
  const measure = layout.measure(style);
  const valueX = layout.left + labelWidth;
  const labelLines = wrapText(
    safeText(label, labelStyle.face),
    layout.measure(labelStyle),
    labelWidth - style.size * 0.5,
  ).filter(Boolean);
  const valueLines = wrapText(safeText(value, style.face), measure, layout.width - labelWidth - 4).filter(Boolean);
  // Right to left (Urdu): the label on the right, the line to write on to its left.
  const mirrored = label !== '' && (labelStyle.face.shaper?.rightToLeft(label) ?? false);
  const labelBox = mirrored ? layout.left + layout.width - labelWidth + style.size * 0.5 : layout.left;
  const rule = mirrored
    ? { from: layout.left, to: layout.left + layout.width - labelWidth }
    : { from: valueX, to: layout.left + layout.width };
  const count = Math.max(1, labelLines.length, valueLines.length);
  // Bottom-aligned, so the last line of each sits on the rule where the writing goes.
  const at = (lines: string[], row: number) => lines[row - (count - lines.length)] ?? '';
  const labelNode = addNode(parent, 'P');
  const valueNode = addNode(parent, 'P');
  const writeGap = 2.5 * MM;

  return Array.from({ length: count }, (_, row): FlowItem => {
    const last = row === count - 1;
    const height = last
      ? Math.max(style.lineHeight + writeGap, minHeight - (count - 1) * style.lineHeight)
      : style.lineHeight;
    return {
      height,
      spaceBefore: 0,
      keepWithNext: true,
      draw(canvas, top) {
        const baseline = last ? top - height + writeGap : baselineIn(top, style);
        const labelLine = at(labelLines, row);
        const valueLine = at(valueLines, row);
        const labelX = layout.lineStart(labelLine, labelStyle, labelBox, labelWidth - style.size * 0.5);
        canvas.text(labelNode, labelLine, labelStyle, labelX, baseline);
        const valueAt = layout.lineStart(valueLine, style, rule.from + 4, rule.to - rule.from - 4);
        canvas.text(valueNode, valueLine, style, valueAt, baseline);
        if (last)
          canvas.line(
            { x: rule.from, y: baseline - 3 },
            { x: rule.to, y: baseline - 3 },
            0.75,
            layout.theme.colour.writingRule,
          );
      },
    };
  });
}

/** A label and one line to write on beside it, for a team detail nobody has filled in yet. */
export function writeOnLabelItems(layout: Layout, parent: StructNode, label: string): FlowItem[] {
  const style = layout.style('bold', layout.theme.body);
  const width = Math.min(layout.width * 0.45, layout.measure(style)(safeText(label, style.face)) + style.size);
  return writeOnRow(layout, parent, label, '', layout.theme.space.signatureRow, width, 'bold');
}

/** An empty line to write on, with the rule along the bottom of its space. */
function ruleItem(layout: Layout, height: number, keepWithNext: boolean): FlowItem {
  return {
    height,
    spaceBefore: 0,
    keepWithNext,
    draw(canvas, top) {
      const y = top - height + 0.5;
      canvas.line({ x: layout.left, y }, { x: layout.left + layout.width, y }, 0.75, layout.theme.colour.writingRule);
    },
  };
}
