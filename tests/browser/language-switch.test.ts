import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { describeViolations, runAxe } from '../helpers/axe';
import { goToStep, openStep, positionOf, seed, tabTo } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import { LOCALES, OFFERED_LOCALES } from '~/i18n/locales';
import { encodeCaseLink } from '~/core/formats';

/*
 * The header's language links: the GOV.UK switcher's markup, on every page, and a switch that keeps the
 * person's place and every answer, also when the browser will not let the site save anything.
 */
const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 375, height: 800 } });

const switcher = (page: Page) => page.locator('nav.ltw-language');
/** The tests' build has four languages, so the switcher is folded: open it, then choose. */
async function chooseLanguage(page: Page, hreflang: string) {
  await page.click('nav.ltw-language summary');
  await page.click(`nav.ltw-language a[hreflang="${hreflang}"]`);
}
const submit = async (page: Page) => {
  const before = await positionOf(page);
  await page.click('main form button[type=submit]');
  await page.waitForSelector(`main:not([data-position="${before}"])`);
};

describe('the language switcher', () => {
  let page: Page;
  beforeAll(async () => {
    page = await session.page();
  });

  it('names each language in itself, marks the current one, and links to the same page in the others', async () => {
    await page.goto(baseUrl + '/en/stages/1-understanding-you/');
    expect(await switcher(page).getAttribute('aria-label')).toBe('Choose a language');
    const current = switcher(page).locator('[aria-current="true"]');
    expect(await current.evaluate((e) => [e.tagName, e.textContent, e.getAttribute('lang')])).toEqual([
      'SPAN',
      'English',
      'en-GB',
    ]);
    const links = await switcher(page)
      .locator('a')
      .evaluateAll((as) =>
        as.map((a) => [
          a.textContent,
          a.getAttribute('lang'),
          a.getAttribute('hreflang'),
          a.getAttribute('rel'),
          a.getAttribute('href'),
        ]),
      );
    expect(links).toEqual(
      OFFERED_LOCALES.filter((l) => l !== 'en').map((l) => [
        LOCALES[l].label,
        LOCALES[l].lang,
        LOCALES[l].lang,
        'alternate',
        `/${l}/stages/1-understanding-you/`,
      ]),
    );
  });

  it('by keyboard, goes to the same page in Welsh, with lang="cy-GB" and no axe violations', async () => {
    await page.goto(baseUrl + '/en/stages/1-understanding-you/');
    await tabTo(page, 'nav.ltw-language summary');
    await page.keyboard.press('Enter');
    await tabTo(page, 'nav.ltw-language a[hreflang="cy-GB"]');
    await Promise.all([page.waitForURL('**/cy/stages/1-understanding-you/'), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('html', 'lang')).toBe('cy-GB');
    // Inside the folded list, closed again on the new page: its text, not what is drawn.
    expect(await switcher(page).locator('[aria-current="true"]').textContent()).toBe('Cymraeg');
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
  });
});

describe('switching language in the middle of the wizard', () => {
  it('keeps the step, the answers and what is being typed, when answers are saved on the device', async () => {
    const page = await session.page();
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'where-it-happened');
    await page.fill('#where-it-happened', 'Typed in English, not saved yet');
    await chooseLanguage(page, 'cy-GB');
    await page.waitForURL('**/cy/wizard/?step=where-it-happened');
    await page.waitForSelector('main[data-position="where-it-happened"] h1');
    expect(await page.getAttribute('html', 'lang')).toBe('cy-GB');
    expect(await page.inputValue('#where-it-happened')).toBe('Typed in English, not saved yet');
    await chooseLanguage(page, 'en-GB');
    await page.waitForSelector('main[data-position="where-it-happened"] h1');
    expect(new URL(page.url()).pathname).toBe('/en/wizard/');
    await page.goto(baseUrl + '/en/wizard/?step=your-name');
    await page.waitForSelector('main[data-position="your-name"] h1');
    expect(await page.inputValue('#your-name')).toBe(completeFamily['your-name']);
  });

  it('keeps them when the browser lets the site save nothing at all (carried across, then forgotten)', async () => {
    await session.page();
    // Blocked storage is a tab of its own, so the file's page never has it.
    const page = await session.newTab();
    await page.addInitScript(() => {
      for (const area of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, area, {
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
    });
    await openStep(page, baseUrl);
    await page.check('#who-is-filling-in-carer');
    await submit(page);
    if ((await positionOf(page)) === 'save-choice') await submit(page);
    await goToStep(page, 'your-name');
    await page.fill('#your-name', 'Siân ap Dŵr');
    await submit(page);
    await goToStep(page, 'where-it-happened');
    await page.fill('#where-it-happened', 'Ward 3, not saved anywhere');

    await chooseLanguage(page, 'cy-GB');
    await page.waitForURL('**/cy/wizard/?step=where-it-happened');
    await page.waitForSelector('main[data-position="where-it-happened"] h1');
    expect(await page.inputValue('#where-it-happened')).toBe('Ward 3, not saved anywhere');
    expect(await page.evaluate(() => window.name)).toBe('');
    await goToStep(page, 'your-name');
    expect(await page.inputValue('#your-name')).toBe('Siân ap Dŵr');
    // The carried answers are not left lying around: a reload of a page that saves nothing starts afresh.
    await page.reload();
    await page.waitForSelector('main[data-position] h1');
    const shown = await page.evaluate(() =>
      [
        document.body.innerText,
        ...[...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value),
      ].join('|'),
    );
    expect(shown).not.toContain('Ward 3');
    expect(shown).not.toContain('Siân ap Dŵr');
  });
});

describe('switching language on the family’s page from their team', () => {
  it('keeps the team’s link, even though the page takes it out of the address, and shows it in Welsh', async () => {
    const link = await encodeCaseLink({ organisation: 'Bwrdd Iechyd Enghraifft', reference: 'PSII-2026-9' });
    if (!link.ok) throw new Error(link.error);
    const page = await session.page();
    await page.goto(`${baseUrl}/en/from-your-team/#${link.fragment}`);
    await page.waitForSelector('[data-view="review"] h1');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await chooseLanguage(page, 'cy-GB');
    await page.waitForURL('**/cy/from-your-team/');
    await page.waitForSelector('[data-view="review"] h1');
    expect(await page.locator('main').innerText()).toContain('PSII-2026-9');
    expect(await page.getAttribute('html', 'lang')).toBe('cy-GB');
  });
});
