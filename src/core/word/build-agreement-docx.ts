import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { secondLanguageLine, type AgreementModel, type FrontLine } from '~/core/agreement/model';
import { coreProperties } from './core-properties';
import { blockParts } from './word-blocks';
import { documentStyles, numbering } from './word-styles';
import { paragraph, runs, type WordContext } from './word-text';

/** Twentieths of a point: A4 with 2.5cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1417 };

/**
 * Writes the agreement (or a blank form) as a Word document from its model: Word's own headings, real lists,
 * tables whose header row repeats, the language of the document and of each section in another language, and
 * its title. Plain JavaScript over data, so it runs at build time and on the person's device alike.
 */
export async function buildAgreementDocx(model: AgreementModel, options: { now?: Date } = {}): Promise<Uint8Array> {
  const now = options.now && Number.isFinite(options.now.getTime()) ? options.now : new Date();
  let lists = 0;
  const base: WordContext = { labels: model.labels, nextList: () => ++lists };
  const front = (line: FrontLine) => {
    const second = secondLanguageLine(model, line);
    return [
      ...runs(base, model[line]),
      ...(second ? [...runs(base, ' / '), ...runs({ ...base, lang: second.lang }, second.text)] : []),
    ];
  };
  const children = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: front('title') }),
    paragraph(base, model.subtitle),
    ...[model.copyNote, model.versionText]
      .filter((text): text is string => Boolean(text))
      .map((text) => new Paragraph({ children: runs(base, text, { bold: true }) })),
    new Paragraph({ children: [...front('reference'), ...runs(base, '\n'), ...front('dateText')] }),
    ...model.intro.map((text) => paragraph(base, text)),
    ...model.sections.flatMap((section) => {
      const ctx: WordContext = {
        ...base,
        labels: section.labels ?? model.labels,
        ...(section.lang && section.lang !== model.lang ? { lang: section.lang } : {}),
      };
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          pageBreakBefore: section.newPage === true,
          children: runs(ctx, section.heading),
        }),
        ...section.blocks.flatMap((block) => blockParts(ctx, block)),
      ];
    }),
  ];
  const doc = new Document({
    title: model.title,
    styles: documentStyles(model.lang, model.largePrint === true),
    numbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children,
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(doc, false, [
    { path: 'docProps/core.xml', data: coreProperties(model, now) },
  ]);
  return new Uint8Array(bytes);
}
