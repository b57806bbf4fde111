import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newCase, type ContactLogEntry } from '~/core/cases/record';
import { describeViolations, runAxe } from '../helpers/axe';
import { CHROMIUM_PATH, sharedBrowser } from '../helpers/chromium';
import { INVESTIGATOR, TEAM_ANSWERS, workAsInEveryTab } from '../helpers/investigator';
import { canBeDeafened, deafen } from '../helpers/deaf-tabs';

/*
 * A team's case kept "on this device" with two tabs open, a full storage, and a deletion: what an
 * investigator would try. Each test seeds its own case into localStorage as today's version saves it
 * (version 1 of the envelope), so a case saved before this version is what is opened.
 */

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const url = (path: string) => new URL(path, baseUrl).href;
async function newContext() {
  const context = await browser().newContext({ viewport: { width: 1024, height: 900 } });
  await workAsInEveryTab(context);
  return context;
}

const KEY = (id: string) => `ltw:team-case:${id}`;
const MOVED_TO_TAB =
  'There is no space left to save on this device. This case is now kept only while this tab is open: closing the tab will lose your changes. Save the case as a file to keep them.';
const MOVED_TO_PAGE =
  'This browser will not save this case. Your changes are kept only while this page is open: reloading the page or closing the tab will lose them. Save the case as a file to keep them.';
const DELETED = 'This case was deleted in another tab or window, so this change has not been saved.';

/** A set-up case saved on this device (localStorage), shared by every tab of the context. */
async function seedDeviceCase(page: Page): Promise<string> {
  const record = { ...newCase(new Date()), setup: { answers: TEAM_ANSWERS, skipped: ['deputy', 'timescales'] } };
  record.linkMadeAt = record.createdAt;
  const stored = { app: 'learn-together-wizard', kind: 'team-case', version: 1, savedAt: record.createdAt, record };
  await page.goto(url(INVESTIGATOR));
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY(record.id), JSON.stringify(stored)]);
  return record.id;
}

const openLog = async (page: Page, id: string) => {
  await page.goto(url(`${INVESTIGATOR}?view=log&case=${id}`));
  await page.waitForSelector('#log-summary');
};
async function addEntry(page: Page, summary: string) {
  await page.fill('#log-summary', summary);
  await page.click('button:has-text("Add to the log")');
}
const savedLog = (page: Page, id: string) =>
  page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text
      ? (JSON.parse(text) as { record?: { log: ContactLogEntry[] } }).record?.log.map((e) => e.summary)
      : null;
  }, KEY(id));
const notice = (page: Page) => page.locator('[data-save-notice]');

describe("a team's case in two tabs", () => {
  it('each tab adding a contact log entry keeps both, and each tab shows both', async () => {
    const context = await newContext();
    const [first, second] = [await context.newPage(), await context.newPage()];
    const id = await seedDeviceCase(first);
    await openLog(first, id);
    await openLog(second, id);
    await addEntry(first, 'Phoned from the first tab');
    await expect.poll(() => savedLog(first, id)).toEqual(['Phoned from the first tab']);
    // The second tab heard the first tab's save and shows it before anything is typed there.
    await second.waitForSelector('[data-contact-log] td:has-text("Phoned from the first tab")');
    await addEntry(second, 'Met, noted in the second tab');
    await expect
      .poll(() => savedLog(second, id))
      .toEqual(['Phoned from the first tab', 'Met, noted in the second tab']);
    await first.waitForSelector('[data-contact-log] td:has-text("Met, noted in the second tab")');
    await context.close();
  });

  it('a tab that did not hear the other tab’s save merges it in when it saves: both entries kept', async () => {
    const context = await newContext();
    await canBeDeafened(context);
    const [first, second] = [await context.newPage(), await context.newPage()];
    const id = await seedDeviceCase(first);
    await openLog(first, id);
    await openLog(second, id);
    await deafen(second);
    await addEntry(first, 'Phoned from the first tab');
    await expect.poll(() => savedLog(first, id)).toEqual(['Phoned from the first tab']);
    expect(await second.locator('[data-contact-log]').count()).toBe(0);

    await addEntry(second, 'Met, noted in the second tab');
    await expect
      .poll(() => savedLog(second, id))
      .toEqual(['Met, noted in the second tab', 'Phoned from the first tab']);
    await second.waitForSelector('[data-contact-log] td:has-text("Phoned from the first tab")');
    expect(await second.locator('role=status >> text=The contact has been added to the log.').count()).toBe(1);
    expect(await notice(second).count()).toBe(0);
    await context.close();
  });
});

describe("a team's case when storage is full", () => {
  /** localStorage (and sessionStorage too, with `both`) refuses every write once the test says it is full. */
  const fillable = (context: BrowserContext, both = false) =>
    context.addInitScript((all) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        const full = window.name === 'full' && (this === window.localStorage || all);
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    }, both);

  it('says the case is now kept only in this tab, stops saying it is saved on this device, and keeps the entry', async () => {
    const context = await newContext();
    await fillable(context);
    const page = await context.newPage();
    const id = await seedDeviceCase(page);
    await page.goto(url(`${INVESTIGATOR}?view=setup&case=${id}&step=scope`));
    await page.waitForSelector('text=The case is saved on this device as you go.');
    await page.evaluate(() => (window.name = 'full'));
    await page.fill('#scope', 'The care on the ward, written when the device was full');
    await page.click('main button[type="submit"]:has-text("Continue")');
    await expect.poll(() => notice(page).innerText()).toBe(MOVED_TO_TAB);
    expect(await page.locator('text=The case is saved on this device as you go.').count()).toBe(0);
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);

    await page.goto(url(`${INVESTIGATOR}?view=case&case=${id}`));
    await page.waitForSelector('.ltw-caption:has-text("Kept only in this tab")');
    const inTab = await page.evaluate((key) => sessionStorage.getItem(key) ?? '', KEY(id));
    expect(inTab).toContain('written when the device was full');
    // What the device held before it filled up is still there, unchanged.
    expect(await page.evaluate((key) => localStorage.getItem(key) ?? '', KEY(id))).not.toContain('device was full');
    await context.close();
  });

  it('with nowhere to save, says exactly what would lose the entry, and never that it was saved', async () => {
    const context = await newContext();
    await fillable(context, true);
    const page = await context.newPage();
    const id = await seedDeviceCase(page);
    await openLog(page, id);
    await page.evaluate(() => (window.name = 'full'));
    await addEntry(page, 'Phoned, with the browser full');
    await expect.poll(() => notice(page).innerText()).toBe(MOVED_TO_PAGE);
    await page.waitForSelector('[data-contact-log] td:has-text("Phoned, with the browser full")');
    expect(await savedLog(page, id)).toEqual([]);
    expect(await page.evaluate((key) => sessionStorage.getItem(key), KEY(id))).toBeNull();
    expect(await page.locator('main').innerText()).not.toMatch(/saved on this device/);
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    await context.close();
  });
});

describe("a deleted team's case", () => {
  it('deleted in one tab is not brought back by the other, which says so if it tries to save', async () => {
    const context = await newContext();
    await canBeDeafened(context);
    const [first, second, third] = [await context.newPage(), await context.newPage(), await context.newPage()];
    const id = await seedDeviceCase(first);
    await openLog(first, id);
    await openLog(second, id);
    await deafen(second);
    await third.goto(url(`${INVESTIGATOR}?view=case&case=${id}`));
    await third.click('button:has-text("Delete this case")');
    await third.click('button:has-text("Yes, delete this case")');
    await third.waitForSelector('[data-cases-empty]');

    // A tab that heard it stops showing the case.
    await first.waitForSelector('h1:has-text("This case is not on this device")');
    // A tab that did not hear it cannot save it back.
    await addEntry(second, 'Written after the case was deleted');
    await expect.poll(() => notice(second).innerText()).toBe(DELETED);
    await second.waitForSelector('h1:has-text("This case is not on this device")');
    expect(await second.locator('text=The contact has been added to the log.').count()).toBe(0);
    expect(describeViolations((await runAxe(second)).violations)).toEqual([]);
    expect(await savedLog(second, id)).toBeUndefined();
    await third.reload();
    await third.waitForSelector('[data-cases-empty]');
    await context.close();
  });

  it('deleted, then Back: the page the browser kept is not shown again, and saves nothing', async () => {
    // Playwright turns the back-forward cache off by default; this test needs Chromium as people have it.
    const cached = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
    });
    const context = await cached.newContext({ viewport: { width: 1024, height: 900 }, serviceWorkers: 'block' });
    await workAsInEveryTab(context);
    await canBeDeafened(context);
    const page = await context.newPage();
    const id = await seedDeviceCase(page);
    await openLog(page, id);
    // Marks this document: still there after Back only if the browser restored it from its back-forward cache.
    await page.evaluate(() => ((window as { restored?: boolean }).restored = true));
    // Chromium hands a restored page the storage events it missed; not every browser does, so this page
    // must find out from being shown again (pageshow) alone.
    await deafen(page);
    await page.goto(url('/en/delete/'));
    await page.click('[data-erase-form] button[type="submit"]');
    await page.waitForSelector('[data-erase="done"]:not([hidden])');
    // A page restored from the cache fires no load event: wait only for the history step.
    await page.goBack({ waitUntil: 'commit' });
    expect(await page.evaluate(() => (window as { restored?: boolean }).restored)).toBe(true);
    await page.waitForSelector('h1:has-text("This case is not on this device")');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ltw:')))).toEqual([]);
    await cached.close();
  });
});
