import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A greyscale picture: one byte a pixel, 0 black to 255 white, row by row. */
export interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A rectangle of pixels: left and top edges included, right and bottom excluded. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Parses binary PGM (P5, 8 bits), as `pdftoppm -gray` writes it. */
export function parsePgm(data: Buffer): Gray {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.toString('latin1', 0, 40));
  if (!header) throw new Error('Not an 8-bit binary PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  return { width, height, pixels: new Uint8Array(data.subarray(header[0].length, header[0].length + width * height)) };
}

/** The pages of a PDF file (all, or only page `only`, counted from 1) rendered by poppler at `dpi`, in order. */
export function renderPages(file: string, dpi: number, only?: number): Gray[] {
  const dir = mkdtempSync(join(tmpdir(), 'ltw-pixels-'));
  const range = only ? ['-f', String(only), '-l', String(only)] : [];
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', ...range, file, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pgm'))
    .sort()
    .map((name) => parsePgm(readFileSync(join(dir, name))));
}

const DARK = 128;

/** How many dark pixels a box holds. */
export function ink(image: Gray, box: Box): number {
  let count = 0;
  for (let y = box.top; y < box.bottom; y++)
    for (let x = box.left; x < box.right; x++) if (image.pixels[y * image.width + x]! < DARK) count++;
  return count;
}

/** How many pixels are dark in one box and light in the other (boxes of the same size). */
export function difference(image: Gray, a: Box, b: Box): number {
  let count = 0;
  for (let dy = 0; dy < a.bottom - a.top; dy++)
    for (let dx = 0; dx < a.right - a.left; dx++) {
      const first = image.pixels[(a.top + dy) * image.width + a.left + dx]! < DARK;
      const second = image.pixels[(b.top + dy) * image.width + b.left + dx]! < DARK;
      if (first !== second) count++;
    }
  return count;
}
