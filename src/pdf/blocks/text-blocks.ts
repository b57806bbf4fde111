import type { AgreementBlock } from '../../agreement/model';
import type { FlowItem } from '../flow';
import { baselineIn, type Layout, type LineStyle } from '../layout';
import { safeText } from '../safe-text';
import { addNode, type StructNode } from '../structure';
import type { TypeSize } from '../theme';
import { spacer, textItems, withSpaceBefore } from './text-lines';

type Block<K extends AgreementBlock['kind']> = Extract<AgreementBlock, { kind: K }>;

/** A heading (H1, H2, H3) that always stays on the page of what follows it. */
export function headingItems(
  layout: Layout,
  parent: StructNode,
  role: string,
  text: string,
  type: TypeSize,
  spaceBefore: number,
): FlowItem[] {
  const style = layout.style('bold', type, layout.theme.colour.heading);
  return textItems(layout, addNode(parent, role), text, style, { spaceBefore, keep: 'together-with-next' });
}

/** A paragraph of body text, or of another size and colour. */
export function paragraphItems(
  layout: Layout,
  parent: StructNode,
  text: string,
  spaceBefore: number,
  style?: LineStyle,
): FlowItem[] {
  return textItems(layout, addNode(parent, 'P'), text, style ?? layout.style('regular', layout.theme.body), {
    spaceBefore,
  });
}

/** A bold label, then the answer as a paragraph or a list; "Not discussed yet" answers in the secondary grey. */
export function fieldItems(layout: Layout, parent: StructNode, block: Block<'field'>, spaceBefore: number): FlowItem[] {
  const { theme } = layout;
  const labelStyle = layout.style('bold', theme.body);
  const items = textItems(layout, addNode(parent, 'P'), block.label, labelStyle, { keep: 'together-with-next' });
  const valueStyle = layout.style('regular', theme.body, block.empty ? theme.colour.secondary : theme.colour.text);
  const value =
    block.value.kind === 'list'
      ? listItems(layout, parent, block.value, theme.space.afterLabel)
      : textItems(layout, addNode(parent, 'P'), block.value.text, valueStyle, { spaceBefore: theme.space.afterLabel });
  items.push(...value);
  return withSpaceBefore(items, spaceBefore);
}

/** A bulleted or numbered list with hanging indents: L > LI > Lbl + LBody. */
export function listItems(
  layout: Layout,
  parent: StructNode,
  block: { ordered: boolean; items: string[] },
  spaceBefore: number,
): FlowItem[] {
  const { theme } = layout;
  const style = layout.style('regular', theme.body);
  const measure = layout.measure(style);
  const texts = block.items ?? [];
  const labels = texts.map((_, index) => safeText(block.ordered ? `${index + 1}.` : '\u2022', style.face));
  const labelWidth = Math.max(0, ...labels.map(measure));
  const labelRight = layout.left + (block.ordered ? labelWidth : style.size * 0.9);
  const bodyX = labelRight + style.size * 0.7;
  const list = addNode(parent, 'L', { owner: 'List', values: { ListNumbering: block.ordered ? 'Decimal' : 'Disc' } });

  const items = texts.flatMap((text, index) => {
    const entry = addNode(list, 'LI');
    const label = addNode(entry, 'Lbl');
    const body = addNode(entry, 'LBody');
    const lines = textItems(layout, body, text, style, { x: bodyX });
    if (lines.length === 0) lines.push(spacer(style.lineHeight));
    const first = lines[0]!;
    const drawFirst = first.draw;
    const labelText = labels[index]!;
    first.draw = (canvas, top, place) => {
      canvas.text(label, labelText, style, labelRight - measure(labelText), baselineIn(top, style));
      drawFirst(canvas, top, place);
    };
    return withSpaceBefore(lines, index === 0 ? 0 : theme.space.listItem);
  });
  return withSpaceBefore(items, spaceBefore);
}
