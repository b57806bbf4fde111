import type { PDFDocument } from 'pdf-lib';
import type { AgreementModel, FrontLines } from '~/core/agreement/model';
import { PageCanvas } from './canvas';
import { paginate, placeFlags, type FlowItem } from './flow';
import type { Layout } from './layout';
import { setMetadata } from './metadata';
import { createFurniture } from './page-furniture';
import type { StructNode } from './structure';
import { writeStructureTree } from './write-structure';

/**
 * The last step every PDF of ours shares: lays the items out on A4 pages between the page header and footer,
 * draws them, writes the structure tree and the file's metadata, and returns its bytes.
 */
export function drawPages(
  doc: PDFDocument,
  layout: Layout,
  content: {
    model: FrontLines & Pick<AgreementModel, 'pageOf' | 'meta' | 'lang'>;
    items: FlowItem[];
    root: StructNode;
  },
  now: Date,
): Promise<Uint8Array> {
  const { theme } = layout;
  const { model, items, root } = content;
  const furniture = createFurniture(layout, model);
  const bodyTop = theme.page.height - theme.margin.top - furniture.headerHeight;
  const bodyBottom = theme.margin.bottom + furniture.footerHeight;
  const placements = paginate(items, bodyTop - bodyBottom);
  const pageCount = (placements[placements.length - 1]?.page ?? 0) + 1;
  const canvases = Array.from({ length: pageCount }, (_, index) => {
    const canvas = new PageCanvas(doc.addPage([theme.page.width, theme.page.height]), index);
    furniture.draw(canvas, index + 1, pageCount);
    return canvas;
  });
  placements.forEach((placement, index) => {
    placement.item.draw(canvases[placement.page]!, bodyTop - placement.offset, placeFlags(placements, index));
  });
  layout.faces.finish?.();
  writeStructureTree(doc, root);
  setMetadata(doc, model, now);
  return doc.save();
}
