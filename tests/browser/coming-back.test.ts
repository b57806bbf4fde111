import { layoutShifts } from '../helpers/layout-shift';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeAtWidths } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { onBlankPage, openStep, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';

const baseUrl = inject('baseUrl');
const PHONE = { width: 375, height: 667 };
const session = browserSession({ viewport: PHONE });
const CONTINUE_PAGES = ['/en/', '/cy/', '/en/start/'];
const continueLink = (page: Page) => page.locator('[data-continue-link] a');

/** Every layout shift since the page opened, with what moved (buffered: none is missed). */

describe('"Continue where you left off"', () => {
  it.each(CONTINUE_PAGES)('%s offers it when answers are saved, and it leads to the task list', async (path) => {
    const page = await session.page();
    await seed(page, baseUrl, { answers: completeFamily });
    await page.goto(baseUrl + path);
    await expect.poll(() => continueLink(page).isVisible()).toBe(true);
    await continueLink(page).click();
    await page.waitForSelector('astro-island:not([ssr]) main[data-position] h1');
    expect(new URL(page.url()).searchParams.get('step')).toBe('hub');
  });

  it('is offered for answers kept only in this tab too', async () => {
    const page = await session.page();
    await seed(page, baseUrl, { answers: completeFamily }, 'tab');
    await page.goto(baseUrl + '/en/start/');
    await expect.poll(() => continueLink(page).isVisible()).toBe(true);
  });

  it.each(CONTINUE_PAGES)('%s does not offer it, and no one can reach it, without saved answers', async (path) => {
    const page = await session.page();
    await onBlankPage(page, baseUrl);
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    // The script has run once the page has loaded (a module script runs before the load event).
    expect(await continueLink(page).isVisible()).toBe(false);
    expect(await page.locator('.ltw-continue--shown').count()).toBe(0);
    // Unseen means out of the tab order and the accessibility tree too.
    expect(await page.getByRole('link', { name: 'Continue where you left off' }).count()).toBe(0);
  });

  it('is not offered without JavaScript, even with saved answers', async () => {
    // Only the key's presence counts, so any value stands for saved answers.
    const saved = { name: 'ltw:answers', value: '{}' };
    const context = await session.freshContext({
      javaScriptEnabled: false,
      viewport: PHONE,
      storageState: { cookies: [], origins: [{ origin: baseUrl, localStorage: [saved] }] },
    });
    const page = await context.newPage();
    await page.goto(baseUrl + '/en/start/', { waitUntil: 'load' });
    expect(await continueLink(page).count()).toBe(1);
    expect(await continueLink(page).isVisible()).toBe(false);
  });

  it.each([375, 1280])('moves nothing on the page when it appears, at %ipx (no layout shift)', async (width) => {
    for (const path of CONTINUE_PAGES) {
      const page = await session.page(width);
      await onBlankPage(page, baseUrl);
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      // A small page runs its script before the first paint, which would hide any shift. So the script runs
      // again once the page is on screen, as on a slow phone, after the answers are saved.
      await page.evaluate(async () => {
        await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
        localStorage.setItem('ltw:answers', '{}');
        const script = document.querySelector('script')!;
        const again = document.createElement('script');
        again.type = 'module';
        if (script.src) again.src = `${script.src}?again`;
        else again.textContent = script.textContent;
        document.body.append(again);
      });
      await expect.poll(() => continueLink(page).isVisible()).toBe(true);
      const shifts = await layoutShifts(page);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      // Shown in a space kept for it, it moves nothing (0). Pushing the text down by its line would score
      // 0.018 at 375px and 0.005 at 1280px; a busy machine's pixel of jitter scores 0.0003.
      expect(total, `${path} at ${width}px: ${JSON.stringify(shifts)}`).toBeLessThan(0.001);
    }
  });
});

describe('the start page', () => {
  it.each(['en', 'cy'])('has "Start now" on the first screen of a phone (375 x 667) in %s', async (locale) => {
    const page = await session.page(PHONE);
    await page.goto(`${baseUrl}/${locale}/start/`);
    const box = await page.locator('main a.ltw-button--start').first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  });
});

describe("the family's header on a phone", () => {
  const teamLink = /\/(investigator|investigators)\//;
  const headerLinks = (page: Page) =>
    page.locator('header a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

  it.each(['en', 'cy'])(
    'is at most 100px tall at 320px on a family page and in the wizard, without the team links (%s)',
    async (locale) => {
      const page = await session.page({ width: 320, height: 640 });
      await seed(page, baseUrl, { answers: completeFamily });
      for (const open of [
        () => page.goto(`${baseUrl}/${locale}/start/`),
        () => page.goto(`${baseUrl}/${locale}/support/`),
        () => openStep(page, baseUrl, 'where-it-happened', locale),
      ]) {
        await open();
        const header = await page.locator('header').boundingBox();
        expect(header!.height, page.url()).toBeLessThanOrEqual(100);
        const links = await headerLinks(page);
        expect(links.filter((href) => teamLink.test(href))).toEqual([]);
        // The languages and "Get help" (last, WCAG 3.2.6) are still there.
        expect(await page.locator('header nav[aria-label] [lang]').count()).toBeGreaterThanOrEqual(2);
        expect(links.at(-1)).toBe(`/${locale}/help/`);
      }
    },
  );

  it('has no axe violations at 320px, in the wizard and on a family page', async () => {
    const page = await session.page({ width: 320, height: 640 });
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'where-it-happened');
    expect(await axeAtWidths(page, [320])).toEqual([]);
    await page.goto(`${baseUrl}/en/start/`);
    expect(await axeAtWidths(page, [320])).toEqual([]);
  });

  it("keeps the team's links on the team's pages, and in every footer", async () => {
    const page = await session.page();
    await page.goto(`${baseUrl}/en/investigators/`);
    const menu = await page
      .locator('header .ltw-header__nav a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(menu.filter((href) => teamLink.test(href))).toEqual(['/en/investigators/', '/en/investigator/']);
    await page.goto(`${baseUrl}/en/start/`);
    const footerLinks = await page
      .locator('footer a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(footerLinks).toEqual(expect.arrayContaining(['/en/investigators/', '/en/investigator/']));
  });
});
