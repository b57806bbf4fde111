import {
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  HeightRule,
  LeaderType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { AgreementBlock } from '~/core/agreement/model';
import { assertNever } from '~/core/assert-never';
import { languageOf, list, paragraph, runs, type WordContext } from './word-text';

type Block<K extends AgreementBlock['kind']> = Extract<AgreementBlock, { kind: K }>;
type Part = Paragraph | Table;

/** Twentieths of a point: the page's text width on A4 with 2.5cm margins, and a writing line about 10mm high. */
const TEXT_WIDTH = 9026;
const WRITING_LINE = 567;
/** Most lines a writing space gets, so a wrong number cannot run to pages of empty box. */
const MAX_LINES = 40;

/** One block of the agreement as Word paragraphs, lists and tables. */
export function blockParts(ctx: WordContext, block: AgreementBlock): Part[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraph(ctx, block.text)];
    case 'statement':
      return statementParts(ctx, block);
    case 'teamField':
      return [
        new Paragraph({ children: runs(ctx, block.label, { bold: true }), keepNext: true, spacing: { after: 40 } }),
        new Paragraph({
          children: runs(ctx, block.value || ctx.labels.toFillIn, block.value ? {} : { italics: true }),
        }),
      ];
    case 'table':
      return tableParts(ctx, block);
    case 'organisations':
      return [paragraph(ctx, block.intro, { keepNext: true }), ...organisationList(ctx, block)];
    case 'signatures':
      return signatureParts(ctx, block);
    case 'writingSpace':
      return [writingBox(ctx, block)];
    case 'tickBoxes':
      return [...questionParts(ctx, block), ...list(ctx, 'tickBoxes', block.options)];
    default:
      return assertNever(block);
  }
}

/** What was agreed, then the person's own words (line breaks kept, set in) or choices (a real list). */
function statementParts(ctx: WordContext, block: Block<'statement'>): Part[] {
  const sentence = new Paragraph({
    keepNext: Boolean(block.value),
    children: [
      ...(block.private ? runs(ctx, `${ctx.labels.private}: `, { bold: true }) : []),
      ...runs(ctx, block.text),
    ],
  });
  if (!block.value) return [sentence];
  if (block.value.kind === 'list')
    return [sentence, ...list(ctx, block.value.ordered ? 'numbers' : 'bullets', block.value.items)];
  return [sentence, paragraph(ctx, block.value.text, { indent: { left: 567 } })];
}

const cell = (ctx: WordContext, text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: runs(ctx, text, { bold }) })] });

/** Caption, then a table whose header row repeats at the top of every page it runs on to. */
function tableParts(ctx: WordContext, block: Block<'table'>): Part[] {
  const columns = Math.max(1, block.headers.length);
  return [
    paragraph(ctx, block.caption, { style: 'Caption', keepNext: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: Array.from({ length: columns }, () => Math.floor(TEXT_WIDTH / columns)),
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: block.headers.map((h) => cell(ctx, h, true)) }),
        ...block.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: Array.from({ length: columns }, (_, c) => cell(ctx, row[c] ?? '')),
            }),
        ),
      ],
    }),
  ];
}

/** Each organisation on its own list item: its name linked to its website, its phone number and web address. */
function organisationList(ctx: WordContext, block: Block<'organisations'>): Paragraph[] {
  const instance = ctx.nextList();
  return block.items.map((org) => {
    const address = org.website.replace(/^https:\/\//, '').replace(/\/$/, '');
    const rest = [org.phone, address].filter(Boolean).join(' · ');
    return new Paragraph({
      numbering: { reference: 'ltw-bullets', level: 0, instance },
      children: [
        new ExternalHyperlink({ link: org.website, children: runs(ctx, org.name, { style: 'Hyperlink' }) }),
        ...runs(ctx, rest ? ` · ${rest}` : ''),
      ],
    });
  });
}

/** A label, then a tab that draws a line to the margin: on paper a line to write on, on screen the place to type. */
function writeOnLine(ctx: WordContext, label: string, value = '') {
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.UNDERSCORE }],
    spacing: { before: 240 },
    children: [...runs(ctx, `${label}: ${value}`), new TextRun({ children: [new Tab()], ...languageOf(ctx) })],
  });
}

/** For each party a Heading 3 and Name, Signature, Date and "agreed by phone" lines, kept on one page. */
function signatureParts(ctx: WordContext, block: Block<'signatures'>): Part[] {
  const { labels } = block;
  return block.parties.flatMap((party) => [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: runs(ctx, party.heading) }),
    writeOnLine(ctx, labels.name, party.name),
    writeOnLine(ctx, labels.signature),
    writeOnLine(ctx, labels.date),
    writeOnLine(ctx, labels.byPhone),
  ]);
}

/** A blank form's question: its label in bold, then its hints (when to answer, how many to tick). */
function questionParts(ctx: WordContext, block: Block<'writingSpace'> | Block<'tickBoxes'>): Paragraph[] {
  return [
    new Paragraph({
      children: runs(ctx, block.label, { bold: true }),
      keepNext: true,
      spacing: { before: 240, after: 80 },
    }),
    ...(block.hint ? [paragraph(ctx, block.hint, { keepNext: true })] : []),
  ];
}

const line = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/**
 * The room to write an answer: a table of one column whose header row is the question (and its hints), and
 * below it one empty cell to type into, as tall as the lines the paper form gives. A screen reader names the
 * empty cell by its header, the question, and the person meets one empty cell rather than many blank lines.
 */
function writingBox(ctx: WordContext, block: Block<'writingSpace'>): Table {
  const lines = Math.min(Math.max(Number.isFinite(block.lines) ? Math.floor(block.lines) : 1, 1), MAX_LINES);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [TEXT_WIDTH],
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [
          new TableCell({ children: questionParts(ctx, block), borders: { top: none, left: none, right: none } }),
        ],
      }),
      new TableRow({
        height: { value: lines * WRITING_LINE, rule: HeightRule.ATLEAST },
        children: [new TableCell({ children: [new Paragraph({ children: runs(ctx, '') })] })],
      }),
    ],
  });
}
