import fontkit from '@pdf-lib/fontkit';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { browserSession } from '../helpers/session';
import { describeViolations, runAxe } from '../helpers/axe';
import { cspViolations } from '../helpers/csp';
import { ink, renderPages } from '../helpers/page-pixels';
import { openSansBytes } from '../helpers/pdf-fonts';
import { pdfText } from '../helpers/pdf-text';
import { expectFocusOn, openStep, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import type { Answers } from '~/core/journey/schema';

const baseUrl = inject('baseUrl');
const work = mkdtempSync(join(tmpdir(), 'ltw-pdf-scripts-'));
const session = browserSession({ viewport: { width: 1280, height: 720 } });

const WARNING =
  'Our PDF cannot show these words from your answers: דוד, สมชาย. ' +
  'So that nothing prints wrongly, we have not made the PDF.';

const withNames = (names: { you: string; patient: string; others: string[] }) =>
  ({
    ...completeFamily,
    'your-name': names.you,
    'patient-name': names.patient,
    'other-people': { items: names.others.map((name) => ({ name, relationship: 'Cousin' })) },
  }) as Answers;

/** The agreement page, counting downloads and the object URLs a download would need. */
async function agreementPage(answers: Answers) {
  await session.page();
  // The counters are this tab's own, so the file's page never has them.
  const page = await session.newTab();
  await page.addInitScript(() => {
    const counts = { objectUrls: 0, prints: 0 };
    Object.defineProperty(window, '__counts', { value: counts });
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object) => {
      counts.objectUrls++;
      return create(object);
    };
    window.print = () => {
      counts.prints++;
    };
  });
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await seed(page, baseUrl, { answers });
  await openStep(page, baseUrl, 'answers');
  await page.click('text=Create your agreement');
  await page.click('text=View, print or download your agreement');
  await page.waitForSelector('main[data-position="agreement"] .ltw-agreement[aria-busy="false"]');
  const counts = () => page.evaluate(() => (window as unknown as { __counts: Record<string, number> }).__counts);
  return { page, downloads, counts };
}

describe('a PDF of names in scripts it has no font for', () => {
  it('is not made: a warning names only that writing and offers printing instead; axe and CSP are clean', async () => {
    // Arabic and Chinese it can draw (below), so only the Hebrew and Thai names are named.
    const { page, downloads, counts } = await agreementPage(
      withNames({ you: 'محمد', patient: 'דוד', others: ['王小明', 'สมชาย', 'Siân Dŵr'] }),
    );
    await page.click('text=Download as a PDF');
    const warning = page.locator('[role="alert"]', { hasText: 'Your PDF has not been made' });
    await warning.waitFor();
    await expectFocusOn(page, '[role="alert"] h2');
    expect(await warning.locator('p').first().innerText()).toBe(WARNING);
    expect(await warning.locator('bdi').allInnerTexts()).toEqual(['דוד', 'สมชาย']);
    expect(await warning.innerText()).toContain('Printing this page shows these words correctly.');
    expect(await warning.innerText()).toContain('"Save as PDF" in your browser\'s print options');
    // Downloading needs an object URL first, so none means no PDF was offered; nor did a download start.
    expect((await counts()).objectUrls).toBe(0);
    expect(downloads).toEqual([]);
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await warning.getByRole('button', { name: 'Print this page' }).click();
    await expect.poll(async () => (await counts()).prints).toBe(1);
    expect(downloads).toEqual([]);
  });
});

describe('a PDF of Welsh names', () => {
  it('downloads, with every name in its text and its accents drawn on the page', async () => {
    const { page, downloads } = await agreementPage(
      withNames({ you: 'Siân Dŵr', patient: 'Ŷwain', others: ['Ŵyn Ŷr-Dŵr', 'Eleri Ŵyn'] }),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download as a PDF')]);
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    expect(downloads).toHaveLength(1);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    for (const name of ['Siân Dŵr', 'Ŷwain', 'Ŵyn Ŷr-Dŵr', 'Eleri Ŵyn']) expect(text).toContain(name);
    expect(text).not.toMatch(/[\u25A1\uFFFD]/u);
    await expectCircumflexDrawn(file, 'Ŵyn Ŷr-Dŵr');
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe('a PDF of names in Latin letters (Welsh, Polish, Romanian)', () => {
  it('is made with the PDF’s own font: no HarfBuzz, no WebAssembly and no font for other scripts is fetched', async () => {
    const { page } = await agreementPage(
      withNames({ you: 'Siân Dŵr', patient: 'Zofia Łęcka-Wójcik', others: ['Ștefan Țurcan'] }),
    );
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await Promise.all([page.waitForEvent('download'), page.click('text=Download as a PDF')]);
    // pdf-lib and Open Sans came now, so the count is of this press's requests.
    expect(requested.filter((url) => /OpenSans_400Regular/.test(url))).toHaveLength(1);
    expect(requested.filter((url) => /harfbuzz|\.wasm$|\/Noto\w*\.[\w-]+\.ttf$/.test(url))).toEqual([]);
  });
});

describe('a PDF of names in Arabic, Chinese and emoji', () => {
  it('says it is getting the fonts, fetches HarfBuzz and only those fonts, and downloads a tagged PDF with the names', async () => {
    const { page } = await agreementPage(withNames({ you: 'محمد 2026', patient: '王小明', others: ['Siân 🌷'] }));
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const status = page.locator('[role="status"]', { hasText: 'Getting the fonts for some of the writing' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('text=Download as a PDF'),
      status.waitFor(),
    ]);
    const file = join(work, 'scripts-' + download.suggestedFilename());
    await download.saveAs(file);
    const fonts = requested.map((url) => /\/(Noto\w+?)\.[\w-]+\.ttf$/.exec(url)?.[1]).filter(Boolean);
    expect(fonts.sort()).toEqual([
      'NotoEmoji_400Regular',
      'NotoNaskhArabic_400Regular',
      'NotoNaskhArabic_700Bold',
      'NotoSansSC_400Regular',
    ]);
    expect(requested.some((url) => /\/harfbuzz\.[\w-]+\.wasm$/.test(url))).toBe(true);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    for (const word of ['محمد', '2026', '王小明', 'Siân']) expect(text).toContain(word);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('when the fonts cannot be fetched (no signal), says so kindly, loses nothing and makes no PDF', async () => {
    const { page, downloads, counts } = await agreementPage(withNames({ you: 'فاطمة', patient: 'Siân', others: [] }));
    await page.route(/\/Noto\w+\.[\w-]+\.ttf$/, (route) => route.abort('internetdisconnected'));
    await page.click('text=Download as a PDF');
    await page.locator('[role="status"]', { hasText: 'We could not get the fonts your PDF needs' }).waitFor();
    expect((await counts()).objectUrls).toBe(0);
    expect(downloads).toEqual([]);
    expect(await page.locator('main').innerText()).toContain('فاطمة');
  });
});

/**
 * Finds the line of text that starts with `run` (a table cell) and looks at the picture poppler draws:
 * above the capital's height, within the first letter's width, there must be ink (its circumflex).
 */
async function expectCircumflexDrawn(file: string, run: string) {
  const DPI = 300;
  const pages = await pdfText(new Uint8Array(readFileSync(file)));
  const index = pages.findIndex((p) => p.runs.some((r) => r.str.startsWith(run)));
  expect(index).toBeGreaterThan(-1);
  const found = pages[index]!.runs.find((r) => r.str.startsWith(run))!;
  const font = fontkit.create(openSansBytes().regular);
  const em = (units: number) => (units / font.unitsPerEm) * found.size;
  const width = em(font.glyphForCodePoint(run.codePointAt(0)!).advanceWidth);
  const px = (points: number) => Math.round((points * DPI) / 72);
  const baseline = pages[index]!.height - found.y;
  const picture = renderPages(file, DPI, index + 1)[0]!;
  const box = { left: px(found.x), right: px(found.x + width) };
  const aboveCapital = { ...box, top: px(baseline - em(font.ascent)), bottom: px(baseline - em(font.capHeight)) - 1 };
  const capital = { ...box, top: px(baseline - em(font.capHeight)), bottom: px(baseline) };
  expect(ink(picture, capital)).toBeGreaterThan(100);
  expect(ink(picture, aboveCapital)).toBeGreaterThan(20);
}
