import {
  secondLanguageLine,
  type AgreementBlock,
  type AgreementModel,
  type AgreementSection,
} from '~/core/agreement/model';
import { signatureItems, tickBoxItems, writeOnLabelItems, writingSpaceItems } from '~/core/pdf/blocks/form-blocks';
import { tableItems } from '~/core/pdf/blocks/table';
import { assertNever } from '~/core/assert-never';
import {
  headingItems,
  organisationItems,
  paragraphItems,
  statementItems,
  teamFieldItems,
} from '~/core/pdf/blocks/text-blocks';
import type { FlowItem } from './flow';
import type { Layout } from './layout';
import { addNode, type StructNode } from './structure';

/** The whole agreement as flow items in reading order, building its structure tree under `root` on the way. */
export function agreementItems(layout: Layout, root: StructNode, model: AgreementModel): FlowItem[] {
  const { theme } = layout;
  const items = [
    ...headingItems(layout, root, 'H1', model.title, theme.h1, 0),
    ...secondTitleItems(layout, root, model),
    ...paragraphItems(
      layout,
      root,
      model.subtitle,
      theme.space.afterHeading,
      layout.style('regular', theme.subtitle, theme.colour.secondary),
    ),
    ...(model.copyNote
      ? paragraphItems(layout, root, model.copyNote, theme.space.paragraph, layout.style('bold', theme.body))
      : []),
    ...(model.versionText
      ? paragraphItems(layout, root, model.versionText, theme.space.paragraph, layout.style('bold', theme.body))
      : []),
    ...(model.intro ?? []).flatMap((text) => paragraphItems(layout, root, text, theme.space.paragraph)),
  ];
  const labelsOf = (section: AgreementSection) => section.labels ?? model.labels;
  for (const section of model.sections ?? []) {
    const sect = addNode(root, 'Sect');
    if (section.lang) sect.lang = section.lang;
    const heading = headingItems(layout, sect, 'H2', section.heading, theme.h2, theme.space.beforeHeading);
    if (section.newPage && heading[0]) heading[0].pageBreakBefore = true;
    items.push(...heading);
    (section.blocks ?? []).forEach((block, index) => {
      items.push(
        ...blockItems(
          layout,
          sect,
          block,
          index === 0 ? theme.space.afterHeading : spaceAbove(layout, block),
          labelsOf(section).private,
        ),
      );
    });
  }
  return items;
}

/** A bilingual document's title in its second language, under the first's and marked with its own /Lang. */
function secondTitleItems(layout: Layout, root: StructNode, model: AgreementModel): FlowItem[] {
  const second = secondLanguageLine(model, 'title');
  if (!second) return [];
  const part = addNode(root, 'Div');
  part.lang = second.lang;
  const style = layout.style('bold', layout.theme.h2, layout.theme.colour.heading);
  const items = paragraphItems(layout, part, second.text, 0, style);
  for (const item of items) item.keepWithNext = true;
  return items;
}

/** Forms get more room above them, so a label sits closer to its own lines than to the rule before it. */
function spaceAbove(layout: Layout, block: AgreementBlock): number {
  const { paragraph } = layout.theme.space;
  const form = block.kind === 'writingSpace' || block.kind === 'signatures' || block.kind === 'tickBoxes';
  return form ? paragraph * 2 : paragraph;
}

function blockItems(
  layout: Layout,
  parent: StructNode,
  block: AgreementBlock,
  spaceBefore: number,
  privateLabel: string,
): FlowItem[] {
  switch (block.kind) {
    case 'paragraph':
      return paragraphItems(layout, parent, block.text, spaceBefore);
    case 'statement':
      return statementItems(layout, parent, block, privateLabel, spaceBefore);
    case 'teamField':
      return teamFieldItems(layout, parent, block, spaceBefore, (label) => writeOnLabelItems(layout, parent, label));
    case 'organisations':
      return organisationItems(layout, parent, block, spaceBefore);
    case 'tickBoxes':
      return tickBoxItems(layout, parent, block, spaceBefore);
    case 'table':
      return tableItems(layout, parent, block, spaceBefore);
    case 'signatures':
      return signatureItems(layout, parent, block, spaceBefore);
    case 'writingSpace':
      return writingSpaceItems(layout, parent, block, spaceBefore);
    default:
      return assertNever(block);
  }
}
