import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { describeViolations, runAxe } from '../helpers/axe';
import { expectFocusOn, horizontalOverflow, openStep, positionOf, seed, tabTo } from '../helpers/wizard';
import { completeFamily, completeFamilyOther } from '../fixtures/answers/complete-family';
import type { Answers } from '~/core/journey/schema';

/*
 * The family's journey made safe, kind and complete (issue 8): the start page, stopping at any point,
 * what happens next, pages for later, help matched to what was said, a death acknowledged, and private
 * answers that stay private.
 */
const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 1280, height: 800 } });
const work = mkdtempSync(join(tmpdir(), 'ltw-family-'));

const newPage = (width = 1280): Promise<Page> => session.page(width);

/** axe, and no sideways scrolling at 320 px (1280 px at 400% zoom). */
async function expectAccessibleAt320(page: Page) {
  expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
  expect(await horizontalOverflow(page, 320)).toBeLessThanOrEqual(0);
  expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const inquestFamily: Answers = { ...completeFamily, 'other-processes': { choices: ['inquest'] } };

describe('the start page', () => {
  it('says what the tool is for, how long it takes and how saving works, without JavaScript, then "Start now"', async () => {
    const page = await session.freshPage({ javaScriptEnabled: false });
    await page.goto(baseUrl + '/en/start/');
    const text = await page.locator('main').innerText();
    expect(await page.locator('h1').innerText()).toBe('Write down what you need and agree how you will work together');
    for (const phrase of [
      'written agreement',
      'About 10 to 15 minutes',
      'for later',
      'skip any question',
      'deleted after 180 days',
    ])
      expect(text).toContain(phrase);
    expect(text).not.toContain('{{');
    expect(await page.getAttribute('a.ltw-button--start', 'href')).toBe('/en/wizard/');
    // The start page does not link to itself (counted at once: the page is static and fully loaded).
    expect(await page.locator('main a[href="/en/start/"]').count()).toBe(0);
  });

  it('is reached from the home page, and "Start now" is reached with the keyboard alone', async () => {
    const page = await newPage(375);
    await page.goto(baseUrl + '/en/');
    await page.click('a.ltw-button--start');
    await page.waitForURL('**/en/start/');
    await tabTo(page, 'a.ltw-button--start');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-position="who-is-filling-in"] h1');
    await expectAccessibleAt320(page);
  });
});

describe('stopping at any point', () => {
  it('every question page offers "Return to your task list", and says the answers are saved', async () => {
    const page = await newPage(375);
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'avoid-upset');
    expect(await page.locator('.ltw-stop-links').innerText()).toContain(
      'Your answers are saved on this device as you go.',
    );
    await tabTo(page, '.ltw-stop-links a');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-position="hub"]');
    await expectFocusOn(page, 'main h1');
    await expectAccessibleAt320(page);
  });

  it('says nothing about saving when the answers are kept only in this tab', async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: completeFamily }, 'tab');
    await openStep(page, baseUrl, 'avoid-upset');
    expect(await page.locator('.ltw-stop-links').innerText()).not.toContain('saved on this device');
  });
});

describe('the task list', () => {
  it('shows stages 4 and 5 as "For later", with a hint of when, until they are started', async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: { 'who-is-filling-in': { choice: 'family-member' } } });
    await openStep(page, baseUrl, 'hub');
    const statuses = await page.locator('.ltw-task-list__status').allInnerTexts();
    expect(statuses).toEqual(['Not yet started', 'Not yet started', 'Not yet started', 'For later', 'For later']);
    expect(await page.locator('#checking-and-finalising-the-report-hint').innerText()).toBe(
      'For when the draft report arrives',
    );
    // The one green button is the next thing to do; making the agreement waits lower down, as a secondary button.
    expect(await page.locator('main a.ltw-button:not(.ltw-button--secondary)').innerText()).toBe(
      'Start Stage 1: Understanding you and your needs',
    );
    expect(await page.locator('main a.ltw-button--secondary').innerText()).toBe(
      'Check your answers and make your agreement',
    );
    await expectAccessibleAt320(page);
    // Opening a stage shows its introduction first, with its guidance page and the note before hard content.
    await page.click('text=Stage 4: Checking and finalising the report');
    await page.waitForSelector('main[data-position="intro-checking-and-finalising-the-report"] h1');
    await expectFocusOn(page, 'main h1');
    expect(await page.locator('.ltw-content-note').innerText()).toContain('can be hard to read');
    expect(
      await page.getAttribute('main a[href$="/stages/4-checking-and-finalising-the-report/"]', 'href'),
    ).toBeTruthy();
    await expectAccessibleAt320(page);
    await page.click('text=Start this stage');
    await page.waitForSelector('main[data-position="reading-with"]');
    await page.fill('#reading-with', 'My sister');
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-position="draft-received"]');
    // "Not yet" for a report that has not come.
    await page.check('#draft-received-not-yet');
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-position="comments-due"]');
    await page.click('.ltw-stop-links a');
    await page.waitForSelector('main[data-position="hub"]');
    expect(await page.locator('.ltw-task-list__status').nth(3).innerText()).toBe('In progress');
  });
});

describe('after saying the patient has died', () => {
  it('a short page acknowledges it and points to the guidance, then the questions continue', async () => {
    const page = await newPage(375);
    await seed(page, baseUrl, {
      answers: { 'who-is-filling-in': { choice: 'family-member' }, 'patient-name': 'Rhys' },
    });
    await openStep(page, baseUrl, 'patient-alive');
    // A radio group is one Tab stop; the arrow keys choose within it.
    await tabTo(page, '#patient-alive');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('#patient-alive-no')).toBe(true);
    await tabTo(page, 'main button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-position="acknowledge-death"] h1');
    await expectFocusOn(page, 'main h1');
    expect((await page.locator('main h1').innerText()).replace(/[\u2066-\u2069]/g, '')).toBe(
      'We are sorry that Rhys has died',
    );
    expect(await page.getAttribute('main a[href="/en/situations/when-someone-has-died/"]', 'href')).toBeTruthy();
    await expectAccessibleAt320(page);
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-position="when-it-happened"]');
    // The check answers page keeps the row gentle: no bare "Is Rhys alive: No".
    await openStep(page, baseUrl, 'check-understanding-you');
    const text = (await page.locator('main').innerText()).replace(/[\u2066-\u2069]/g, '');
    expect(text).toMatch(/About Rhys\s+Rhys has died/);
    expect(text).not.toMatch(/No, Rhys/);
    expect(text).not.toContain('Is Rhys alive');
  });
});

describe('help that matches what the person said', () => {
  it("appears on the stage's check answers page and on the confirmation page, as real links", async () => {
    const page = await newPage(375);
    await seed(page, baseUrl, { answers: inquestFamily });
    await openStep(page, baseUrl, 'check-understanding-you');
    await page.waitForSelector('.ltw-signposts');
    const signposts = await page.locator('.ltw-signposts').innerText();
    expect(signposts).toContain('INQUEST');
    expect(await page.locator('.ltw-signposts a[href^="https://"]').count()).toBeGreaterThan(0);
    await expectAccessibleAt320(page);
    await openStep(page, baseUrl, 'answers');
    await page.click('text=Create your agreement');
    await page.waitForSelector('main[data-position="confirmation"] h1');
    expect(await page.locator('.ltw-signposts').innerText()).toContain('INQUEST');
  });

  it('shows no help box when nothing said calls for it', async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: { ...completeFamilyOther } });
    await openStep(page, baseUrl, 'check-giving-and-getting-information');
    await page.waitForSelector('main[data-position="check-giving-and-getting-information"] h1');
    expect(await page.locator('.ltw-signposts').count()).toBe(0);
  });
});

describe('the confirmation page', () => {
  it('says what to do with the agreement, how to change it and who to call; reached with the keyboard', async () => {
    const page = await newPage(375);
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'answers');
    await tabTo(page, 'main button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-position="confirmation"] h1');
    await expectFocusOn(page, 'main h1');
    const text = await page.locator('main').innerText();
    for (const phrase of [
      'Your written agreement',
      'first meeting',
      'named contact',
      'Keep a copy',
      'make your agreement again',
      'Patient Safety Team',
      '01632 960 000',
    ])
      expect(text).toContain(phrase);
    // The trust's numbers are links to tap (PALS's too), dialling what they say.
    expect(await page.locator('main a[href="tel:01632960000"]').textContent()).toBe('01632 960 000');
    expect(await page.locator('main a[href="tel:01632960001"]').textContent()).toBe('01632 960 001');
    await expectAccessibleAt320(page);
    await tabTo(page, 'main a.ltw-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-position="agreement"] .ltw-agreement[aria-busy="false"]');
    await expectFocusOn(page, 'main h1');
  });
});

describe('"Who should not get information" stays private', () => {
  const privateWords = 'share details of my own health';
  const pdfTextOf = async (page: Page) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download as a PDF')]);
    const file = join(work, `${Math.random().toString(36).slice(2)}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    return {
      name: download.suggestedFilename(),
      text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    };
  };

  it('is on no copy by default: not the page, not the PDF, not a printout of the answers', async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'answers');
    await page.waitForSelector('#team-copy');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('main').innerText()).not.toContain(privateWords);
    await page.emulateMedia({ media: 'screen' });
    await page.click('text=Create your agreement');
    await page.click('text=View, print or download your agreement');
    await page.waitForSelector('.ltw-agreement[aria-busy="false"]');
    expect(await page.locator('main').textContent()).not.toContain(privateWords);
    expect(await page.locator('#copy-team').count()).toBe(0);
    expect((await pdfTextOf(page)).text).not.toContain(privateWords);
  });

  it('goes on the team copy only when chosen, with a warning; the family copy still never has it', async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'answers');
    await page.waitForSelector('#team-copy');
    expect(await page.locator('.ltw-warning-text').innerText()).toContain('Anyone who reads that copy will see them');
    await page.check('#team-copy');
    await page.click('text=Create your agreement');
    await page.click('text=View, print or download your agreement');
    await page.waitForSelector('.ltw-agreement[aria-busy="false"]');
    expect(await page.locator('main').textContent()).not.toContain(privateWords);
    expect((await pdfTextOf(page)).text).not.toContain(privateWords);
    await page.check('#copy-team');
    await page.waitForSelector('.ltw-agreement__copy-note');
    expect(await page.locator('main').textContent()).toContain(privateWords);
    const team = await pdfTextOf(page);
    expect(team.name).toContain('team-copy');
    expect(team.text).toContain(privateWords);
    expect(team.text).toContain('Copy for the investigation team only');
  });
});

describe('smaller things', () => {
  it('at 320 px the question and its answer box start above the fold', async () => {
    const page = await session.page({ width: 320, height: 568 });
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'patient-name');
    const box = await page.locator('#patient-name').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(568);
  });

  it('"Welcome back" shows on arrival and goes once the person moves on', async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl);
    expect(await positionOf(page)).toBe('hub');
    await page.waitForSelector('#welcome-back-title');
    await page.click('text=Stage 2: Agreeing how you work together');
    await page.waitForSelector('main:not([data-position="hub"])');
    await page.click('.ltw-stop-links a');
    await page.waitForSelector('main[data-position="hub"]');
    expect(await page.locator('#welcome-back-title').count()).toBe(0);
  });

  it('"Is there anyone else?" offers "No one else" rather than empty fields', async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: { 'who-is-filling-in': { choice: 'family-member' } } });
    await openStep(page, baseUrl, 'other-people');
    expect(await page.locator('#other-people-item-1-name').count()).toBe(0);
    await page.check('#other-people-add-no');
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-position="do-not-share"]');
    await openStep(page, baseUrl, 'check-agreeing-how-you-work-together');
    expect(await page.locator('main').innerText()).toContain('No one else');
  });
});
