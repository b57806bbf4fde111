import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { describeViolations, runAxe } from '../helpers/axe';
import { cspViolations } from '../helpers/csp';
import { openStep, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import { figureAlts, smallestText } from '../helpers/easy-read-pdf';

const baseUrl = inject('baseUrl');
const work = mkdtempSync(join(tmpdir(), 'ltw-easy-read-'));
const session = browserSession({ viewport: { width: 1280, height: 900 } });

/** The agreement page with its easy read version shown. */
async function easyRead(width = 1280): Promise<Page> {
  const page = await session.page(width);
  await seed(page, baseUrl, { answers: completeFamily });
  await openStep(page, baseUrl, 'answers');
  await page.click('text=Create your agreement');
  await page.waitForSelector('main[data-position="confirmation"] h1');
  await page.click('text=View, print or download your agreement');
  await page.waitForSelector('main[data-position="agreement"] .ltw-agreement[aria-busy="false"]');
  await page.click('button:has-text("Easy read version")');
  await page.waitForSelector('.ltw-easy-read img');
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLImageElement>('.ltw-easy-read img')].every((img) => img.complete),
  );
  return page;
}

describe('the easy read agreement', () => {
  it('shows a picture with alternative text beside every point, and passes axe', async () => {
    const page = await easyRead();
    const points = await page.locator('.ltw-easy-read__point').count();
    expect(points).toBeGreaterThan(30);
    const pictures = await page
      .locator('.ltw-easy-read img')
      .evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).map((img) => ({ alt: img.alt, drawn: img.naturalWidth > 0 })),
      );
    expect(pictures.length).toBe(points);
    expect(pictures.filter((p) => p.alt.trim().length < 5 || !p.drawn)).toEqual([]);
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('sets its words at 21px or more, on the right of each picture', async () => {
    const page = await easyRead();
    const sizes = await page
      .locator('.ltw-easy-read p, .ltw-easy-read li')
      .evaluateAll((nodes) => nodes.map((n) => parseFloat(getComputedStyle(n).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(21);
    const point = page.locator('.ltw-easy-read__point').first();
    const [picture, words] = await Promise.all([
      point.locator('img').boundingBox(),
      point.locator('.ltw-easy-read__words').boundingBox(),
    ]);
    expect(picture!.x + picture!.width).toBeLessThanOrEqual(words!.x);
    const text = (await page.locator('.ltw-easy-read').textContent()) ?? '';
    expect(text).toContain('It is not a contract.');
    expect(text).toContain('Why was I told to wait for the morning round');
  });

  it('fits a 320px screen without sideways scrolling', async () => {
    const page = await easyRead(320);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  });

  it('prints only the easy read version', async () => {
    const page = await easyRead();
    await page.evaluate(() => document.body.classList.add('ltw-printing-easy-read'));
    await page.emulateMedia({ media: 'print' });
    writeFileSync(join(work, 'printed.pdf'), await page.pdf({ format: 'A4' }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(work, 'printed.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('How we will work together: easy read');
    expect(text).toContain('It is not a contract.');
    expect(text).not.toContain('A. About this agreement');
    expect(text).not.toContain('Print the easy read version');
  });

  it('downloads a tagged easy read PDF: its sentences, a Figure with Alt for each picture, 16pt and more', async () => {
    const page = await easyRead();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('text=Download the easy read version as a PDF'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^how-we-will-work-together-easy-read-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('It is not a contract.');
    expect(text).toContain('You can change it at any time.');
    expect(text).toContain('Siân Dŵr');
    const bytes = new Uint8Array(readFileSync(file));
    const onPage = await page
      .locator('.ltw-easy-read img')
      .evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((img) => img.alt));
    expect(await figureAlts(bytes)).toEqual(onPage);
    expect(await smallestText(bytes)).toBeGreaterThanOrEqual(16);
    await expect
      .poll(() => page.locator('.ltw-easy-read-format__status').innerText())
      .toContain('Your easy read PDF has been created');
    expect(await cspViolations(page)).toEqual([]);
  });
});
