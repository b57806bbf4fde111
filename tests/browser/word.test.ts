import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { cspViolations } from '../helpers/csp';
import { openStep, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';

/*
 * The agreement as a Word document, made on the device from the page's own model (its large print and its
 * languages), and the blank form's Word document made at build time: the real downloads, read back.
 */
const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 1280, height: 900 } });
const work = mkdtempSync(join(tmpdir(), 'ltw-word-'));
const en = WIZARD_RESOURCES.en.agreement.page;
const cy = WIZARD_RESOURCES.cy.agreement.page;

/** The downloaded file's parts and its text as a second reader (mammoth) sees it. */
async function opened(download: Download) {
  const file = join(work, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = readFileSync(file);
  const zip = await JSZip.loadAsync(bytes);
  const part = (path: string) => zip.file(path)!.async('string');
  return {
    document: await part('word/document.xml'),
    styles: await part('word/styles.xml'),
    core: await part('docProps/core.xml'),
    html: (await mammoth.convertToHtml({ buffer: bytes })).value,
  };
}

async function agreementPage(locale: 'en' | 'cy' = 'en'): Promise<Page> {
  const page = await session.page();
  await seed(page, baseUrl, { answers: completeFamily });
  await openStep(page, baseUrl, 'agreement', locale);
  await page.waitForSelector('main[data-position="agreement"] .ltw-agreement[aria-busy="false"]');
  return page;
}

const wordScripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((n) => /build-agreement-docx/.test(n)),
  );

describe('the agreement as a Word document', () => {
  it('downloads from "Other formats", loading the Word code only when pressed, and says it is ready', async () => {
    const page = await agreementPage();
    expect(await page.locator('#other-formats-heading').innerText()).toBe(en.otherFormats);
    expect(await wordScripts(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`text=${en.downloadWord}`)]);
    expect(download.suggestedFilename()).toMatch(/^how-we-will-work-together-\d{4}-\d{2}-\d{2}\.docx$/);
    const word = await opened(download);
    expect(word.core).toContain('<dc:title>How we will work together</dc:title>');
    expect(word.core).toContain('<dc:language>en-GB</dc:language>');
    expect(word.html).toMatch(/^<h1>How we will work together<\/h1>/);
    expect(word.html).toContain('<h2>B. People</h2>');
    expect(word.html).toMatch(/<ol><li>Why was I told to wait/);
    expect(word.html).toContain('Siân Dŵr');
    // A private answer stays off the family's copy, in Word as on the page.
    expect(word.html).not.toContain('share details of my own health');
    await expect.poll(() => page.locator('p[role="status"]', { hasText: en.wordReady }).count()).toBe(1);
    expect((await wordScripts(page)).length).toBeGreaterThan(0);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('in large print when the page is in large print: body text 16pt', async () => {
    const page = await agreementPage();
    await page.check('#large-print');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`text=${en.downloadWord}`)]);
    expect(download.suggestedFilename()).toMatch(/large-print.*\.docx$/);
    const { styles } = await opened(download);
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>(?:(?!<\/w:rPr>).)*<w:sz w:val="32"\/>/);
  });

  it('in Welsh and English when the page is: Welsh by default, the English half marked en-GB', async () => {
    const page = await agreementPage('cy');
    await page.check('#bilingual');
    await page.waitForSelector('section[lang="en-GB"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`text=${cy.downloadWord}`)]);
    const { styles, document, html } = await opened(download);
    expect(styles).toContain('<w:lang w:val="cy-GB"/>');
    expect(document).toContain('<w:lang w:val="en-GB"/>');
    expect(html.indexOf(WIZARD_RESOURCES.cy.agreement.title)).toBeLessThan(
      html.lastIndexOf('How we will work together'),
    );
  });
});

describe('the blank form as a Word document', () => {
  it('downloads from the blank form page: each question heads an empty cell to type into, options as ☐ lists', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl}/en/agreement/blank/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`text=${en.blankWord}`)]);
    expect(download.suggestedFilename()).toBe('blank.docx');
    const { html, core } = await opened(download);
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(html).toMatch(/^<h1>How we will work together<\/h1>/);
    expect(html).toContain(
      '<table><thead><tr><th><p><strong>2. What is the name of the person this happened to?</strong></p>',
    );
    expect(html).toMatch(
      /<p><strong>1\. Who is filling this in\?<\/strong><\/p><p>Tick one<\/p><ul><li>I am the patient<\/li>/,
    );
    const response = await page.request.get(`${baseUrl}/en/agreement/blank.docx`);
    expect(response.headers()['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });
});
