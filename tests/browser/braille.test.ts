import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { cspViolations } from '../helpers/csp';
import { openStep, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';
import type { Answers } from '~/core/journey/schema';

/*
 * The braille-ready file, made by the built site in Chromium under its own Content Security Policy, read
 * back with Debian's liblouis: pages an embosser takes, and the agreement's own words.
 */
const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 1280, height: 900 } });
const work = mkdtempSync(join(tmpdir(), 'ltw-braille-'));
const answers = { ...completeFamily, 'your-name': 'Siân ap Dŵr', 'patient-name': 'Gwenllïan o Dŷ Gwyn' } as Answers;
const TABLES = { en: 'en-us-brf.dis,en-ueb-g2.ctb', cy: 'en-us-brf.dis,cy-cy-g2.ctb' } as const;

const liblouisRequests = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /build-no-tables|\.(ctb|uti|utb|dis|cti)$/.test(name)),
  );

/** Presses the braille button, waits for the download and returns its pages, each a list of lines. */
async function downloadBrf(page: Page, label: string): Promise<{ name: string; pages: string[][]; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`text=${label}`)]);
  const file = join(work, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = readFileSync(file);
  const pages = bytes
    .toString('latin1')
    .split('\f')
    .map((text) => text.split('\r\n').slice(0, -1));
  return { name: download.suggestedFilename(), pages, bytes };
}

function expectEmbossable(bytes: Buffer, pages: string[][]) {
  expect([...bytes].every((byte) => (byte >= 0x20 && byte <= 0x5f) || [0x0a, 0x0d, 0x0c].includes(byte))).toBe(true);
  expect(pages.length).toBeGreaterThan(3);
  for (const lines of pages) {
    expect(lines.length).toBeLessThanOrEqual(25);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(40);
  }
  // Braille page numbers in order at the right of line 1: the numeric sign, then digits as the letters a to j.
  const number = (n: number) => `#${[...String(n)].map((digit) => 'JABCDEFGHI'[Number(digit)]).join('')}`;
  expect(pages.map((lines) => lines[0])).toEqual(pages.map((_, index) => number(index + 1).padStart(40)));
}

/** Print again, with Debian's liblouis, from each page's braille (its page number left out). */
const backTranslate = (pages: string[][], tables: string) =>
  execFileSync('lou_translate', ['--backward', tables], {
    // lou_translate reads a backslash as an escape; in BRF it is a cell (dots 1256, "ou").
    input:
      pages.map((lines) => lines.slice(1).join(' ').replace(/ +/g, ' ').trim().replace(/\\/g, '\\\\')).join('\n') +
      '\n',
    encoding: 'utf8',
  });

/** Words in lower case without punctuation: contracted braille does not keep every capital and mark. */
const wordsOf = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);

/** How many of the agreement's words the braille gives back. */
function shareFound(printed: string, back: string) {
  const found = new Set(wordsOf(back));
  const words = wordsOf(printed);
  return {
    share: words.filter((word) => found.has(word)).length / words.length,
    missing: words.filter((w) => !found.has(w)),
  };
}

/** The agreement's own words on the page, each piece of text apart, without its buttons and notes or `without`. */
const agreementText = (page: Page, selector: string, without = '') =>
  page.locator(selector).evaluateAll(
    (parts, remove) =>
      parts
        .map((part) => {
          const copy = part.cloneNode(true) as Element;
          copy.querySelectorAll(remove).forEach((element) => element.remove());
          const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
          const texts: string[] = [];
          while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
          return texts.join(' ');
        })
        .join(' '),
    ['.ltw-agreement-actions', without].filter(Boolean).join(', '),
  );

describe('the braille-ready agreement (.brf)', () => {
  it('is made on the device from the agreement, with liblouis loaded only when asked, in UEB contracted braille', async () => {
    const page = await session.page();
    await seed(page, baseUrl, { answers });
    await openStep(page, baseUrl, 'agreement');
    await page.waitForSelector('main[data-position="agreement"] .ltw-agreement[aria-busy="false"]');
    const en = WIZARD_RESOURCES.en.agreement.braille;
    expect(await page.locator('#other-formats-heading').innerText()).toBe('Other formats');
    expect(await page.locator('.ltw-other-formats').innerText()).toContain(en.note);
    expect(await liblouisRequests(page)).toEqual([]);
    const { name, pages, bytes } = await downloadBrf(page, en.download);
    expect(name).toMatch(/^how-we-will-work-together-\d{4}-\d{2}-\d{2}\.brf$/);
    expectEmbossable(bytes, pages);
    // UEB grade 2: "the" is one cell ("!"), "agreement" is "AGREE;T".
    expect(pages.flat().join(' ')).toContain('AGREE;T');
    const back = backTranslate(pages, TABLES.en);
    const printed = await agreementText(page, '.ltw-agreement');
    const { share, missing } = shareFound(printed, back);
    expect(share, missing.slice(0, 40).join(' ')).toBeGreaterThan(0.97);
    expect(back).toContain('Siân ap Dŵr');
    expect(back).toContain('Gwenllïan o Dŷ Gwyn');
    const requested = await liblouisRequests(page);
    expect(requested.some((url) => url.startsWith(`${baseUrl}/_astro/`) && /build-no-tables/.test(url))).toBe(true);
    expect(requested.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    // Only the English tables: nothing Welsh for an English agreement.
    expect(requested.filter((url) => /cy-cy/.test(url))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await expect.poll(() => page.locator('.ltw-braille-download [role="status"]').innerText()).toBe(en.ready);
  });

  it('in Welsh and English together: the Welsh in Welsh braille, then the English in UEB from a new page', async () => {
    const page = await session.page(375);
    await seed(page, baseUrl, { answers });
    await openStep(page, baseUrl, 'agreement', 'cy');
    await page.waitForSelector('main .ltw-agreement[aria-busy="false"]');
    await page.check('#bilingual');
    await page.waitForSelector('.ltw-agreement [lang="en-GB"]');
    const cy = WIZARD_RESOURCES.cy.agreement;
    const { pages, bytes } = await downloadBrf(page, cy.braille.download);
    expectEmbossable(bytes, pages);
    // The English half starts on a page of its own, under its centred title (",H[ WE W "W TGR" in UEB).
    const englishTitle = execFileSync('lou_translate', ['--forward', TABLES.en], {
      input: `${WIZARD_RESOURCES.en.agreement.title}\n`,
      encoding: 'utf8',
    })
      .trim()
      .toUpperCase();
    const split = pages.findIndex((lines) => lines[1]?.trim() === englishTitle);
    expect(split).toBeGreaterThan(0);
    const englishBack = backTranslate(pages.slice(split), TABLES.en);
    const englishPrint = await agreementText(page, '.ltw-agreement section[lang="en-GB"]');
    const english = shareFound(englishPrint, englishBack);
    expect(english.share, english.missing.slice(0, 40).join(' ')).toBeGreaterThan(0.97);
    // Welsh braille does not read back reliably, even in liblouis 3.24 ("gyda" comes back "g"), so the Welsh
    // half is checked the other way: each Welsh heading and paragraph on the page, as Debian's liblouis
    // brailles it, is in the file.
    const welshPieces = (await page.locator('.ltw-agreement__section:not([lang]) :is(h2, p)').allTextContents())
      .map((text) =>
        text
          .replace(/\p{Cf}/gu, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter(Boolean);
    expect(welshPieces.length).toBeGreaterThan(30);
    const welshBraille = execFileSync('lou_translate', ['--forward', TABLES.cy], {
      input: `${welshPieces.join('\n')}\n`,
      encoding: 'utf8',
    })
      .split('\n')
      .slice(0, welshPieces.length);
    const squash = (text: string) => text.toUpperCase().replace(/\s+/g, '');
    const welshBody = squash(
      pages
        .slice(0, split)
        .flatMap((lines) => lines.slice(1))
        .join(''),
    );
    expect(welshPieces.filter((_, i) => !welshBody.includes(squash(welshBraille[i]!)))).toEqual([]);
    expect(welshBody).toContain(
      squash(execFileSync('lou_translate', ['--forward', TABLES.cy], { input: 'Siân ap Dŵr\n', encoding: 'utf8' })),
    );
    expect(await cspViolations(page)).toEqual([]);
    await expect.poll(() => page.locator('.ltw-braille-download [role="status"]').innerText()).toBe(cy.braille.ready);
  });
});
