import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeAtWidths, repeatedIds } from './axe';
import { cspViolations } from './csp';
import { expectFocusOn } from './wizard';

/**
 * The checks every wizard or team page gets, at each width the page is shown at: axe (at `axeWidths`),
 * no repeated ids, nothing broke the Content Security Policy, and no sideways scrolling at 320px (the
 * same as 1280px at 400% zoom, WCAG 1.4.10). The page is left at the last width it was shown at.
 */
export async function expectAccessible(page: Page, axeWidths: readonly number[] = [1280, 320]) {
  // A page drawn a few sections at a time (the agreement) is checked once it has all of them.
  await page.waitForSelector('main:not(:has([aria-busy="true"]))');
  expect(await axeAtWidths(page, axeWidths)).toEqual([]);
  expect(await repeatedIds(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  const { height } = page.viewportSize()!;
  if (page.viewportSize()!.width !== 320) await page.setViewportSize({ width: 320, height });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The values of every text box on the page, to show an error kept what was typed. */
export const typedValues = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main input[type=text], main textarea')]
      .map((e) => (e as HTMLInputElement).value)
      .join('|'),
  );

/**
 * Continue on a page holding input its rules reject: the error summary takes focus, the title starts
 * with the language's "Error:", each link in the summary leads to a field on the page, each field says
 * what is wrong, and nothing typed is lost.
 */
export async function expectErrorSummary(page: Page, errorPrefix: string) {
  const typed = await typedValues(page);
  await page.click('main button[type=submit]');
  await expectFocusOn(page, '.ltw-error-summary');
  expect((await page.title()).startsWith(`${errorPrefix} `), await page.title()).toBe(true);
  for (const href of await page
    .locator('.ltw-error-summary a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(await page.locator(href!).count(), `${href} exists`).toBe(1);
  }
  expect(await page.locator('.ltw-error-message').count()).toBeGreaterThan(0);
  expect(await typedValues(page)).toBe(typed);
}

/** One h1, and the page's title names it (after the person moves, the title must say where they are). */
export async function expectNamedHeading(page: Page) {
  // A page whose parts load first shows a loading line, and no h1, until they are there.
  const heading = (await page.locator('main h1').innerText()).trim();
  expect(await page.locator('h1').count()).toBe(1);
  await expect.poll(() => page.title()).toContain(heading);
}
