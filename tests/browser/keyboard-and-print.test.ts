import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { controlsOnPaper } from '../helpers/print';

const baseUrl = inject('baseUrl');
const session = browserSession();

async function open(path: string, width = 375): Promise<Page> {
  const page = await session.page({ width, height: 700 });
  await page.goto(baseUrl + path);
  return page;
}

it('the first Tab shows the skip link, and Enter moves focus to the main content', async () => {
  const page = await open('/en/stages/1-understanding-you/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.ltw-skip-link');
  await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
  const box = await skip.boundingBox();
  expect(box && box.width > 24 && box.height >= 24 && box.x >= 0 && box.y >= 0).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
});

it('a focused link has the yellow focus style with a dark bar beneath it', async () => {
  const page = await open('/en/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const style = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const computed = getComputedStyle(element);
    return { tag: element.tagName, background: computed.backgroundColor, shadow: computed.boxShadow };
  });
  expect(style.tag).toBe('A');
  expect(style.background).toBe('rgb(255, 235, 59)');
  expect(style.shadow).toContain('rgb(33, 43, 50)');
});

it('every link and button on the home page can be reached with Tab alone', async () => {
  const page = await open('/en/', 1280);
  // Every one a person can see: "Continue where you left off" is unseen, and out of reach, until answers are saved.
  const expected = await page.locator('a[href]:visible, button:visible').count();
  const reached = new Set<string>();
  for (let i = 0; i < expected + 2; i++) {
    await page.keyboard.press('Tab');
    reached.add(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement;
        return `${el.tagName}:${el.getAttribute('href')}:${el.textContent?.trim()}`;
      }),
    );
  }
  expect([...reached].filter((r) => r.startsWith('A:')).length).toBe(expected);
});

it('prints without the navigation, skip link or stage links, and shows the page text', async () => {
  const page = await open('/en/stages/2-agreeing-how-you-work-together/', 1280);
  await page.emulateMedia({ media: 'print' });
  const visible = (selector: string) => page.locator(selector).first().isVisible();
  expect(await visible('.ltw-header__nav')).toBe(false);
  expect(await visible('.ltw-footer__nav')).toBe(false);
  expect(await visible('.ltw-pagination')).toBe(false);
  expect(await visible('h1')).toBe(true);
  expect(await visible('.ltw-prose')).toBe(true);
  // The help in the footer prints as words too: a phone number is what to dial, a web link prints its address.
  expect(await controlsOnPaper(page, '.ltw-prose, .ltw-urgent')).toEqual([]);
  const nhs111Online = page.locator('.ltw-urgent a[href^="https:"]');
  expect(await nhs111Online.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('" (https://111.nhs.uk)"');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

it('on the blank paper form, a support organisation prints its web address; its phone number prints as it is', async () => {
  const page = await open('/en/agreement/blank/');
  await page.emulateMedia({ media: 'print' });
  const after = (selector: string) =>
    page.locator(selector).evaluate((element) => getComputedStyle(element, '::after').content);
  expect(await after('.ltw-agreement__organisations a[href="https://www.samaritans.org/"]')).toBe(
    '" (https://www.samaritans.org/)"',
  );
  expect(await after('.ltw-agreement__organisations a[href="tel:116123"]')).toBe('none');
});

it('respects reduced motion: nothing animates', async () => {
  const page = await session.page();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(baseUrl + '/en/');
  const animated = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        return parseFloat(s.transitionDuration) > 0.01 || parseFloat(s.animationDuration) > 0.01;
      }).length,
  );
  expect(animated).toBe(0);
});
