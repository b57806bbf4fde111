import { PDFDocument } from 'pdf-lib';
import type { AgreementModel } from '~/core/agreement/model';
import { agreementItems } from './agreement-items';
import { drawPages } from './draw-pages';
import { embedTypefaces, type FontBytes } from './fonts';
import { createLayout } from './layout';
import type { ComplexScripts } from './scripts/complex-scripts';
import { createDocumentNode } from './structure';
import { themeFor } from './theme';

/**
 * Draws the agreement as a tagged, paginated A4 PDF; any text is safe to pass in, and the same input gives the same
 * PDF. `scripts` (HarfBuzz and the script fonts scriptNeeds names) draws writing Open Sans cannot.
 */
export async function buildAgreementPdf(
  model: AgreementModel,
  fonts: FontBytes,
  scripts?: ComplexScripts,
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
    scripts && { fonts: scripts, lang: model.lang },
  );
  const theme = themeFor(model.largePrint === true, model.blankForm === true);
  const layout = createLayout(theme, faces);
  const root = createDocumentNode();
  const items = agreementItems(layout, root, model);

  return drawPages(doc, layout, { model, items, root }, now);
}
