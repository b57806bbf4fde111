import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { describeViolations, repeatedIds, runAxe } from '../helpers/axe';
import { cspViolations } from '../helpers/csp';
import { controlsOnPaper } from '../helpers/print';
import { expectFocusOn, openStep, positionOf, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import { hostile } from '../fixtures/answers/hostile';
import type { Answers } from '~/core/journey/schema';

const baseUrl = inject('baseUrl');
const work = mkdtempSync(join(tmpdir(), 'ltw-agreement-'));
const session = browserSession({ viewport: { width: 1280, height: 900 } });

async function agreementPage(answers: Answers, width = 1280): Promise<Page> {
  const page = await session.page(width);
  await seed(page, baseUrl, { answers });
  await openStep(page, baseUrl, 'answers');
  await page.click('text=Create your agreement');
  await page.waitForSelector('main[data-position="confirmation"] h1');
  await page.click('text=View, print or download your agreement');
  // The agreement draws its sections a few at a time; wait for all of them (never a fixed pause).
  await page.waitForSelector('main[data-position="agreement"] .ltw-agreement[aria-busy="false"]');
  return page;
}

describe('the agreement page', () => {
  it('is made from a final check page where every answer can be changed (WCAG 3.3.4)', async () => {
    const page = await session.page({ width: 1280, height: 720 });
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'hub');
    await page.click('text=Check your answers and make your agreement');
    await page.waitForSelector('main[data-position="answers"] h1');
    expect(await page.locator('main h1').innerText()).toBe('Check your answers before creating your agreement');
    expect(await page.locator('main .ltw-summary-list__actions a').count()).toBeGreaterThan(40);
    await page.click('text=Create your agreement');
    await page.waitForSelector('main[data-position="confirmation"] h1');
    await expectFocusOn(page, 'main h1');
    expect(await page.locator('main h1').innerText()).toBe('Your written agreement');
    await page.click('text=View, print or download your agreement');
    await page.waitForSelector('main[data-position="agreement"] h1');
    await expectFocusOn(page, 'main h1');
    expect(await page.locator('main h1').innerText()).toBe('How we will work together');
  });

  it("shows every section, the family's words, team fields left for the team, and passes axe", async () => {
    const page = await agreementPage(completeFamily);
    // Sections below the screen are laid out only when scrolled to (content-visibility), so read the DOM's text.
    const text = (await page.locator('main').textContent()) ?? '';
    const headings = await page.locator('.ltw-agreement__section > h2').allTextContents();
    expect(headings.map((h) => h[0])).toEqual([...'ABCDEFGHIJKL']);
    expect(text).toContain('Siân Dŵr');
    expect(text).toContain('not legally binding');
    expect(text).toContain('To be filled in with your investigation team');
    expect(text).not.toContain('Who is filling this in');
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    expect(await repeatedIds(page)).toEqual([]);
  });

  it('with hostile answers: no axe violations, no sideways scrolling at 320px, <script> shown as text', async () => {
    const page = await agreementPage({ ...completeFamily, ...hostile }, 320);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect(await page.locator('main').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted)).toBeUndefined();
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
  });

  it('prints without navigation, buttons or links to other pages', async () => {
    const page = await agreementPage(completeFamily);
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '.ltw-header__nav',
      '.ltw-footer__nav',
      '.ltw-back-link',
      '.ltw-agreement-actions',
      '.ltw-agreement-links',
    ]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.ltw-agreement h1').isVisible()).toBe(true);
    // Nothing on paper that only works on screen (the language switcher was once left on).
    expect(await controlsOnPaper(page, '.ltw-agreement')).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(work, 'printed.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(work, 'printed.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('How we will work together');
    expect(text).not.toContain('Print your agreement');
    // Every printed page carries the agreement: no page holding only the site's footer, no empty last page.
    const info = execFileSync('pdfinfo', [join(work, 'printed.pdf')], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const perPage = text.split('\f').slice(0, pages);
    expect(perPage.filter((p) => p.trim() === '')).toEqual([]);
    expect(text).not.toContain('Nothing you type on this site is sent anywhere');
    expect(perPage.at(-1)).toContain('Signature');
  });

  it('large print makes the text at least 16pt (21.3px)', async () => {
    const page = await agreementPage(completeFamily);
    await page.check('#large-print');
    const size = await page
      .locator('.ltw-agreement p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(21.3);
  });

  it('chooses large print for someone who asked for it in stage 1, and says why; not for someone who did not', async () => {
    const asked = await agreementPage({ ...completeFamily, 'information-formats': { choices: ['large-print'] } });
    expect(await asked.isChecked('#large-print')).toBe(true);
    expect(await asked.locator('#large-print-hint').innerText()).toContain('large print was asked for in your answers');
    const size = await asked
      .locator('.ltw-agreement p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(21.3);
    const notAsked = await agreementPage(completeFamily);
    expect(await notAsked.isChecked('#large-print')).toBe(false);
    expect(await notAsked.locator('#large-print-hint').count()).toBe(0);
  });

  it('offers the other formats the family asked for first, and says they asked for them', async () => {
    const firstButton = (page: Page) => page.locator('.ltw-other-formats button').first().getAttribute('id');
    const asked = await agreementPage({ ...completeFamily, 'information-formats': { choices: ['braille'] } });
    expect(await firstButton(asked)).toBe('download-braille');
    expect(await asked.locator('.ltw-other-formats').innerText()).toContain('You asked for: braille.');
    const notAsked = await agreementPage(completeFamily);
    expect(await firstButton(notAsked)).not.toBe('download-braille');
    expect(await notAsked.locator('.ltw-other-formats').innerText()).not.toContain('You asked for');
  });

  it('downloads a tagged PDF, loading pdf-lib only when asked', async () => {
    const page = await agreementPage(completeFamily);
    const scripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => r.name)
          .filter((n) => /build-agreement/.test(n)),
      );
    expect(await scripts()).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download as a PDF')]);
    expect(download.suggestedFilename()).toMatch(/^how-we-will-work-together-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+How we will work together/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Siân Dŵr');
    // "Who should not get information" is private: neither the PDF nor the page shows it.
    expect(text).not.toContain('share details of my own health');
    expect(await page.locator('main').textContent()).not.toContain('share details of my own health');
    expect((await scripts()).length).toBeGreaterThan(0);
    // pdf-lib, fontkit and the font ran under the page's strict policy without needing eval or inline code.
    expect(await cspViolations(page)).toEqual([]);
    await expect
      .poll(() => page.locator('.ltw-agreement-actions__status').innerText())
      .toContain('Your PDF has been created');
    expect(await positionOf(page)).toBe('agreement');
  });
});

describe('the blank paper agreement', () => {
  it("is reachable without JavaScript from the wizard's no-JavaScript message, as a page and as PDFs", async () => {
    const page = await session.freshPage({ javaScriptEnabled: false });
    await page.goto(baseUrl + '/en/wizard/');
    await page.click('main a[href="/en/agreement/blank/"]');
    await page.waitForURL(baseUrl + '/en/agreement/blank/');
    expect(await page.locator('h1').innerText()).toBe('How we will work together');
    const pdfs = await page.locator('main a[href$=".pdf"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(pdfs).toContain('/en/agreement/blank-both-sides.pdf');
    for (const href of pdfs as string[]) {
      const response = await page.request.get(baseUrl + href);
      expect(response.headers()['content-type']).toBe('application/pdf');
      const file = join(work, href.split('/').pop()!);
      writeFileSync(file, await response.body());
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    }
  });

  it('numbers its questions, says "Tick one" or "Tick all that apply" and when to skip, on a phone and in the PDF', async () => {
    const page = await session.page(375);
    await page.goto(baseUrl + '/en/agreement/blank/');
    const labels = await page.locator('main .ltw-agreement__field > .ltw-agreement__label').allTextContents();
    const numbered = labels.filter((label) => /^\d+\. /.test(label));
    expect(numbered[0]).toMatch(/^1\. /);
    expect(numbered.at(-1)).toMatch(new RegExp(`^${numbered.length}\\. `));
    const hints = await page.locator('main .ltw-agreement__hint').allTextContents();
    expect(hints).toContain('Tick one');
    expect(hints).toContain('Tick all that apply');
    // When to answer a question the wizard asks only sometimes is a line of its own, before "Tick one".
    expect(hints.filter((h) => /^Only answer this if .+ at question\u00a0\d+\.$/.test(h)).length).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    const file = join(work, 'blank-numbered.pdf');
    writeFileSync(file, await (await page.request.get(baseUrl + '/en/agreement/blank.pdf')).body());
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Tick one');
    expect(text).toContain('Only answer this if you ticked');
    expect(text).toMatch(new RegExp(`^${numbered.length}\\. `, 'm'));
  });
});
