import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { createEnvelope, type SavedCase, type SaveMode } from '~/core/store';
import { applies } from '~/core/journey/journey';
import { FAMILY } from '~/core/journey/family';
import type { Answers, Question } from '~/core/journey/schema';
import { completeFamily, completeFamilyOther } from '../fixtures/answers/complete-family';
import { BLANK_PAGE } from './session';

export const WIZARD = '/en/wizard/';
export const wizardIn = (locale: string) => `/${locale}/wizard/`;

/**
 * Opens the test server's blank page of the site's origin, unless the page is on it already: storage is
 * written there without a page of the site (and its islands) loading, and without an open wizard saving
 * its own answers over what was written when it is left.
 */
export async function onBlankPage(page: Page, baseUrl: string) {
  if (page.url() !== baseUrl + BLANK_PAGE) await page.goto(baseUrl + BLANK_PAGE);
}

/**
 * Puts saved answers in this browser, as the wizard itself would have saved them: once, from the blank
 * page (never an init script, which would write them again on every reload and hide a deletion).
 */
export async function seed(
  page: Page,
  baseUrl: string,
  saved: Partial<SavedCase>,
  mode: SaveMode = 'device',
  savedAt = new Date(),
) {
  const envelope = createEnvelope({ answers: {}, skipped: [], stageMarks: {}, position: 'hub', ...saved }, savedAt);
  await onBlankPage(page, baseUrl);
  await page.evaluate(
    ([key, value, where]) => (where === 'device' ? localStorage : sessionStorage).setItem(key!, value!),
    ['ltw:answers', JSON.stringify(envelope), mode],
  );
}

/** Opens the wizard at a step and waits for the island to replace its loading message. */
export async function openStep(page: Page, baseUrl: string, step?: string, locale = 'en') {
  await page.goto(baseUrl + wizardIn(locale) + (step ? `?step=${encodeURIComponent(step)}` : ''));
  // The island shows a loading heading while it starts; the wizard's own pages carry data-position.
  await page.waitForSelector('astro-island:not([ssr]) main[data-position] h1');
}

/** A complete fixture in which this question applies, for opening its page with realistic answers around it. */
export function answersWhere(question: Question): Answers {
  const fixture = [completeFamily, completeFamilyOther].find((answers) => applies(FAMILY, question, answers));
  if (!fixture) throw new Error(`No fixture makes ${question.id} apply`);
  return fixture;
}

export function without(answers: Answers, id: string): Answers {
  const { [id]: _removed, ...rest } = answers as Record<string, unknown>;
  return rest;
}

export async function focusedElement(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      text: el?.textContent?.trim() ?? '',
      id: el?.id ?? '',
      className: el?.className ?? '',
    };
  });
}

/** Preact moves focus after paint, so wait for it rather than asserting at once. */
export async function expectFocusOn(page: Page, selector: string) {
  await expect
    .poll(() => page.evaluate((s) => document.activeElement === document.querySelector(s), selector), { timeout: 5000 })
    .toBe(true);
}

export async function horizontalOverflow(page: Page, width = 320) {
  await page.setViewportSize({ width, height: 700 });
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Moves to a step the way the browser's Back and Forward buttons do (popstate), without reloading. Straight
 * after a reload the island may not be listening yet, so the popstate is sent again until the step shows.
 */
export async function goToStep(page: Page, step: string) {
  await page.evaluate((s) => window.history.pushState(null, '', `?step=${encodeURIComponent(s)}`), step);
  const target = page.locator(`main[data-position="${step}"]`);
  await expect
    .poll(
      async () => {
        await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
        return target.isVisible();
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Presses Tab until focus is on an element matching the selector (keyboard-only journeys). */
export async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Every key this site stores in either web storage area. */
export function storedKeys(page: Page) {
  return page.evaluate(() =>
    [localStorage, sessionStorage]
      .flatMap((area) => Array.from({ length: area.length }, (_, i) => area.key(i)!))
      .filter((k) => k.startsWith('ltw:')),
  );
}

export const positionOf = (page: Page) => page.locator('main').getAttribute('data-position');
