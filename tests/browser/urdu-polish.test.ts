import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { pdfText } from '../helpers/pdf-text';
import { describeViolations, runAxe } from '../helpers/axe';
import { horizontalOverflow, openStep, positionOf, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import { LOCALES, OFFERED_LOCALES } from '~/i18n/locales';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';

/*
 * Urdu and Polish, turned on (the tests' build has every language: LTW_LANGUAGES in global-setup.ts). Every
 * page in each passes axe and reflows at 320px in every-page.test.ts, and the wizard's walk in each is in
 * wizard-languages.test.ts; here, what a real right-to-left language adds to the mirrored pseudo-locale:
 * its font, numbers read left to right, the compact switcher, and a family's journey to a PDF in Urdu.
 */
const baseUrl = inject('baseUrl');
const work = mkdtempSync(join(tmpdir(), 'ltw-urdu-'));
const session = browserSession({ viewport: { width: 1280, height: 900 } });
const NASTALIQ = /NotoNastaliqUrdu_400Regular\.[\w-]+\.ttf$/;

const fontsFetched = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\.(ttf|woff2?)$/.test(name)),
  );

describe('Urdu pages', () => {
  it('run right to left, mirrored, in Nastaliq with room between lines; no other page loads that font', async () => {
    const page = await session.page({ width: 1280, height: 900 });
    // First (before any Urdu page puts the font in the browser's memory): English pages name Urdu in the
    // switcher (اردو) in the device's own font, and never download Nastaliq.
    await page.goto(baseUrl + '/en/start/');
    await page.evaluate(() => document.fonts.ready);
    expect((await fontsFetched(page)).filter((url) => NASTALIQ.test(url))).toEqual([]);
    expect((await page.locator('.ltw-header__service').boundingBox())!.x).toBeLessThan(200);

    await page.goto(baseUrl + '/ur/start/');
    expect(await page.getAttribute('html', 'lang')).toBe('ur');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.evaluate(() => document.fonts.ready);
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('20px "LTW Noto Nastaliq Urdu"', 'اردو')))
      .toBe(true);
    expect((await fontsFetched(page)).filter((url) => NASTALIQ.test(url))).toHaveLength(1);
    const lineHeight = await page.evaluate(() => parseFloat(getComputedStyle(document.body).lineHeight));
    expect(lineHeight).toBeGreaterThanOrEqual(2 * 16);
    // The service's name starts on the right, as the start of an Urdu line does.
    const brand = (await page.locator('.ltw-header__service').boundingBox())!;
    expect(brand.x + brand.width).toBeGreaterThan(1280 - 200);
  });

  it('show phone numbers, email and web addresses left to right', async () => {
    const page = await session.page({ width: 375, height: 800 });
    await page.goto(baseUrl + '/ur/contact/');
    const runs = await page
      .locator('main a[href^="tel:"], main a[href^="mailto:"]')
      .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('dir'), getComputedStyle(a).direction]));
    expect(runs.length).toBeGreaterThanOrEqual(4);
    for (const [text, dir, direction] of runs) expect([text, dir, direction]).toEqual([text, 'ltr', 'ltr']);
    // "01632 960 000" as written: its first group is drawn first, from the left.
    const phone = page.locator('main a[href^="tel:"]').first();
    const box = (await phone.boundingBox())!;
    const first = await phone.evaluate((a) => {
      const range = document.createRange();
      range.setStart(a.firstChild!, 0);
      range.setEnd(a.firstChild!, 1);
      return range.getBoundingClientRect().x;
    });
    expect(first - box.x).toBeLessThan(2);
  });
});

describe('the language switcher with four languages', () => {
  it.each(['en', 'ur', 'pl'])(
    'on %s pages folds into one line at 320px (header at most 100px) and opens onto every language, named in itself',
    async (locale) => {
      const page = await session.page({ width: 320, height: 640 });
      await page.goto(`${baseUrl}/${locale}/start/`);
      const header = (await page.locator('header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(100);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const summary = page.locator('nav.ltw-language summary');
      expect(await summary.innerText()).toContain(LOCALES[locale as 'en'].label);
      expect(await page.locator('nav.ltw-language a').first().isVisible()).toBe(false);
      await summary.focus();
      await page.keyboard.press('Enter');
      const names = await page
        .locator('nav.ltw-language li > *')
        .evaluateAll((items) =>
          items.map((item) => [item.textContent, item.getAttribute('lang'), item.getAttribute('dir'), item.tagName]),
        );
      expect(names).toEqual(
        OFFERED_LOCALES.map((l) => [LOCALES[l].label, LOCALES[l].lang, LOCALES[l].dir, l === locale ? 'SPAN' : 'A']),
      );
      expect(await page.locator('nav.ltw-language a').first().isVisible()).toBe(true);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    },
  );
});

describe('a family in Urdu', () => {
  const ur = WIZARD_RESOURCES.ur;
  const urduName = 'ثمینہ اختر';

  it('types their name in Urdu, makes the agreement, and downloads it as a PDF that reads in Urdu', async () => {
    const page = await session.page({ width: 1280, height: 900 });
    await seed(page, baseUrl, { answers: { ...completeFamily, 'patient-name': 'عمران' } });
    await openStep(page, baseUrl, 'your-name', 'ur');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const field = page.locator('main input[type="text"]').first();
    expect(await field.getAttribute('dir')).toBe('auto');
    await field.fill(urduName);
    await page.click('main form button[type=submit]');
    await page.waitForSelector('main:not([data-position="your-name"]) h1');

    await openStep(page, baseUrl, 'answers', 'ur');
    // The family's answers shown back as typed, each finding its own direction.
    const shown = page.locator('main [dir="auto"]', { hasText: urduName });
    expect(await shown.count()).toBeGreaterThan(0);
    await page.click(`text=${ur.agreement.confirm.create}`);
    await page.waitForSelector('main[data-position="confirmation"] h1');
    await page.click(`text=${ur.ui.confirmation.view}`);
    await page.waitForSelector('main[data-position="agreement"] .ltw-agreement[aria-busy="false"]');
    expect(await positionOf(page)).toBe('agreement');
    expect(await page.locator('main h1').innerText()).toBe(ur.agreement.title);
    expect(await page.locator('main').textContent()).toContain(urduName);
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);

    // The page would say it cannot draw the Urdu words if the shaping engine (src/core/pdf/scripts) did not.
    const outcome = await Promise.race([
      page.waitForEvent('download').then((download) => ({ download, warning: undefined })),
      page
        .waitForSelector('main [role="alert"].ltw-notification--warning')
        .then(async (alert) => ({ download: undefined, warning: await alert.textContent() })),
      page.click(`text=${ur.agreement.page.downloadPdf}`).then(() => new Promise<never>(() => {})),
    ]);
    expect(outcome.warning, 'the PDF could not draw the Urdu words').toBeUndefined();
    const download = outcome.download!;
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    // pdf.js reads the words in the order they were typed (poppler's pdftotext splits Nastaliq's raised
    // letters into lines of their own); marks and dots that are no letter of their own are left out.
    const urduOnly = (text: string) => text.replace(/[^\p{scx=Arabic}]/gu, '');
    const read = urduOnly((await pdfText(new Uint8Array(readFileSync(file)))).map((p) => p.text).join(''));
    expect(read).toContain(urduOnly(ur.agreement.title));
    expect(read).toContain(urduOnly(urduName));
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/NotoNastaliqUrdu-Regular/);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
  });
});
