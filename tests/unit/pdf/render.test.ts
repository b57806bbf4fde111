import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { blankModel, completeModel, hostileModel } from '../../fixtures/agreement/models';
import { describe, expect, it } from 'vitest';
import type { AgreementModel } from '~/core/agreement/model';
import { agreementPdf, PDF_OUTPUT, poppler } from '../../helpers/agreement-pdf';

const MODELS: [string, AgreementModel][] = [
  ['complete', completeModel],
  ['hostile', hostileModel],
  ['blank', blankModel],
];

/** Share of dark pixels between the running header and footer of a greyscale PGM page picture. */
function bodyInk(pgm: Buffer): number {
  const [, width, height] = pgm
    .toString('latin1', 0, 40)
    .match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!
    .map(Number) as [number, number, number];
  const pixels = pgm.subarray(pgm.length - width * height);
  const top = Math.round(height * 0.1);
  const bottom = Math.round(height * 0.9);
  let dark = 0;
  for (let i = top * width; i < bottom * width; i++) if (pixels[i]! < 200) dark++;
  return dark / ((bottom - top) * width);
}

describe.each(MODELS)('the %s PDF, rendered by poppler', (name, model) => {
  it('renders every page to PNG without errors', async () => {
    const { file } = await agreementPdf(name, model);
    const pages = Number(poppler('pdfinfo', file).match(/^Pages:\s+(\d+)$/m)![1]);
    const dir = join(PDF_OUTPUT, `render-${name}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const run = spawnSync('pdftoppm', ['-r', '50', '-png', file, join(dir, 'page')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/error/i);
    const pictures = readdirSync(dir).filter((entry) => entry.endsWith('.png'));
    expect(pictures).toHaveLength(pages);
    for (const picture of pictures) expect(statSync(join(dir, picture)).size).toBeGreaterThan(4_000);
  });

  it('puts visible ink in the body of every page, not only in the header and footer', async () => {
    const { file } = await agreementPdf(name, model);
    const dir = join(PDF_OUTPUT, `render-${name}`);
    mkdirSync(dir, { recursive: true });
    const run = spawnSync('pdftoppm', ['-r', '50', '-gray', file, join(dir, 'ink')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const pictures = readdirSync(dir).filter((entry) => entry.endsWith('.pgm'));
    expect(pictures.length).toBeGreaterThan(0);
    const blank = pictures.filter((picture) => bodyInk(readFileSync(join(dir, picture))) < 0.002);
    expect(blank).toEqual([]);
  });
});
