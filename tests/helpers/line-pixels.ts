import { execFileSync } from 'node:child_process';
import { parsePgm, type Box, type Gray } from './page-pixels';

/** Resolution of the rendered lines: an 11pt letter is about 23 pixels high. */
export const DPI = 150;
const DARK = 160;

/** Where a line of text lies in a PDF: its page (from 1) and the band between the label above it and the next. */
export interface LineBand {
  page: number;
  top: number;
  bottom: number;
}

/**
 * The band of page between each label ("Sample 1", "Sample 2"...) and the next one, in points from the top of the
 * page, found by poppler's word boxes: the line drawn between them is the sample's. `labels` runs to one past
 * the last sample (its closing label). When a page break falls between two labels, the band is the end of the
 * first page (down to its footer) or the start of the next (below its header), whichever has the line's ink.
 */
export function bandsBetweenLabels(file: string, labels: string[]): LineBand[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const found: { page: number; top: number; bottom: number; word: string }[] = [];
  const pageHeights: number[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    const pageTag = /<page width="[\d.]+" height="([\d.]+)"/.exec(line);
    if (pageTag) pageHeights[++page] = Number(pageTag[1]);
    const word = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</.exec(line);
    if (word) found.push({ page, top: Number(word[1]), bottom: Number(word[2]), word: word[3]! });
  }
  const labelAt = (label: string) => {
    const [first, number] = label.split(' ');
    const index = found.findIndex((w, i) => w.word === first && found[i + 1]?.word === number);
    if (index < 0) throw new Error(`Label "${label}" not found in ${file}`);
    return found[index]!;
  };
  return labels.slice(0, -1).map((label, index) => {
    const above = labelAt(label);
    const below = labelAt(labels[index + 1]!);
    if (below.page === above.page) return { page: above.page, top: above.bottom + 0.5, bottom: below.top - 0.5 };
    // Our PDFs have a running footer ("Page 2 of 5") and header ("Reference: ..."); Chromium's print has none.
    const footer = found.find((w) => w.page === above.page && w.word === 'Page' && w.top > above.bottom);
    const header = found.find((w) => w.page === below.page && w.word === 'Reference:');
    const endOfPage = {
      page: above.page,
      top: above.bottom + 0.5,
      bottom: (footer?.top ?? pageHeights[above.page]!) - 0.5,
    };
    const startOfNext = { page: below.page, top: (header?.bottom ?? 0) + 0.5, bottom: below.top - 0.5 };
    return hasInk(file, endOfPage) ? endOfPage : startOfNext;
  });
}

function hasInk(file: string, band: LineBand): boolean {
  try {
    inkOfBand(file, band);
    return true;
  } catch {
    return false;
  }
}

/** The band rendered by pdftoppm in grey, cut down to its ink (dark pixels). */
export function inkOfBand(file: string, band: LineBand): Gray {
  const scale = DPI / 72;
  const y = Math.floor(band.top * scale);
  const height = Math.ceil(band.bottom * scale) - y;
  const pgm = execFileSync('pdftoppm', [
    ...['-r', String(DPI), '-gray', '-f', String(band.page), '-l', String(band.page)],
    ...['-y', String(y), '-H', String(height), '-W', String(Math.ceil(595.28 * scale)), '-x', '0', file],
  ]);
  const image = parsePgm(pgm);
  return crop(image, inkBox(image));
}

function inkBox(image: Gray): Box {
  const box = { left: image.width, top: image.height, right: 0, bottom: 0 };
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++)
      if (image.pixels[y * image.width + x]! < DARK) {
        box.left = Math.min(box.left, x);
        box.right = Math.max(box.right, x + 1);
        box.top = Math.min(box.top, y);
        box.bottom = Math.max(box.bottom, y + 1);
      }
  if (box.right === 0) throw new Error('No ink in the band');
  return box;
}

function crop(image: Gray, box: Box): Gray {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    pixels.set(
      image.pixels.subarray((box.top + y) * image.width + box.left, (box.top + y) * image.width + box.right),
      y * width,
    );
  return { width, height, pixels };
}

/** Darkness (0 white to 1 black) averaged over a grid of `columns` by `rows` cells covering the whole picture. */
function grid(image: Gray, columns: number, rows: number): number[] {
  const cells: number[] = [];
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < columns; column++) {
      const [x0, x1] = [
        Math.floor((column * image.width) / columns),
        Math.floor(((column + 1) * image.width) / columns),
      ];
      const [y0, y1] = [Math.floor((row * image.height) / rows), Math.floor(((row + 1) * image.height) / rows)];
      let sum = 0;
      let count = 0;
      for (let y = y0; y < Math.max(y1, y0 + 1); y++)
        for (let x = x0; x < Math.max(x1, x0 + 1); x++) {
          sum += 1 - image.pixels[y * image.width + x]! / 255;
          count++;
        }
      cells.push(sum / count);
    }
  return cells;
}

/**
 * How two inked lines differ: their ink boxes' width and height ratios; and their darkness on a grid of cells
 * about a sixth of the text's size, both pictures stretched to the same grid, compared over windows about a
 * letter wide: `pixels` is the worst window's mean difference (0 the same, 1 black against white), so one wrong
 * letter or a reversed number shows even in a long line.
 */
export function compareInk(
  ours: Gray,
  theirs: Gray,
  emPixels: number,
): { width: number; height: number; pixels: number } {
  const cell = emPixels / 4;
  const rows = Math.max(2, Math.round(ours.height / cell));
  const columns = Math.max(2, Math.round(ours.width / cell));
  const a = grid(ours, columns, rows);
  const b = grid(theirs, columns, rows);
  const window = Math.min(columns, 4);
  let worst = 0;
  for (let start = 0; start + window <= columns; start++) {
    let sum = 0;
    for (let row = 0; row < rows; row++)
      for (let column = start; column < start + window; column++)
        sum += Math.abs(a[row * columns + column]! - b[row * columns + column]!);
    worst = Math.max(worst, sum / (rows * window));
  }
  return { width: ours.width / theirs.width, height: ours.height / theirs.height, pixels: worst };
}
