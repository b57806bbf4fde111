import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import mammoth from 'mammoth';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { INVESTIGATOR, TEAM, seedCase, setUpCase, withoutDrive, workAs } from '../helpers/investigator';
import { createAnswersFile, decodeCaseLink } from '~/core/formats';
import { completeFamily } from '../fixtures/answers/complete-family';
import { onBlankPage, seed, tabTo } from '../helpers/wizard';

const baseUrl = inject('baseUrl');
const session = browserSession({
  viewport: { width: 1024, height: 900 },
  permissions: ['clipboard-read', 'clipboard-write'],
});
const local = new URL(baseUrl).origin;

/** The file's page, reset; `device: 'another'` for a second computer used beside it (a context of its own). */
async function newPage(width = 1024, device: 'this' | 'another' = 'this') {
  const page =
    device === 'this' ? await session.page(width) : await session.freshPage({ viewport: { width, height: 900 } });
  if (device === 'another')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: local });
  page.on('pageerror', (error) => console.error('pageerror', error.message));
  const offSite: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(local) && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
      offSite.push(r.url());
  });
  return { page, offSite };
}

async function expectNoViolations(page: Page) {
  expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
}

describe("the investigation team's area", () => {
  it('sets up a case, one question per page, and makes a family link that holds exactly those details', async () => {
    const { page, offSite } = await newPage();
    const caseId = await setUpCase(page, baseUrl);
    expect(caseId).toMatch(/^[a-z0-9]{12}$/);
    await page.screenshot({ path: '/tmp/shots/case-home.png', fullPage: true });
    const link = await page.inputValue('#family-link');
    expect(link.startsWith(`${local}/en/from-your-team/#`)).toBe(true);
    const decoded = await decodeCaseLink(link);
    expect(decoded).toMatchObject({
      ok: true,
      details: {
        reference: TEAM.reference,
        reviewType: TEAM.reviewType,
        incidentDate: { approximate: 'around March 2026' },
        leadInvestigator: TEAM.lead,
        engagementLead: TEAM.engagement,
        outOfHours: TEAM.outOfHours,
        scope: TEAM.scope,
        commentDays: 28,
        reviewDate: TEAM.reviewDate,
      },
    });
    expect(decoded.ok && decoded.details.deputy).toBeUndefined();

    await page.click('button:has-text("Copy the link")');
    await expect.poll(() => page.locator('[role="status"].ltw-copy-status').innerText()).toContain('has been copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expectNoViolations(page);

    // Kept only in this tab by default: nothing of the case is in localStorage.
    const local_ = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ltw:team-case:')));
    const tab = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('ltw:team-case:')));
    expect(local_).toEqual([]);
    expect(tab).toEqual([`ltw:team-case:${caseId}`]);

    // The letter opens from the case with the same link behind it, and prints the site's short address.
    await page.click('a:has-text("Print a letter with a QR code")');
    await page.waitForSelector('[data-letter] svg');
    expect(new URL(page.url()).hash).toBe(new URL(link).hash);
    expect(await page.locator('[data-letter-address]').innerText()).toBe(`${new URL(link).host}/en/from-your-team/`);
    expect(offSite).toEqual([]);
  });

  it('the family opens the link in a fresh browser, confirms the details, and the wizard uses them', async () => {
    const team = await newPage();
    await setUpCase(team.page, baseUrl);
    const link = await team.page.inputValue('#family-link');

    // The family has answered some questions already: the link adds the team's details, never replaces them.
    // Their own browser: the team is done, so the page is reset (nothing of the team's is left on it).
    const family = await newPage(375);
    await seed(family.page, baseUrl, {
      answers: { 'who-is-filling-in': completeFamily['who-is-filling-in'], 'your-name': 'Siân' },
    });
    await family.page.goto(link);
    await family.page.waitForSelector('[data-view="review"] h1');
    expect(new URL(family.page.url()).hash).toBe('');
    const review = await family.page.locator('main').innerText();
    for (const expected of [TEAM.engagement.name, TEAM.engagement.phone, TEAM.reference, TEAM.scope])
      expect(review).toContain(expected);
    await expectNoViolations(family.page);
    await family.page.locator('label', { hasText: 'Yes, save them on this device' }).click();
    await family.page.click('button[type=submit]:has-text("Continue")');
    await family.page.waitForSelector('[data-saved="device"]');
    await family.page.click('a:has-text("Carry on with your answers")');
    const panel = family.page.locator('[data-team-panel]');
    await panel.waitFor();
    expect(await panel.innerText()).toContain(TEAM.engagement.name);
    expect(await panel.innerText()).toContain(TEAM.reference);
    await family.page.goto(new URL('/en/wizard/?step=answers', baseUrl).href);
    await expect.poll(() => family.page.locator('main').innerText()).toContain('Siân');
    expect(family.offSite).toEqual([]);
  });

  it('lists each case apart and says where it is kept', async () => {
    const { page } = await newPage(375);
    await seedCase(page, baseUrl);
    await seedCase(page, baseUrl);
    await page.goto(new URL(INVESTIGATOR, baseUrl).href);
    await expect.poll(() => page.locator('[data-case]').count()).toBe(2);
    expect(await page.locator('.ltw-case-list').innerText()).toContain('Kept only in this tab');
    expect(await page.locator('main a[data-paper-forms]').getAttribute('href')).toBe('/en/agreement/blank/');
    await expectNoViolations(page);
  });
});

/** A family member's answers file, as the family's own "Move your answers" makes it. */
async function familyFile(name: string, extra: Record<string, unknown> = {}) {
  const file = join(tmpdir(), `ltw-family-${Math.random().toString(36).slice(2)}.json`);
  const saved = {
    answers: { ...completeFamily, 'your-name': name, ...extra },
    skipped: ['avoid-upset'],
    stageMarks: {},
    position: 'hub',
    privateOnTeamCopy: true,
  };
  writeFileSync(file, await createAnswersFile({ saved: saved, role: 'family', now: new Date() }));
  return file;
}

async function addFamilyFile(page: Page, file: string) {
  await page.setInputFiles('#family-file-file', file);
  await page.click('#family-file-title ~ form button:has-text("Check the file")');
  await page.click('button:has-text("Add these answers to the case")');
}

async function downloadTo(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = join(tmpdir(), `ltw-${Math.random().toString(36).slice(2)}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return file;
}

const home = (page: Page) => page.click('.ltw-back-link');

describe("the team's workspace for a case", () => {
  it('records touchpoint dates in GOV.UK date boxes, with an error summary, on stage checklists that each print on one A4 page', async () => {
    const { page } = await newPage();
    const caseId = await seedCase(page, baseUrl);
    for (const stage of [2, 3, 4, 5]) {
      await page.goto(new URL(`${INVESTIGATOR}?view=stage&case=${caseId}&stage=${stage}`, baseUrl).href);
      await page.waitForSelector(`h1:has-text("Stage ${stage}:")`);
      await page.emulateMedia({ media: 'print' });
      const sheets = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: true }));
      expect(sheets.getPageCount(), `stage ${stage}`).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.goto(new URL(`${INVESTIGATOR}?view=case&case=${caseId}`, baseUrl).href);
    await page.click('a:has-text("Stage 1:")');
    await page.waitForSelector('h1:has-text("Stage 1:")');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // GOV.UK day, month and year boxes: a date without its day is named in the error summary and on the date.
    await page.fill('#touchpoint-first-contact-month', 'March');
    await page.fill('#touchpoint-first-contact-year', '2026');
    await page.click('button:has-text("Save the dates")');
    await page.waitForSelector('.ltw-error-summary');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('ltw-error-summary');
    expect(await page.title()).toMatch(/^Error:/);
    expect(await page.locator('.ltw-error-summary').innerText()).toContain('First phone call or letter: enter a day');
    expect(await page.locator('#touchpoint-first-contact-error').innerText()).toContain(
      'First phone call or letter: enter a day',
    );
    await expectNoViolations(page);
    await page.click('.ltw-error-summary a');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('touchpoint-first-contact-day');
    await page.keyboard.type('20');
    await page.click('button:has-text("Save the dates")');
    await expect.poll(() => page.locator('.ltw-checklist__saved').innerText()).toBe('Dates saved.');
    expect(await page.locator('.ltw-error-summary').count()).toBe(0);
    expect(await page.locator('#touchpoint-first-contact-month').inputValue()).toBe('March');
    expect(await page.locator('.ltw-checklist__box--done').count()).toBe(1);
    await expectNoViolations(page);
    await page.emulateMedia({ media: 'print' });
    const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pdf.getPageCount()).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await home(page);
    await expect.poll(() => page.locator('.ltw-task-links').innerText()).toContain('(1 of 3 dates recorded)');
  });

  it('keeps a contact log, with a GOV.UK error summary for an entry with no summary', async () => {
    const { page } = await newPage(375);
    await seedCase(page, baseUrl);
    await page.click('a:has-text("Contact log")');
    await page.waitForSelector('h1:has-text("Contact log")');
    await page.click('button:has-text("Add to the log")');
    await page.waitForSelector('.ltw-error-summary');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('ltw-error-summary');
    expect(await page.title()).toMatch(/^Error:/);
    expect(await page.locator('#log-summary-error').innerText()).toContain('Enter a summary of the contact');
    await expectNoViolations(page);
    await page.fill('#log-who', 'Siân and Tomasz');
    await page.fill(
      '#log-summary',
      'Phoned to say there is no news yet; next call on Friday. <script>alert(1)</script>',
    );
    await page.click('button:has-text("Add to the log")');
    await page.waitForSelector('[data-contact-log]');
    expect(await page.locator('[data-contact-log]').innerText()).toContain('<script>alert(1)</script>');
    expect(await page.locator('.ltw-error-summary').count()).toBe(0);
    await expectNoViolations(page);
  });

  it('keeps two family members apart, and makes each one their own numbered agreement in HTML and PDF', async () => {
    const { page, offSite } = await newPage();
    await seedCase(page, baseUrl);
    await addFamilyFile(page, await familyFile('Siân Dŵr'));
    await expect.poll(() => page.locator('[data-family]').count()).toBe(1);
    await addFamilyFile(page, await familyFile('Tomasz Dŵr', { 'do-not-share': 'Not my brother.' }));
    await expect.poll(() => page.locator('[data-family]').count()).toBe(2);
    const names = await page.locator('.ltw-family-list__name').allInnerTexts();
    expect(names).toEqual(['Siân Dŵr', 'Tomasz Dŵr']);
    await expectNoViolations(page);

    // Side by side, each in their own card: who must not be told stays with the person who said it.
    await page.click('a:has-text("side by side")');
    await page.waitForSelector('.ltw-families__card');
    const cards = page.locator('.ltw-families__card');
    expect(await cards.count()).toBe(2);
    expect(await cards.nth(0).innerText()).toContain("Rhys's school");
    expect(await cards.nth(0).innerText()).not.toContain('Not my brother.');
    expect(await cards.nth(1).innerText()).toContain('Not my brother.');
    await expectNoViolations(page);
    await home(page);

    // Each person's own answers, private ones marked, nothing of the other's.
    await page.click('[data-family]:nth-child(2) a:has-text("See what they told you")');
    await page.waitForSelector('h1:has-text("What Tomasz Dŵr told you")');
    const view = await page.locator('main').innerText();
    expect(view).toContain('Not my brother.');
    expect(view).not.toContain("Rhys's school");
    expect(view).toContain('Private: do not share');
    await expectNoViolations(page);
    await home(page);

    await page.click('[data-family]:nth-child(1) a:has-text("Make or see their agreement")');
    await page.waitForSelector('h1:has-text("Agreement with Siân Dŵr")');
    await page.click('button:has-text("Make version 1 of the agreement")');
    await page.waitForSelector('.ltw-agreement[aria-busy="false"]');
    // textContent: the agreement's later sections are not rendered until scrolled to (content-visibility).
    const family = (await page.locator('.ltw-agreement').textContent()) ?? '';
    expect(family).toContain('Version 1, made on');
    expect(family).toContain(TEAM.lead.name);
    expect(family).toContain(TEAM.engagement.phone);
    expect(family).toContain(TEAM.reference);
    expect(family).toContain(TEAM.scope);
    expect(family).toContain('28 days, and you can ask for more time');
    expect(family).not.toContain("Rhys's school");
    await page.check('#copy-team');
    await expect.poll(() => page.locator('.ltw-agreement').textContent()).toContain("Rhys's school");
    await expectNoViolations(page);

    const pdfFile = await downloadTo(page, () => page.click('button:has-text("Download as a PDF")'));
    expect(pdfFile).toMatch(/team-copy-version-1/);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    for (const expected of ['Version 1, made on', TEAM.lead.name, TEAM.engagement.phone, TEAM.reference, '28 days'])
      expect(text).toContain(expected);
    // The Word document is the same copy: the team's, with the private answer.
    const wordFile = await downloadTo(page, () => page.click('button:has-text("Download as a Word document")'));
    expect(wordFile).toMatch(/team-copy-version-1.*\.docx$/);
    const words = (await mammoth.extractRawText({ path: wordFile })).value;
    for (const expected of ['Version 1, made on', TEAM.reference, "Rhys's school"]) expect(words).toContain(expected);

    await page.check('#copy');
    await page.click('button:has-text("Make version 2 of the agreement")');
    await expect.poll(() => page.locator('.ltw-version-list').innerText()).toContain('Version 1, made on');
    expect(await page.locator('.ltw-version-list [aria-current="page"]').innerText()).toContain('Version 2');
    await page.click('.ltw-version-list a:has-text("Version 1")');
    await expect.poll(() => page.locator('.ltw-agreement').textContent()).toContain('Version 1, made on');
    expect(offSite).toEqual([]);
  });

  it('moves a case to another device with a file, and shows two devices\u2019 "version 2" as a conflict, never as one', async () => {
    const a = await newPage();
    await withoutDrive(a.page);
    const caseId = await seedCase(a.page, baseUrl);
    await addFamilyFile(a.page, await familyFile('Siân Dŵr'));
    await a.page.click('a:has-text("Make or see their agreement")');
    await a.page.click('button:has-text("Make version 1 of the agreement")');
    await a.page.waitForSelector('[aria-current="page"]:has-text("Version 1")');
    await home(a.page);
    await a.page.fill('#case-passphrase', 'blue kettle morning');
    const file = await downloadTo(a.page, () => a.page.click('button:has-text("Save the case as a file")'));
    expect(readFileSync(file, 'utf8')).not.toContain('Siân');

    const b = await newPage(375, 'another');
    await withoutDrive(b.page);
    await onBlankPage(b.page, baseUrl);
    await workAs(b.page, 'Ana Jones');
    await b.page.goto(new URL(INVESTIGATOR, baseUrl).href);
    await b.page.setInputFiles('#case-file-file', file);
    await b.page.click('button:has-text("Check the file")');
    await expect.poll(() => b.page.locator('#case-file-file-error').innerText()).toContain('Enter its passphrase');
    await expectNoViolations(b.page);
    await b.page.fill('#case-file-passphrase', 'blue kettle morning');
    await b.page.click('button:has-text("Check the file")');
    await b.page.click('button:has-text("Open this case")');
    await b.page.waitForSelector(`h1:has-text("${TEAM.reference}")`);
    expect(new URL(b.page.url()).searchParams.get('case')).toBe(caseId);
    expect(await b.page.inputValue('#family-link')).toBe(await a.page.inputValue('#family-link'));
    expect(await b.page.locator('.ltw-family-list__name').allInnerTexts()).toEqual(['Siân Dŵr']);

    // Both devices make their own "version 2"; bringing one's file to the other keeps both.
    await b.page.click('a:has-text("Make or see their agreement")');
    await b.page.click('button:has-text("Make version 2 of the agreement")');
    await b.page.waitForSelector('[aria-current="page"]:has-text("Version 2")');
    await home(b.page);
    await b.page.fill('#case-passphrase', 'blue kettle morning');
    const fromB = await downloadTo(b.page, () => b.page.click('button:has-text("Save the case as a file")'));
    await a.page.click('a:has-text("Make or see their agreement")');
    await a.page.click('button:has-text("Make version 2 of the agreement")');
    await a.page.waitForSelector('[aria-current="page"]:has-text("Version 2")');
    await home(a.page);
    await a.page.click('.ltw-back-link');
    await a.page.setInputFiles('#case-file-file', fromB);
    await a.page.fill('#case-file-passphrase', 'blue kettle morning');
    await a.page.click('button:has-text("Check the file")');
    await expect.poll(() => a.page.locator('[data-file-preview]').innerText()).toContain('already on this device');
    await a.page.click('button:has-text("Open this case")');
    await a.page.click('a:has-text("Make or see their agreement")');
    await a.page.waitForSelector('[data-version-conflict]');
    expect(await a.page.locator('[data-version-conflict]').innerText()).toContain('Versions numbered 2');
    expect(await a.page.locator('.ltw-version-list__item').count()).toBe(3);
    await expectNoViolations(a.page);
  });

  it('meets each wrong file with its own message and loses nothing already in the case', async () => {
    const { page } = await newPage();
    await seedCase(page, baseUrl);
    await addFamilyFile(page, await familyFile('Siân Dŵr'));
    await expect.poll(() => page.locator('[data-family]').count()).toBe(1);
    const write = (text: string) => {
      const file = join(tmpdir(), `ltw-bad-${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(file, text);
      return file;
    };
    const team = await createAnswersFile({
      saved: { answers: {}, skipped: [], stageMarks: {}, position: 'hub' },
      role: 'investigator',
      now: new Date(),
    });
    const cases: [string, string][] = [
      [write(''), 'The file is empty.'],
      [write('{"app":"something-else"}'), 'made by another program'],
      [write(team), 'This is a whole case file. Open it from “Your cases”, under “Open a case file”.'],
      [write(JSON.stringify({ ...JSON.parse(team), fileVersion: 99 })), 'newer version of this tool'],
      [write(team.slice(0, 40)), 'cut short'],
    ];
    for (const [file, message] of cases) {
      await page.setInputFiles('#family-file-file', file);
      await page.click('#family-file-title ~ form button:has-text("Check the file")');
      await expect.poll(() => page.locator('#family-file-file-error').innerText()).toContain(message);
    }
    await expectNoViolations(page);
    expect(await page.locator('[data-family]').count()).toBe(1);
  });
});

describe('the way in', () => {
  it("the home page's investigator card and the header both lead to the team's area", async () => {
    const { page } = await newPage(375);
    await page.goto(new URL('/en/', baseUrl).href);
    // A second link inside a card whose heading link covers the whole card: it must still be the one clicked.
    await page.click('a:has-text("Set up a case and make a link")');
    await page.waitForURL(/\/en\/investigator\/$/);
    await page.waitForSelector('h1:has-text("Your cases")');
    expect(await page.locator('.ltw-header a[aria-current="page"]').innerText()).toBe('Set up a case');
  });
});

describe('the team area by keyboard alone', () => {
  it('starts a case, answers a question and copies the link with the keyboard, focus on each new heading', async () => {
    const { page } = await newPage();
    await onBlankPage(page, baseUrl);
    await workAs(page);
    await page.goto(new URL(INVESTIGATOR, baseUrl).href);
    await page.waitForSelector('h1:has-text("Your cases")');
    await tabTo(page, 'a.ltw-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('legend:has-text("Where should this case be kept?")');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await tabTo(page, '#keep');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('#keep-device')).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Which organisation")');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Which organisation');
    const caseId = new URL(page.url()).searchParams.get('case')!;
    expect(await page.evaluate((id) => sessionStorage.getItem(`ltw:team-case:${id}`) !== null, caseId)).toBe(true);
    await tabTo(page, '#organisation');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("What is the case reference?")');
    await page.goto(new URL(`${INVESTIGATOR}?view=setup&case=${caseId}&step=check-case-setup`, baseUrl).href);
    await page.waitForSelector('h1:has-text("Check the case details")');
    await tabTo(page, '#make-link');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#family-link');
    await tabTo(page, '#copy-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ltw-copy-status').innerText()).toContain('has been copied');
  });
});

describe('deleting everything on a shared computer', () => {
  it("also deletes the team's cases, in the tab and on the device", async () => {
    const { page } = await newPage();
    await seedCase(page, baseUrl);
    await page.evaluate(() => localStorage.setItem('ltw:team-case:zzzzzzzz', '{}'));
    await page.goto(new URL('/en/delete/', baseUrl).href);
    await page.waitForSelector('[data-erase="has-data"]:not([hidden])');
    await page.click('button:has-text("Yes, delete everything")');
    await page.waitForSelector('h1:has-text("Everything has been deleted")');
    const left = await page.evaluate(() =>
      [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('ltw:')),
    );
    expect(left).toEqual([]);
  });
});
