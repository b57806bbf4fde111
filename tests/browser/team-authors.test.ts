import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { INVESTIGATOR, TEAM_ANSWERS, WORKING_AS, seedCase } from '../helpers/investigator';
import { onBlankPage } from '../helpers/wizard';
import { newCase, type CaseRecord } from '~/core/cases/record';
import { createEnvelope } from '~/core/store';
import { completeFamily } from '../fixtures/answers/complete-family';

/*
 * Who did what in a case, on the built site: the name asked in each tab, entries that say who wrote
 * them, corrections that keep the earlier text, a handover in the case's history, versions that say
 * who made them and how the family agreed, and a paper form typed in as a family member of its own.
 */
const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 1024, height: 900 } });
const url = (path: string) => new URL(path, baseUrl).href;
const today = new Date();

async function expectNoViolations(page: Page) {
  expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
}

/** A set-up case kept on this device (shared by the context's tabs), with no name given in any tab yet. */
async function seedDeviceCase(page: Page, extra: Partial<CaseRecord> = {}): Promise<string> {
  const record = { ...newCase(new Date()), ...extra, setup: { answers: TEAM_ANSWERS, skipped: ['deputy'] } };
  record.linkMadeAt = record.createdAt;
  const stored = { app: 'learn-together-wizard', kind: 'team-case', version: 1, savedAt: record.createdAt, record };
  await onBlankPage(page, baseUrl);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [`ltw:team-case:${record.id}`, JSON.stringify(stored)],
  );
  return record.id;
}

async function giveName(page: Page, name: string) {
  await page.waitForSelector('h1:has-text("What is your name?")');
  await page.fill('#working-as', name);
  await page.click('[data-working-as-prompt] button[type=submit]');
}

describe('who is working, asked in each tab', () => {
  it('asks before a case opens, shows the name on every page of it, and asks again in a new tab', async () => {
    const page = await session.page();
    const caseId = await seedDeviceCase(page);
    await page.goto(url(`${INVESTIGATOR}?view=case&case=${caseId}`));
    await page.waitForSelector('h1:has-text("What is your name?")');
    expect(await page.locator('main').innerText()).toContain('It is not a signature');
    await expectNoViolations(page);
    await page.click('[data-working-as-prompt] button[type=submit]');
    await expect.poll(() => page.locator('.ltw-error-summary').innerText()).toContain('Enter a name');
    expect(await page.title()).toMatch(/^Error:/);
    await expectNoViolations(page);
    await giveName(page, 'Sam Patel');
    await page.waitForSelector('#family-link');
    expect(await page.locator('[data-working-as]').innerText()).toContain('Working as Sam Patel.');
    // Kept in this tab only: nothing about who is working is on the device.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('working')))).toEqual([]);
    await page.reload();
    await page.waitForSelector('#family-link');
    expect(await page.locator('[data-working-as]').innerText()).toContain('Sam Patel');

    const other = await session.newTab();
    await other.goto(url(`${INVESTIGATOR}?view=case&case=${caseId}`));
    await giveName(other, 'Ana Jones');
    await other.waitForSelector('#family-link');
    expect(await other.locator('[data-working-as]').innerText()).toContain('Working as Ana Jones.');

    // Not you? The next person gives their own name, and the page they were on comes back.
    await page.click('[data-working-as] button:has-text("Not you?")');
    await giveName(page, 'Bo Lee');
    await page.waitForSelector('#family-link');
    expect(await page.locator('[data-working-as]').innerText()).toContain('Working as Bo Lee.');
  });
});

describe('names on what the team records', () => {
  it('says who recorded a contact, and a correction keeps the earlier text to read', async () => {
    const page = await session.page(375);
    await seedCase(page, baseUrl);
    await page.click('a:has-text("Contact log")');
    await page.waitForSelector('h1:has-text("Contact log")');
    // GOV.UK day, month and year boxes: a date with no day is not a contact's date.
    await page.fill('#log-date-day', '');
    await page.fill('#log-summary', 'Phoned about the meeting on Fridya.');
    await page.click('button:has-text("Add to the log")');
    await expect.poll(() => page.locator('.ltw-error-summary').innerText()).toContain('Enter a day');
    await page.click('.ltw-error-summary a');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('log-date-day');
    await page.fill('#log-date-day', String(today.getUTCDate()));
    await page.click('button:has-text("Add to the log")');
    await page.waitForSelector('[data-contact-log]');
    const by = page.locator('[data-log-by]');
    await expect.poll(() => by.innerText()).toMatch(/^Recorded by Sam Patel on \d/);
    expect(await page.locator('[data-log-earlier]').count()).toBe(0);

    await page.click('[data-log-entry] button:has-text("Correct")');
    await page.waitForSelector('[data-log-form="correct"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('log-form-title');
    expect(await page.inputValue('#log-summary')).toBe('Phoned about the meeting on Fridya.');
    await page.fill('#log-summary', 'Phoned about the meeting on Friday.');
    await page.click('button:has-text("Save the correction")');
    await page.waitForSelector('[data-log-earlier]');
    const row = page.locator('[data-log-entry]');
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain('Phoned about the meeting on Friday.');
    expect(await by.first().innerText()).toMatch(/^Corrected by Sam Patel on \d/);
    await page.click('[data-log-earlier] summary');
    const earlier = await page.locator('[data-log-earlier]').innerText();
    expect(earlier).toContain('Earlier text (1)');
    expect(earlier).toContain('Phoned about the meeting on Fridya.');
    expect(earlier).toMatch(/Recorded by Sam Patel on \d/);
    await expectNoViolations(page);
  });

  it('hands the case over, and the case history says who did it and when', async () => {
    const page = await session.page();
    await seedCase(page, baseUrl);
    const owner = page.locator('[data-case-owner]');
    expect(await owner.locator('[data-owner]').innerText()).toBe('Not recorded');
    for (const name of ['Ana Jones', 'Bo Lee']) {
      await owner.locator('button:has-text("Change owner")').click();
      await page.fill('#new-owner', name);
      await owner.locator('button:has-text("Hand over the case")').click();
      await expect.poll(() => owner.locator('[data-owner]').innerText()).toBe(name);
    }
    const history = await owner.locator('[data-case-history] li').allInnerTexts();
    const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(today);
    expect(history.map((line) => line.replace(/[\u2066-\u2069]/g, ''))).toEqual([
      `${day}: ${WORKING_AS} handed the case from Ana Jones to Bo Lee.`,
      `${day}: ${WORKING_AS} made Ana Jones the case owner.`,
    ]);
    await expectNoViolations(page);
  });
});

describe('a family member typed in from a paper form', () => {
  it('follows the paper form, is marked as typed in, sits side by side, and its agreement records how it was agreed', async () => {
    const page = await session.page();
    const now = new Date().toISOString();
    const answers = { ...completeFamily, 'your-name': 'Siân Dŵr' };
    const caseId = await seedCase(page, baseUrl, {
      families: [
        {
          id: 'family-sian',
          importedAt: now,
          fileCreatedAt: now,
          envelope: createEnvelope({ answers, skipped: [], stageMarks: {}, position: 'hub' }, new Date()),
        },
      ],
    });
    await page.click('[data-paper-link]');
    await page.waitForSelector('[data-paper-form]');
    expect(new URL(page.url()).search).toBe(`?view=paper&case=${caseId}`);
    const headings = await page.locator('[data-paper-form] h2').allInnerTexts();
    expect(headings.slice(0, 3)).toEqual([
      'Who filled in the form',
      expect.stringMatching(/About/),
      expect.any(String),
    ]);
    await expectNoViolations(page);

    // A date that cannot be, and nothing else: each problem said once, nothing saved.
    await page.fill('#paper-date-day', '31');
    await page.fill('#paper-date-month', '2');
    await page.fill('#paper-date-year', '2026');
    await page.click('button:has-text("Add these answers to the case")');
    await expect.poll(() => page.locator('.ltw-error-summary').innerText()).toContain('Day must be a real day');

    await page.fill('#paper-date-day', '3');
    await page.fill('#paper-date-month', '12');
    await page.check('#who-is-filling-in-family-member');
    await page.fill('#your-name', 'Tomasz Dŵr');
    await page.check('#update-frequency-fortnightly');
    await page.click('button:has-text("Add these answers to the case")');
    await page.waitForSelector('h1:has-text("What Tomasz Dŵr told you")');
    expect(await page.locator('[data-from-paper]').innerText()).toMatch(
      /^Entered by Sam Patel from paper on .+ \(the form is dated 3 December 2026\)\.$/,
    );
    expect(await page.locator('main').innerText()).toContain('2 weeks');

    await page.goto(url(`${INVESTIGATOR}?view=families&case=${caseId}`));
    await page.waitForSelector('.ltw-families__card');
    const cards = page.locator('.ltw-families__card');
    expect(await cards.count()).toBe(2);
    expect(await cards.nth(0).locator('[data-from-paper]').count()).toBe(0);
    expect(await cards.nth(1).innerText()).toContain('Tomasz Dŵr');
    expect(await cards.nth(1).locator('[data-from-paper]').innerText()).toContain('from paper');
    await expectNoViolations(page);

    // Its agreement: who made the version, and apart from that, when and how the family agreed it.
    await page.click('.ltw-back-link');
    await page.click('[data-family]:nth-child(2) a:has-text("Make or see their agreement")');
    await page.click('button:has-text("Make version 1 of the agreement")');
    await page.waitForSelector('[data-version-about]');
    expect(await page.locator('[data-made-by]').innerText()).toMatch(/^Made by Sam Patel on \d/);
    expect(await page.locator('[data-agreed]').innerText()).toBe('Not agreed yet.');
    await page.check('#agreed-how');
    await page.click('button:has-text("Save how the family agreed")');
    await expect
      .poll(() => page.locator('.ltw-error-summary').innerText())
      .toContain('Enter the date the family agreed');
    await page.fill('#agreed-on-day', '3');
    await page.fill('#agreed-on-month', '12');
    await page.fill('#agreed-on-year', '2026');
    await page.click('button:has-text("Save how the family agreed")');
    await expect
      .poll(() => page.locator('[data-agreed]').innerText())
      .toBe('Agreed with the family: at a meeting on 3 December 2026 (recorded by Sam Patel).');
    await expectNoViolations(page);
  });
});
