import { PDFDocument, type PDFImage } from 'pdf-lib';
import type { EasyReadModel, EasyReadPoint } from '~/core/easy-read/model';
import type { SymbolId } from '~/core/easy-read/symbols';
import type { FlowItem } from '~/core/pdf/flow';
import { drawPages } from '~/core/pdf/draw-pages';
import { embedTypefaces, type FontBytes } from '~/core/pdf/fonts';
import { createLayout, type Layout } from '~/core/pdf/layout';
import type { ComplexScripts } from '~/core/pdf/scripts/complex-scripts';
import { addNode, createDocumentNode, type StructNode } from '~/core/pdf/structure';
import { MM, themeFor } from '~/core/pdf/theme';
import { headingItems, listItems, paragraphItems } from '~/core/pdf/blocks/text-blocks';
import { spacer, withSpaceBefore } from '~/core/pdf/blocks/text-lines';

/** The picture's side, and the gap between it and the words. */
const SYMBOL = 24 * MM;
const GUTTER = 7 * MM;

/**
 * Draws the easy read agreement as a tagged A4 PDF: every piece of text at least 16pt, a picture on the
 * left of each point (a Figure with its alternative text) and its sentences on the right, one a line.
 * `symbols` holds each picture as PNG bytes.
 */
export async function buildEasyReadPdf(
  model: EasyReadModel,
  fonts: FontBytes,
  symbols: ReadonlyMap<SymbolId, Uint8Array>,
  scripts?: ComplexScripts,
  options: { now?: Date } = {},
): Promise<Uint8Array> {
  const now = options.now && Number.isFinite(options.now.getTime()) ? options.now : new Date();
  const doc = await PDFDocument.create();
  const faces = await embedTypefaces(
    doc,
    fonts,
    [model.title, model.reference, model.dateText].join('|'),
    scripts && { fonts: scripts, lang: model.lang },
  );
  const images = new Map<SymbolId, PDFImage>();
  for (const [id, bytes] of symbols) images.set(id, await doc.embedPng(bytes));
  const theme = themeFor(true);
  const layout = createLayout(theme, faces);
  const root = createDocumentNode();
  const point = pointItems(layout, images);
  const items: FlowItem[] = [
    ...headingItems(layout, root, 'H1', model.title, theme.h1, 0),
    ...model.intro.flatMap((p, i) => point(root, p, i === 0 ? theme.space.afterHeading : theme.space.beforeHeading)),
    ...model.sections.flatMap((section) => {
      const sect = addNode(root, 'Sect');
      return [
        ...headingItems(layout, sect, 'H2', section.heading, theme.h2, theme.space.beforeHeading * 1.5),
        ...section.points.flatMap((p, i) =>
          point(sect, p, i === 0 ? theme.space.afterHeading * 2 : theme.space.beforeHeading),
        ),
      ];
    }),
  ];

  return drawPages(doc, layout, { model, items, root }, now);
}

/**
 * One point: its picture beside the first lines, which stay together with it on one page, then the rest of
 * its words (a long answer may go on to the next page, the picture never does).
 */
function pointItems(layout: Layout, images: ReadonlyMap<SymbolId, PDFImage>) {
  const { theme } = layout;
  const textLeft = layout.left + SYMBOL + GUTTER;
  const column: Layout = { ...layout, left: textLeft, width: layout.left + layout.width - textLeft };
  return (parent: StructNode, point: EasyReadPoint, spaceBefore: number): FlowItem[] => {
    const group = addNode(parent, 'Div');
    const figure = addNode(group, 'Figure');
    figure.alt = point.alt;
    const body = theme.space.paragraph;
    const words: FlowItem[] = [
      ...point.sentences.flatMap((sentence, i) => paragraphItems(column, group, sentence, i === 0 ? 0 : body)),
      ...(point.answer?.kind === 'text' ? paragraphItems(column, group, point.answer.text, body) : []),
      ...(point.answer?.kind === 'list' ? listItems(column, group, point.answer, body) : []),
      ...(point.writeOn ?? []).flatMap((label) => writeOnItems(column, group, label)),
    ];
    // Lines beside the picture stay with it; a short point is made as tall as its picture.
    let height = 0;
    for (const item of words) {
      if (height >= SYMBOL) break;
      height += item.spaceBefore + item.height;
      item.keepWithNext = true;
    }
    // Where to sign is never split from whose signature it is.
    if (point.writeOn) for (const item of words) item.keepWithNext = true;
    if (height < SYMBOL) words.push(spacer(SYMBOL - height));
    words.at(-1)!.keepWithNext = false;
    const first = words[0]!;
    const drawWords = first.draw;
    const image = images.get(point.symbol);
    first.draw = (canvas, top, place) => {
      if (image) canvas.image(figure, image, layout.left, top - SYMBOL, SYMBOL, SYMBOL);
      drawWords(canvas, top, place);
    };
    return withSpaceBefore(words, spaceBefore);
  };
}

/** "Signature" with a line to write on after it. */
function writeOnItems(layout: Layout, parent: StructNode, label: string): FlowItem[] {
  const { theme } = layout;
  const items = paragraphItems(layout, parent, label, theme.space.paragraph * 2);
  const last = items.at(-1)!;
  const drawLabel = last.draw;
  last.draw = (canvas, top, place) => {
    drawLabel(canvas, top, place);
    const y = top - last.height - 1 * MM;
    canvas.line({ x: layout.left, y }, { x: layout.left + layout.width, y }, 0.75, theme.colour.writingRule);
  };
  last.height += 8 * MM;
  return items;
}
