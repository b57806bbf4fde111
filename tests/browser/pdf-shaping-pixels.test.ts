import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDF_OUTPUT } from '../helpers/agreement-pdf';
import { sharedBrowser } from '../helpers/chromium';
import { DPI, bandsBetweenLabels, compareInk, inkOfBand } from '../helpers/line-pixels';
import { REPO_ROOT } from '../helpers/paths';
import { SCRIPT_FONT_FILES, scriptFontPath } from '../helpers/script-fonts';
import { SAMPLES, URDU_SAMPLES, labelOf, samplesPdf, type ScriptSample } from '../helpers/script-samples';

/**
 * Proof by pixels: each sample line of our PDF, rendered by poppler, against the same words in the same font
 * printed by Chromium (which shapes every script) and rendered the same way. Not equal (hinting, rounding),
 * but close: the same ink box and nearly the same darkness on a coarse grid.
 */
const browser = sharedBrowser();
const ORIGIN = 'http://fonts.ltw.test';
const OPEN_SANS = join(REPO_ROOT, 'node_modules/@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf');
/** The body size of the agreement's answers (theme: 11pt). */
const SIZE = 11;
const EM = (SIZE * DPI) / 72;
/**
 * The most a letter-wide window may differ. Measured: right lines differ by 0.012 (Arabic) to 0.051 (Chinese,
 * the densest); the same Arabic with 6202 for 2026 by 0.077, Nastaliq without its cursive positioning by 0.108.
 */
const CLOSE = 0.06;

/** Deliberately wrong lines, to show the comparison sees what matters. */
const CONTROLS: (ScriptSample & { css?: string })[] = [
  { name: 'digits reversed', text: 'موعدنا يوم 9 ديسمبر 6202', font: 'arabic' },
  { name: 'Nastaliq without its cursive positioning', text: URDU_SAMPLES[0]!.text, font: 'urdu', css: '"curs" 0' },
];

function html(lines: (ScriptSample & { css?: string })[], lang: string): string {
  const faces = Object.entries(SCRIPT_FONT_FILES)
    .map(([name, files]) => `@font-face { font-family: "S-${name}"; src: url("${ORIGIN}/${files.regular}"); }`)
    .join('\n');
  const body = lines
    .map((line, index) => {
      // As a web page would set them: emoji after the text font (spaces stay Open Sans's), a script's font first.
      const family =
        line.font === 'latin'
          ? '"OpenSans"'
          : line.font === 'emoji'
            ? '"OpenSans", "S-emoji"'
            : `"S-${line.font}", "OpenSans"`;
      const features = line.css ? ` font-feature-settings: ${line.css};` : '';
      return `<p>${labelOf(index)}</p><p dir="auto" style='font-family: ${family};${features}'>${line.text}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
    @font-face { font-family: "OpenSans"; src: url("${ORIGIN}/open-sans.ttf"); }
    ${faces}
    body { font: ${SIZE}pt "OpenSans"; margin: 0; color: #212b32; }
    p { margin: 0; line-height: 3.2; white-space: nowrap; }
  </style></head><body>${body}<p>${labelOf(lines.length)}</p></body></html>`;
}

/** Chromium's own print of the lines. */
async function chromiumPdf(lines: (ScriptSample & { css?: string })[], lang: string, name: string): Promise<string> {
  const page = await browser().newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(1);
    if (path === 'page.html') return route.fulfill({ contentType: 'text/html', body: html(lines, lang) });
    const file = path === 'open-sans.ttf' ? OPEN_SANS : scriptFontPath(decodeURIComponent(path));
    return route.fulfill({ contentType: 'font/ttf', body: readFileSync(file) });
  });
  await page.goto(`${ORIGIN}/page.html`);
  await page.evaluate(() => document.fonts.ready);
  const file = join(PDF_OUTPUT, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  await page.close();
  return file;
}

const labels = (count: number) => Array.from({ length: count + 1 }, (_, index) => labelOf(index));

describe('our PDF against Chromium’s own print, line by line', () => {
  const ours: Record<string, string> = {};
  const theirs: Record<string, string> = {};
  beforeAll(async () => {
    mkdirSync(PDF_OUTPUT, { recursive: true });
    ours.en = join(PDF_OUTPUT, 'pixels-ours-en.pdf');
    ours.ur = join(PDF_OUTPUT, 'pixels-ours-ur.pdf');
    writeFileSync(ours.en, await samplesPdf(SAMPLES));
    writeFileSync(ours.ur, await samplesPdf(URDU_SAMPLES, 'ur'));
    theirs.en = await chromiumPdf(SAMPLES, 'en', 'pixels-chromium-en');
    theirs.ur = await chromiumPdf(URDU_SAMPLES, 'ur', 'pixels-chromium-ur');
    theirs.controls = await chromiumPdf(CONTROLS, 'ur', 'pixels-chromium-controls');
  });

  const line = (file: string, count: number, index: number) =>
    inkOfBand(file, bandsBetweenLabels(file, labels(count))[index]!);
  const cases = [
    ...SAMPLES.map((sample, index) => ({ sample, lang: 'en', index, count: SAMPLES.length })),
    ...URDU_SAMPLES.map((sample, index) => ({ sample, lang: 'ur', index, count: URDU_SAMPLES.length })),
  ];

  it.each(cases.map((c) => [c.sample.name, c] as const))('draws %s as Chromium does', (_, { lang, index, count }) => {
    const diff = compareInk(line(ours[lang]!, count, index), line(theirs[lang]!, count, index), EM);
    expect(diff.width).toBeGreaterThan(0.97);
    expect(diff.width).toBeLessThan(1.03);
    expect(diff.height).toBeGreaterThan(0.95);
    expect(diff.height).toBeLessThan(1.05);
    expect(diff.pixels).toBeLessThan(CLOSE);
  });

  it('tells 2026 from 6202, and Nastaliq from Nastaliq drawn flat', () => {
    const arabic = compareInk(line(ours.en!, SAMPLES.length, 0), line(theirs.controls!, CONTROLS.length, 0), EM);
    expect(arabic.pixels).toBeGreaterThan(CLOSE);
    const urdu = compareInk(line(ours.ur!, URDU_SAMPLES.length, 0), line(theirs.controls!, CONTROLS.length, 1), EM);
    expect(urdu.pixels).toBeGreaterThan(CLOSE);
  });
});
