import { PDFDocument } from 'pdf-lib';
import type { AgreementModel } from '~/core/agreement/model';
import { agreementItems } from './agreement-items';
import { PageCanvas } from './canvas';
import { paginate, placeFlags } from './flow';
import { embedTypefaces, type FontBytes } from './fonts';
import { createLayout } from './layout';
import { setMetadata } from './metadata';
import { createFurniture } from './page-furniture';
import { createDocumentNode } from './structure';
import { themeFor } from './theme';
import { writeStructureTree } from './write-structure';

/** Draws the agreement as a tagged, paginated A4 PDF; any text is safe to pass in, and the same input gives the same PDF. */
export async function buildAgreementPdf(
  model: AgreementModel,
  fonts: FontBytes,
  options: { now?: Date } = {},
): Promise<Uint8Array> {
  const now = options.now && Number.isFinite(options.now.getTime()) ? options.now : new Date();
  const doc = await PDFDocument.create();
  const faces = await embedTypefaces(
    doc,
    fonts,
    [
      model.title,
      model.reference,
      model.dateText,
      model.fileName,
      model.alsoIn?.title,
      model.alsoIn?.reference,
      model.alsoIn?.dateText,
    ].join('|'),
  );
  const theme = themeFor(model.largePrint === true, model.blankForm === true);
  const layout = createLayout(theme, faces);
  const root = createDocumentNode();
  const items = agreementItems(layout, root, model);

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

  writeStructureTree(doc, root);
  setMetadata(doc, model, now);
  return doc.save();
}
