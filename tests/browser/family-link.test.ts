import { layoutShifts } from '../helpers/layout-shift';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, repeatedIds, runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { cspViolations } from '../helpers/csp';
import { expectFocusOn, horizontalOverflow, openStep, seed, storedKeys } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import { decodeCaseLink, encodeCaseLink, LINK_VERSION, type CaseDetails } from '~/core/formats';
import { CHECKSUM_BYTES, withChecksum } from '~/core/formats/link-check';

const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 375, height: 800 } });
const PAGE = '/en/from-your-team/';

const DETAILS: CaseDetails = {
  organisation: 'Northshire NHS Foundation Trust',
  reference: 'PSII-2026-0142',
  reviewType: 'Patient safety incident investigation (PSII)',
  incidentDate: { day: '3', month: '3', year: '2026' },
  leadInvestigator: { name: 'Dr Amara Okafor', role: 'Lead investigator', phone: '01632 960 123' },
  engagementLead: {
    name: 'Rhys Morgan',
    role: 'Family liaison officer',
    phone: '01632 960 456',
    email: 'rhys.morgan@example.nhs.uk',
    hours: 'Monday to Thursday, 9am to 5pm',
  },
  scope: 'How the ward cared for your mother over the weekend of 3 March.',
  commentDays: 14,
};
const OTHER: CaseDetails = { organisation: 'Northshire NHS Foundation Trust', reference: 'PSII-2025-0007' };

async function fragmentOf(details: CaseDetails): Promise<string> {
  const encoded = await encodeCaseLink(details);
  if (!encoded.ok) throw new Error(encoded.error);
  return encoded.fragment;
}

/** The page with nothing saved, recording every request, so the tests can show that none leaves the local server. */
async function freshContext(options: { userAgent?: string } = {}) {
  // Another user agent needs a context of its own; otherwise the file's page, reset.
  const page = options.userAgent ? await session.freshPage(options) : await session.page();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return { page, offSite: () => requests.filter((url) => !url.startsWith(baseUrl + '/')) };
}

/** Opens a link; on this page already, only the part after '#' changes and the page reads the new link. */
async function openLink(page: Page, fragment: string) {
  const before = page.url().startsWith(baseUrl + PAGE)
    ? await page.getAttribute('[data-view-id]', 'data-view-id')
    : null;
  await page.goto(`${baseUrl}${PAGE}#${fragment}`);
  // The island reads the link, then shows what it found in place of its loading line.
  await page.waitForSelector(
    `[data-view]:not([data-view="loading"])${before === null ? '' : `:not([data-view-id="${before}"])`} h1`,
  );
}

async function expectAxeClean(page: Page) {
  expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
  expect(await repeatedIds(page)).toEqual([]);
}

const h1 = (page: Page) => page.locator('main h1').innerText();
const stored = (page: Page, key: string, where: 'local' | 'session' = 'local') =>
  page.evaluate(([k, w]) => (w === 'local' ? localStorage : sessionStorage).getItem(k), [key, where] as const);

async function choose(page: Page, label: string) {
  await page.locator('label', { hasText: label }).click();
  await page.click('button[type=submit]:has-text("Continue")');
}

async function expectNothingSentOrBroken(page: Page, offSite: () => string[]) {
  expect(await cspViolations(page)).toEqual([]);
  expect(offSite()).toEqual([]);
}

describe("the family opens their investigator's link", () => {
  it('opens without the page moving under the reader as the details appear (no layout shift), and keeps no blank space on paper', async () => {
    for (const width of [375, 1280]) {
      const page = await session.page(width);
      await openLink(page, await fragmentOf(DETAILS));
      const shifts = await layoutShifts(page);
      // The footer's jump was 0.51. A busy machine can move the language links by a pixel (0.0003): not a jump
      // anyone sees, so the page as a whole must stay under a hundredth of the screen.
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, `at ${width}px: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
    }
    // The screen's reserved height is not blank paper when the page is printed.
    const page = await session.page();
    await openLink(page, await fragmentOf(DETAILS));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('main').evaluate((main) => getComputedStyle(main).minBlockSize)).toBe('0px');
  });

  it('paints its largest text with the page as served: the details that come later paint nothing larger', async () => {
    // Lighthouse's phone screen. Its "largest contentful paint" waited for the details (2.0 s on slow 4G);
    // the introduction, served in the page and kept by the details view, is now the largest text.
    const page = await session.freshPage({ viewport: { width: 412, height: 823 } });
    await page.goto(`${baseUrl}${PAGE}#${await fragmentOf(DETAILS)}`);
    await page.waitForSelector('[data-view="review"] h1');
    // Two frames after the details view: its paint has happened, and with it any larger paint's entry.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const largest = await page.evaluate(() => {
      const observer = new PerformanceObserver(() => {});
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
      const entries = observer.takeRecords() as (PerformanceEntry & { element: Element | null })[];
      // The header's name paints first on a busy machine; the last entry is the largest paint.
      const last = entries.at(-1);
      return { count: entries.length, fromDetailsView: Boolean(last?.element?.closest('[data-view="review"]')) };
    });
    expect(largest.count).toBeGreaterThan(0);
    expect(largest.fromDetailsView).toBe(false);
    const servedIntro = await page.evaluate(async (url) => {
      const served = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
      return served.querySelector('main astro-island p')?.textContent;
    }, baseUrl + PAGE);
    expect(servedIntro).toBe(await page.locator('[data-view="review"] h1 + p').innerText());
  });

  it('without JavaScript, says how else to get the details and claims nothing is loading', async () => {
    const page = await session.freshPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${PAGE}#${await fragmentOf(DETAILS)}`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('This page needs JavaScript to read the details in your link.');
    expect(text).not.toContain('Opening the details in your link');
  });

  it('shows the details with the trust’s own, takes the fragment out of the address, and saves only on yes', async () => {
    const { page, offSite } = await freshContext();
    await seed(page, baseUrl, { answers: completeFamily });
    const answersBefore = await stored(page, 'ltw:answers');
    await openLink(page, await fragmentOf(DETAILS));

    expect(page.url()).toBe(baseUrl + PAGE);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await h1(page)).toBe('Details from your investigation team');
    expect(await page.title()).toBe('Details from your investigation team - Learn Together Wizard');
    const list = await page.locator('.ltw-case-details').innerText();
    for (const text of [
      'PSII-2026-0142',
      'Rhys Morgan',
      'Email: rhys.morgan@example.nhs.uk',
      '3 March 2026',
      '14 days',
    ])
      expect(list).toContain(text);
    // Nothing from the link becomes something to tap: a forged number or address stays plain text.
    expect(await page.locator('.ltw-case-details a').count()).toBe(0);
    const trust = await page.locator('.ltw-trust-contacts').innerText();
    expect(trust).toContain("Your trust's own contact details");
    expect(trust).toContain('01632 960 000');
    expect(trust).toContain('do not use it');
    expect(await page.locator('main').innerText()).toContain('They stay exactly as they are');
    // Kept for this tab until they decide, so a reload still works; nothing saved yet.
    expect(await stored(page, 'ltw:link:pending', 'session')).not.toBeNull();
    expect(await stored(page, 'ltw:case')).toBeNull();
    await expectAxeClean(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.setViewportSize({ width: 375, height: 800 });

    await page.reload();
    await page.waitForSelector('[data-view="review"] h1');
    expect(await h1(page)).toBe('Details from your investigation team');

    // Continue with nothing chosen: the error summary, focused, and "Error:" in the title.
    await page.click('button[type=submit]:has-text("Continue")');
    await expectFocusOn(page, '.ltw-error-summary');
    expect(await page.locator('.ltw-error-summary').innerText()).toContain('Select yes if these details are right');
    expect(await page.locator('#details-right-error').innerText()).toContain('Select yes');
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expectAxeClean(page);

    await choose(page, 'Yes, save them on this device');
    await page.waitForSelector('[data-saved="device"]');
    await expectFocusOn(page, 'main h1');
    expect(await h1(page)).toBe('The details have been saved');
    expect(await page.title()).toBe('The details have been saved - Learn Together Wizard');
    const saved = JSON.parse((await stored(page, 'ltw:case'))!);
    expect(saved).toMatchObject({ app: 'learn-together-wizard', kind: 'case-details', version: 1, details: DETAILS });
    expect(new Date(saved.savedAt).toISOString()).toBe(saved.savedAt);
    expect(await stored(page, 'ltw:link:pending', 'session')).toBeNull();
    expect(await stored(page, 'ltw:answers')).toBe(answersBefore);
    await expectAxeClean(page);

    // The wizard names the team on its task list, and the agreement carries their details.
    await page.click('a:has-text("Carry on with your answers")');
    await page.waitForSelector('main[data-position] h1');
    const panel = page.locator('[data-team-panel]');
    await panel.waitFor();
    const panelText = await panel.innerText();
    expect(panelText).toContain('Your main contact');
    expect(panelText).toContain('Rhys Morgan');
    expect(panelText).toContain('01632 960 456');
    // Confirmed by the family, the team's number is a link to tap on the task list.
    expect(await panel.locator('a[href="tel:01632960456"]').textContent()).toBe('01632 960 456');
    expect(panelText).toContain('PSII-2026-0142');
    await expectAxeClean(page);

    await openStep(page, baseUrl, 'answers');
    await page.click('text=Create your agreement');
    await page.waitForSelector('main[data-position="confirmation"] h1');
    await page.click('text=View, print or download your agreement');
    await page.waitForSelector('main[data-position="agreement"] .ltw-agreement[aria-busy="false"]');
    const agreement = () => page.locator('.ltw-agreement').textContent();
    await expect.poll(agreement).toContain('Dr Amara Okafor, Lead investigator, 01632 960 123');
    expect(await agreement()).toContain('Reference: PSII-2026-0142');
    expect(await page.locator('.ltw-agreement a[href="tel:01632960123"]').textContent()).toBe('01632 960 123');
    await expectNothingSentOrBroken(page, offSite);
  });

  it('No saves nothing and says what to do; "Delete everything" removes the waiting link too', async () => {
    const { page, offSite } = await freshContext();
    await openLink(page, await fragmentOf(DETAILS));
    expect(await page.locator('main').innerText()).not.toContain('They stay exactly as they are');
    expect(await storedKeys(page)).toEqual(['ltw:link:pending']);

    await page.goto(baseUrl + '/en/delete/');
    expect(await page.locator('main').innerText()).toContain('details from your investigation team');
    await page.click('main form button[type=submit]');
    await page.waitForSelector('[data-erase="done"]:not([hidden])');
    expect(await storedKeys(page)).toEqual([]);

    await openLink(page, await fragmentOf(DETAILS));
    await choose(page, 'No, something is not right');
    await page.waitForSelector('text=The details have not been saved');
    await expectFocusOn(page, 'main h1');
    expect(await page.locator('main').innerText()).toContain('Please phone your trust');
    expect(await storedKeys(page)).toEqual([]);
    await expectAxeClean(page);
    await expectNothingSentOrBroken(page, offSite);
  });

  it('asks before replacing details saved from an earlier link, showing both', async () => {
    const { page, offSite } = await freshContext();
    await openLink(page, await fragmentOf(OTHER));
    await choose(page, 'Yes, save them on this device');
    await page.waitForSelector('[data-saved="device"]');
    const before = await stored(page, 'ltw:case');

    await openLink(page, await fragmentOf(DETAILS));
    await choose(page, 'Yes, save them on this device');
    await page.waitForSelector('[data-details="saved"]');
    await expectFocusOn(page, 'main h1');
    expect(await h1(page)).toBe('You already have details from your investigation team');
    expect(await page.locator('[data-details="saved"]').innerText()).toContain('PSII-2025-0007');
    expect(await page.locator('[data-details="new"]').innerText()).toContain('PSII-2026-0142');
    expect(await stored(page, 'ltw:case')).toBe(before);
    await page.click('button[type=submit]:has-text("Continue")');
    await expectFocusOn(page, '.ltw-error-summary');
    await expectAxeClean(page);

    await choose(page, 'Keep the details you have');
    await page.waitForSelector('[data-saved="kept"]');
    expect(await stored(page, 'ltw:case')).toBe(before);
    expect(await stored(page, 'ltw:link:pending', 'session')).toBeNull();

    await openLink(page, await fragmentOf(DETAILS));
    await choose(page, 'Yes, save them on this device');
    await choose(page, 'Use the new details');
    await page.waitForSelector('[data-saved="device"]');
    expect(JSON.parse((await stored(page, 'ltw:case'))!).details).toEqual(DETAILS);

    // The same details again: nothing to ask.
    await openLink(page, await fragmentOf(DETAILS));
    await choose(page, 'Yes, save them on this device');
    await page.waitForSelector('[data-saved="same"]');
    await expectNothingSentOrBroken(page, offSite);
  });

  it('each broken link says what went wrong in its own words, and stores nothing', async () => {
    const good = await fragmentOf(DETAILS);
    const bytes = Buffer.from(good, 'base64url');
    // A newer version's link, with its own checksum right.
    const future = Buffer.from(
      withChecksum(Uint8Array.from([LINK_VERSION + 1, ...bytes.subarray(1, -CHECKSUM_BYTES)])),
    ).toString('base64url');
    // One character changed in the middle of the compressed body: the checksum catches it.
    const middle = Math.floor(good.length / 2);
    const tampered = good.slice(0, middle) + (good[middle] === 'A' ? 'B' : 'A') + good.slice(middle + 1);
    expect(await decodeCaseLink(tampered)).toEqual({ ok: false, error: 'changed' });
    const cases = [
      ['empty', '', 'This page needs the link from your investigation team'],
      ['truncated', good.slice(0, -12), 'This link is not complete'],
      ['unknown-version', future, 'This link was made by a newer version of this website'],
      ['too-long', 'A'.repeat(9000), 'This link is too long'],
      ['changed', tampered, 'A character in this link has changed'],
    ] as const;

    const { page, offSite } = await freshContext();
    await seed(page, baseUrl, { answers: completeFamily });
    const answers = await stored(page, 'ltw:answers');
    const headings = new Set<string>();
    for (const [code, fragment, title] of cases) {
      await openLink(page, fragment);
      await page.waitForSelector(`[data-link-error="${code}"]`);
      const heading = await h1(page);
      if (title) expect(heading).toBe(title);
      headings.add(heading);
      const text = await page.locator('main').innerText();
      expect(text).toContain('Ask your investigation team to send you the link again');
      expect(text).toContain("Your trust's own contact details");
      // The trust's own numbers (content/trust.yaml), never the link's.
      expect(text).toContain('01632 960 000');
      expect(page.url()).toBe(baseUrl + PAGE);
      expect(await storedKeys(page)).toEqual(['ltw:answers']);
      expect(await stored(page, 'ltw:answers')).toBe(answers);
      await expectAxeClean(page);
    }
    expect(headings.size).toBe(cases.length);
    await expectNothingSentOrBroken(page, offSite);
  });

  it('opens a link copied with junk after it (full stop, bracket, tracking, line break), and isolates its names', async () => {
    const details: CaseDetails = {
      ...DETAILS,
      engagementLead: { name: '\u202eRhys Morgan\u202c', role: 'Family liaison officer', phone: '01632 960 456' },
    };
    const good = await fragmentOf(details);
    const { page } = await freshContext();
    for (const junk of [`${good}.`, `${good})`, `${good}&utm_source=email`, `${good}%0A%3E?fbclid=IwAR2x`]) {
      await openLink(page, junk);
      expect(await h1(page)).toBe('Details from your investigation team');
      const list = page.locator('[aria-labelledby="link-details-title"] .ltw-case-details');
      const text = await list.innerText();
      expect(text).toContain('Rhys Morgan');
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
      // Each line from the link is isolated, so right-to-left text cannot reorder what is around it.
      expect(await list.locator('dd > :not(bdi)').count()).toBe(0);
      expect(await list.locator('dd > bdi').count()).toBeGreaterThan(5);
      expect(page.url()).toBe(baseUrl + PAGE);
    }
  });

  it('inside an app’s own browser, says so and offers to copy the link; the details can still be saved there', async () => {
    const userAgent =
      'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UQ1A.240205.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
      'Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/461.0.0.41.109;]';
    const { page, offSite } = await freshContext({ userAgent });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await seed(page, baseUrl, { answers: completeFamily });
    const fragment = await fragmentOf(DETAILS);
    await openLink(page, fragment);
    const notice = page.locator('[data-in-app-notice]');
    await notice.waitFor();
    expect(await notice.locator('h2').innerText()).toBe('This page has opened inside Facebook');
    expect(await notice.locator('a').getAttribute('href')).toBe('/en/wizard/?step=hub');
    await expectAxeClean(page);

    await notice.locator('button:has-text("Copy the link")').click();
    await expect.poll(() => notice.locator('[role=status]').innerText()).toContain('The link has been copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}${PAGE}#${fragment}`);

    await choose(page, 'Yes, save them on this device');
    await page.waitForSelector('[data-saved="device"]');
    await expectNothingSentOrBroken(page, offSite);
  });

  it('an ordinary browser sees no in-app notice', async () => {
    const { page, offSite } = await freshContext();
    await openLink(page, await fragmentOf(DETAILS));
    expect(await page.locator('[data-in-app-notice]').count()).toBe(0);
    await expectNothingSentOrBroken(page, offSite);
  });
});
