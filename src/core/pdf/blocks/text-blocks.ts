import type { AgreementBlock } from '~/core/agreement/model';
import type { FlowItem } from '~/core/pdf/flow';
import { baselineIn, type Layout, type LineStyle } from '~/core/pdf/layout';
import { safeText } from '~/core/pdf/safe-text';
import { addNode, type StructNode } from '~/core/pdf/structure';
import type { TypeSize } from '~/core/pdf/theme';
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

/** What was agreed: the sentence, then the person's own words (a paragraph) or choices (a list). */
export function statementItems(
  layout: Layout,
  parent: StructNode,
  block: Block<'statement'>,
  privateLabel: string,
  spaceBefore: number,
): FlowItem[] {
  const { theme } = layout;
  const sentence = block.private ? `${privateLabel}: ${block.text}` : block.text;
  const items = textItems(layout, addNode(parent, 'P'), sentence, layout.style('regular', theme.body), {
    keep: block.value ? 'together-with-next' : 'no-orphans',
  });
  if (block.value?.kind === 'list') items.push(...listItems(layout, parent, block.value, theme.space.afterLabel));
  else if (block.value) {
    // The person's own words, set in from the margin so they read as theirs.
    const indent = theme.body.size * 1.2;
    items.push(
      ...textItems(layout, addNode(parent, 'P'), block.value.text, layout.style('regular', theme.body), {
        x: layout.rightToLeft ? layout.left : layout.left + indent,
        width: layout.width - indent,
        spaceBefore: theme.space.afterLabel,
      }),
    );
  }
  return withSpaceBefore(items, spaceBefore);
}

/** A detail the team gives: bold label and its value, or a line to write it on with the family. */
export function teamFieldItems(
  layout: Layout,
  parent: StructNode,
  block: Block<'teamField'>,
  spaceBefore: number,
  writeOn: (label: string) => FlowItem[],
): FlowItem[] {
  const { theme } = layout;
  if (!block.value) return withSpaceBefore(writeOn(block.label), spaceBefore);
  const items = textItems(layout, addNode(parent, 'P'), block.label, layout.style('bold', theme.body), {
    keep: 'together-with-next',
  });
  items.push(
    ...textItems(layout, addNode(parent, 'P'), block.value, layout.style('regular', theme.body), {
      spaceBefore: theme.space.afterLabel,
    }),
  );
  return withSpaceBefore(items, spaceBefore);
}

/** Organisations that may help, on paper: name, phone number and web address on each line, the intro kept with them. */
export function organisationItems(
  layout: Layout,
  parent: StructNode,
  block: Block<'organisations'>,
  spaceBefore: number,
): FlowItem[] {
  const intro = textItems(layout, addNode(parent, 'P'), block.intro, layout.style('regular', layout.theme.body), {
    keep: 'together-with-next',
  });
  // On paper a phone number and a postal address matter more than a web address, so they come first.
  const items = block.items.map((org) =>
    [
      [org.name, org.phone, org.website.replace(/^https:\/\//, '').replace(/\/$/, '')].filter(Boolean).join('  ·  '),
      org.address?.split('\n').join(', '),
      org.checked,
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return withSpaceBefore(
    [...intro, ...listItems(layout, parent, { ordered: false, items }, layout.theme.space.afterLabel, true)],
    spaceBefore,
  );
}

/** A bulleted or numbered list with hanging indents: L > LI > Lbl + LBody. */
export function listItems(
  layout: Layout,
  parent: StructNode,
  block: { ordered: boolean; items: string[] },
  spaceBefore: number,
  /** Keep each entry's lines on one page, and the whole list when it fits on one. */
  keepTogether = false,
): FlowItem[] {
  const { theme } = layout;
  const style = layout.style('regular', theme.body);
  const measure = layout.measure(style);
  const texts = block.items ?? [];
  const labels = texts.map((_, index) => safeText(block.ordered ? `${index + 1}.` : '\u2022', style.face));
  const labelWidth = Math.max(0, ...labels.map(measure));
  const labelArea = block.ordered ? labelWidth : style.size * 0.9;
  const gap = style.size * 0.7;
  // Right to left (Urdu): the bullet or number at the right edge, the words to its left.
  const bodyX = layout.rightToLeft ? layout.left : layout.left + labelArea + gap;
  const bodyWidth = layout.width - labelArea - gap;
  const labelX = (labelText: string) =>
    layout.rightToLeft ? layout.left + layout.width - labelArea : layout.left + labelArea - measure(labelText);
  const list = addNode(parent, 'L', { owner: 'List', values: { ListNumbering: block.ordered ? 'Decimal' : 'Disc' } });

  const items = texts.flatMap((text, index) => {
    const entry = addNode(list, 'LI');
    const label = addNode(entry, 'Lbl');
    const body = addNode(entry, 'LBody');
    const lines = textItems(layout, body, text, style, { x: bodyX, width: bodyWidth });
    if (lines.length === 0) lines.push(spacer(style.lineHeight));
    const first = lines[0]!;
    const drawFirst = first.draw;
    const labelText = labels[index]!;
    first.draw = (canvas, top, place) => {
      canvas.text(label, labelText, style, labelX(labelText), baselineIn(top, style));
      drawFirst(canvas, top, place);
    };
    if (keepTogether) {
      lines.forEach((line, i) => (line.keepWithNext = i < lines.length - 1));
      lines[lines.length - 1]!.keepBlock = index < texts.length - 1;
    }
    return withSpaceBefore(lines, index === 0 ? 0 : theme.space.listItem);
  });
  return withSpaceBefore(items, spaceBefore);
}
