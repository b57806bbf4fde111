import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { REPO_ROOT } from '../helpers/paths';
import { answersWhere, openStep, seed, without } from '../helpers/wizard';
import { FAMILY } from '~/core/journey/family';
import { encodeCaseLink } from '~/core/formats';

const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 375, height: 800 } });
const STEP = 'when-it-happened';
const answers = without(answersWhere(FAMILY.question(STEP)!), STEP);
const savedDetails = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/formats/case-details.v1.json'), 'utf8'));
const OFFER = '[data-team-date-offer]';

/** The details as the family link page keeps them once the family says they are right. */
async function keepDetails(page: Page, details: Record<string, unknown>) {
  await page.evaluate((text) => localStorage.setItem('ltw:case', text), JSON.stringify({ ...savedDetails, details }));
}

/** The question on screen: its date boxes are there, so an offer loaded with them is there too. */
async function openQuestion(page: Page) {
  await openStep(page, baseUrl, STEP);
  await page.waitForSelector(`#${STEP}-day`);
}

const boxes = (page: Page) =>
  Promise.all(['day', 'month', 'year'].map((part) => page.locator(`#${STEP}-${part}`).inputValue()));

describe("the incident date in the team's link, offered to the family's question of when it happened", () => {
  it('is offered once the link is saved and the question is empty; using it fills in the boxes (axe 0)', async () => {
    const page = await session.freshPage();
    await seed(page, baseUrl, { answers });
    // The family saves their team's link, as they would from the letter.
    const link = await encodeCaseLink({
      ...savedDetails.details,
      incidentDate: { day: '12', month: '3', year: '2026' },
    });
    if (!link.ok) throw new Error(link.error);
    await page.goto(`${baseUrl}/en/from-your-team/#${link.fragment}`);
    await page.locator('label', { hasText: 'Yes, save them on this device' }).click();
    await page.click('button[type=submit]:has-text("Continue")');
    await page.waitForSelector('[data-saved="device"]');

    await openQuestion(page);
    expect(await page.locator(OFFER).innerText()).toContain("Your team's letter says it happened on 12 March 2026.");
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    await page.click(`${OFFER} button:has-text("Use this date")`);
    expect(await boxes(page)).toEqual(['12', '3', '2026']);
    // The offer goes once the date is in, and focus goes to the day rather than being lost.
    expect(await page.locator(OFFER).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${STEP}-day`);
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);

    // Saved as the family's own answer; with an answer there, nothing is offered again.
    await page.click('button[type=submit]:has-text("Continue")');
    await page.waitForSelector(`main[data-position]:not([data-position="${STEP}"]) h1`);
    await openQuestion(page);
    expect(await boxes(page)).toEqual(['12', '3', '2026']);
    expect(await page.locator(OFFER).count()).toBe(0);
  });

  it.each([
    ['no team link is saved', undefined],
    ['the saved link has no incident date', { ...savedDetails.details, incidentDate: undefined }],
    [
      'the saved link gives only a phrase',
      { ...savedDetails.details, incidentDate: { approximate: 'Early March 2026' } },
    ],
  ])('is not offered when %s', async (_, details) => {
    const page = await session.freshPage();
    await seed(page, baseUrl, { answers });
    if (details) await keepDetails(page, details);
    await openQuestion(page);
    expect(await page.locator(OFFER).count()).toBe(0);
    expect(await boxes(page)).toEqual(['', '', '']);
  });

  it('is offered from details saved by an earlier version of the site too (the fixture of the saved format)', async () => {
    const page = await session.freshPage();
    await seed(page, baseUrl, { answers });
    await keepDetails(page, savedDetails.details);
    await openQuestion(page);
    expect(await page.locator(OFFER).innerText()).toContain('14 March 2026');
  });
});
