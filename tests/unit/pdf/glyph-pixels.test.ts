import fontkit from '@pdf-lib/fontkit';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PageCanvas } from '~/core/pdf/canvas';
import { embedTypefaces, type Typeface } from '~/core/pdf/fonts';
import { safeText } from '~/core/pdf/safe-text';
import { createDocumentNode } from '~/core/pdf/structure';
import { PDF_OUTPUT } from '../../helpers/agreement-pdf';
import { difference, ink, renderPages, type Box, type Gray } from '../../helpers/page-pixels';
import { openSansBytes } from '../../helpers/pdf-fonts';

/*
 * Extracted text can be right while the glyphs are blank (a subset font once drew 8 of 10 characters as
 * nothing while pdftotext read all 10), so this test judges the pictures poppler draws. Each character is
 * drawn alone in its own cell, with the embedding and drawing code the agreement uses, and rendered at 100 dpi.
 */

/** Accented letters, each with the plain letter it is built on. */
const PAIRS = [
  ['ŵ', 'w'],
  ['ŷ', 'y'],
  ['Ŵ', 'W'],
  ['Ŷ', 'Y'],
  ['â', 'a'],
  ['ê', 'e'],
  ['ô', 'o'],
  ['û', 'u'],
  ['ẁ', 'w'],
  ['ẃ', 'w'],
  ['ẅ', 'w'],
  ['ỳ', 'y'],
  ['é', 'e'],
  ['ż', 'z'],
  ['Ż', 'Z'],
  ['ώ', 'ω'],
  ['Ё', 'Е'],
] as const;
const OTHERS = ['î', 'Â', 'ł', 'Ł', 'ą', 'ę', 'ç', 'œ', 'Γ', 'λ', 'ж', 'ї'];
const CHARACTERS = [...new Set([...PAIRS.flat(), ...OTHERS])];
/** The cell for what safeText draws instead of a character the font lacks (a box, or U+FFFD in Open Sans). */
const REPLACEMENT = 'replacement';

const DPI = 100;
const PX = DPI / 72;
const CELL = 72; // points: exactly 100 pixels
const MARGIN = 36;
const SIZE = 36;
const BASELINE = 50.4; // points below a cell's top: 70 pixels
const PER_ROW = 8;
const WEIGHTS = ['regular', 'bold'] as const;

const bytes = openSansBytes();
const metrics = Object.fromEntries(
  WEIGHTS.map((weight) => {
    const font = fontkit.create(bytes[weight]);
    return [weight, { xHeight: font.xHeight / font.unitsPerEm, capHeight: font.capHeight / font.unitsPerEm }];
  }),
) as Record<(typeof WEIGHTS)[number], { xHeight: number; capHeight: number }>;

/** Cells in order: every character, then the replacement box, in each weight. */
const cells = WEIGHTS.flatMap((weight) => [...CHARACTERS, REPLACEMENT].map((character) => ({ weight, character })));
const rows = Math.ceil(cells.length / PER_ROW);
const cellBox = (index: number): Box => {
  const left = Math.round((MARGIN + (index % PER_ROW) * CELL) * PX);
  const top = Math.round((MARGIN + Math.floor(index / PER_ROW) * CELL) * PX);
  return { left, top, right: left + CELL * PX, bottom: top + CELL * PX };
};
const cellOf = (weight: string, character: string) =>
  cellBox(cells.findIndex((cell) => cell.weight === weight && cell.character === character));

let picture: Gray;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  const faces = await embedTypefaces(doc, bytes, 'glyph-pixels');
  const height = rows * CELL + 2 * MARGIN;
  const canvas = new PageCanvas(doc.addPage([PER_ROW * CELL + 2 * MARGIN, height]), 0);
  const node = createDocumentNode();
  cells.forEach(({ weight, character }, index) => {
    const face: Typeface = faces[weight];
    const text = safeText(character === REPLACEMENT ? '\u738B' : character, face);
    if (character !== REPLACEMENT) expect(text).toBe(character);
    const x = MARGIN + (index % PER_ROW) * CELL + 10;
    const baseline = height - MARGIN - Math.floor(index / PER_ROW) * CELL - BASELINE;
    canvas.text(node, text, { face, size: SIZE, colour: rgb(0, 0, 0) }, x, baseline);
  });
  mkdirSync(PDF_OUTPUT, { recursive: true });
  const file = join(PDF_OUTPUT, 'glyph-pixels.pdf');
  writeFileSync(file, await doc.save());
  const pages = renderPages(file, DPI);
  expect(pages).toHaveLength(1);
  picture = pages[0]!;
});

describe.each(WEIGHTS)('Open Sans %s, embedded as in the agreement and rendered by poppler', (weight) => {
  it.each(CHARACTERS)('draws %s with ink, and not as the replacement', (character) => {
    const cell = cellOf(weight, character);
    expect(ink(picture, cell)).toBeGreaterThan(40);
    expect(difference(picture, cell, cellOf(weight, REPLACEMENT))).toBeGreaterThan(100);
  });

  it('draws the replacement itself, so the comparison above means something', () => {
    expect(ink(picture, cellOf(weight, REPLACEMENT))).toBeGreaterThan(40);
  });

  it.each(PAIRS)('draws %s unlike %s, with its accent above the letter', (accented, plain) => {
    const capital = plain !== plain.toLowerCase();
    const letterTop = (capital ? metrics[weight].capHeight : metrics[weight].xHeight) * SIZE * PX;
    // Above the letter's own height (plus 2 pixels of antialiasing): empty for the plain letter, the accent's ink for the other.
    const above = (box: Box): Box => ({ ...box, bottom: box.top + Math.floor(BASELINE * PX - letterTop) - 2 });
    const withAccent = cellOf(weight, accented);
    const without = cellOf(weight, plain);
    expect(difference(picture, withAccent, without)).toBeGreaterThan(15);
    expect(ink(picture, above(without))).toBeLessThan(5);
    expect(ink(picture, above(withAccent))).toBeGreaterThan(20);
  });
});
