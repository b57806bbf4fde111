import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeViolations, runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { REPO_ROOT } from '../helpers/paths';
import { openStep, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import { encodeCaseLink } from '~/core/formats';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';
import { letterWording } from '~/content/letter-wording';
import type { Answers } from '~/core/journey/schema';

/*
 * A Welsh speaker's documents: the agreement in Welsh and in Welsh and English together (on screen and
 * as a PDF whose text keeps ŵ and ŷ), the blank form in both languages, and the team's letter in both.
 */
const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 375, height: 800 } });
const OUT = join(REPO_ROOT, 'tests/.output/welsh');
const cy = WIZARD_RESOURCES.cy.agreement;
const en = WIZARD_RESOURCES.en.agreement;
const answers = { ...completeFamily, 'your-name': 'Siân ap Dŵr', 'patient-name': 'Gwenllïan o Dŷ Gwyn' } as Answers;
const pdftotext = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('the agreement in Welsh', () => {
  let page: Page;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    page = await session.page();
    await seed(page, baseUrl, { answers });
    await openStep(page, baseUrl, 'agreement', 'cy');
    await page.waitForSelector('main h1');
  });

  it('is in Welsh, with a PDF whose text keeps the family’s ŵ and ŷ', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('cy-GB');
    expect(await page.locator('main h1').innerText()).toContain(cy.title);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`text=${cy.page.downloadPdf}`)]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${cy.fileName}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const file = join(OUT, 'agreement-cy.pdf');
    await download.saveAs(file);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const text = pdftotext(file);
    expect(text).toContain(cy.title);
    expect(text).toContain('Siân ap Dŵr');
    expect(text).toContain('Gwenllïan o Dŷ Gwyn');
    expect(text).not.toContain(en.title);
  });

  it('made in Welsh and English together: the English follows, marked as English, in one PDF', async () => {
    await page.check('#bilingual');
    await page.waitForSelector('section[lang="en-GB"]');
    expect(await page.locator('section[lang="en-GB"] h2').first().textContent()).toBe(en.title);
    // The English half of the title, reference and date lines is marked as English too (WCAG 3.1.2).
    expect(await page.locator('main h1 span[lang="en-GB"]').textContent()).toBe(en.title);
    expect(await page.locator('.ltw-agreement__meta span[lang="en-GB"]').count()).toBe(2);
    await page.screenshot({ path: join(OUT, 'bilingual-agreement-phone.png') });
    // On paper the English starts on a sheet of its own.
    await page.emulateMedia({ media: 'print' });
    const breaks = await page
      .locator('.ltw-agreement__section')
      .evaluateAll((sections) =>
        sections.map((s) => `${s.getAttribute('lang') ?? ''}:${getComputedStyle(s).breakBefore}`),
      );
    expect(breaks.filter((b) => b.endsWith(':page'))).toEqual(['en-GB:page']);
    await page.emulateMedia({ media: 'screen' });
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`text=${cy.page.downloadPdf}`)]);
    const file = join(OUT, 'agreement-cy-en.pdf');
    await download.saveAs(file);
    const text = pdftotext(file);
    expect(text.indexOf(cy.title)).toBeLessThan(text.lastIndexOf(en.title));
    expect(text).toContain('Dŵr');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', file, join(OUT, 'agreement-cy-en')]);
    // Unticked, it is Welsh only again.
    await page.uncheck('#bilingual');
    await page.waitForSelector('section[lang="en-GB"]', { state: 'detached' });
  });

  it('the blank paper form in Welsh and English is a tagged PDF with both', async () => {
    const response = await page.request.get(`${baseUrl}/cy/agreement/blank-bilingual.pdf`);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const file = join(OUT, 'blank-cy-en.pdf');
    writeFileSync(file, await response.body());
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const text = pdftotext(file);
    expect(text.indexOf(cy.title)).toBeLessThan(text.lastIndexOf(en.title));
    expect(await page.locator(`a[href="/cy/agreement/blank-bilingual.pdf"]`).count()).toBe(1);
  });

  it('the Welsh blank form page offers the Welsh and English form too, and the English page (in England) does not', async () => {
    const blankPage = await session.newTab();
    await blankPage.goto(`${baseUrl}/cy/agreement/blank/`);
    const links = () =>
      blankPage.locator('main a[href$=".pdf"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(await links()).toEqual([
      '/cy/agreement/blank.pdf',
      '/cy/agreement/blank-large-print.pdf',
      '/cy/agreement/blank-both-sides.pdf',
      '/cy/agreement/blank-both-sides-large-print.pdf',
      '/cy/agreement/blank-bilingual.pdf',
      '/cy/agreement/blank-bilingual-large-print.pdf',
    ]);
    await blankPage.goto(`${baseUrl}/en/agreement/blank/`);
    expect(await links()).toEqual([
      '/en/agreement/blank.pdf',
      '/en/agreement/blank-large-print.pdf',
      '/en/agreement/blank-both-sides.pdf',
      '/en/agreement/blank-both-sides-large-print.pdf',
    ]);
    await blankPage.close();
  });
});

describe('the family letter in Welsh and English', () => {
  it('prints the Welsh letter, then the English one, each on its own page and pointing at its own language', async () => {
    const link = await encodeCaseLink({ organisation: 'Bwrdd Iechyd Prifysgol Enghraifft', reference: 'PSII-2026-7' });
    if (!link.ok) throw new Error(link.error);
    const page = await session.page({ width: 1024, height: 900 });
    await page.goto(`${baseUrl}/cy/investigator/letter/#${link.fragment}`);
    await page.waitForSelector('[data-letter] svg');
    expect(await page.locator('[data-letter]').count()).toBe(1);
    await page.check('#letter-bilingual');
    await expect.poll(() => page.locator('[data-letter]').count()).toBe(2);
    expect(await page.locator('[lang="en-GB"] [data-letter]').count()).toBe(1);
    const addresses = await page.locator('[data-letter-address]').allInnerTexts();
    expect(addresses.map((a) => new URL(`https://${a}`).pathname)).toEqual([
      '/cy/from-your-team/',
      '/en/from-your-team/',
    ]);
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(2);
    const file = join(OUT, 'letter-cy-en.pdf');
    writeFileSync(file, pdf);
    const text = pdftotext(file);
    const [annwyl, dear] = [letterWording('cy').greeting, letterWording('en').greeting];
    // Welsh dates even though Chromium's Intl has none: "2 Rhagfyr 2026".
    const today = new Date();
    expect(text).toContain(
      `${today.getDate()} ${WIZARD_RESOURCES.cy.ui.dates.months[today.getMonth()]} ${today.getFullYear()}`,
    );
    expect(text.indexOf(annwyl)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(annwyl)).toBeLessThan(text.indexOf(dear));
  });
});
