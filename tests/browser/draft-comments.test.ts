import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { INVESTIGATOR, seedCase } from '../helpers/investigator';
import { REPO_ROOT } from '../helpers/paths';
import { openStep, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import type { Answers } from '~/core/journey/schema';

const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 375, height: 900 } });
const SHOTS = join(REPO_ROOT, 'tests/.output/draft-comments');

const logErrors = (page: Page) => {
  page.on('pageerror', (error) => console.error('pageerror', error.message));
  return page;
};
const newPage = async () => logErrors(await session.page());
/** The team's own computer, beside the family's: a context of its own. */
const teamComputer = async () => logErrors(await session.freshPage({ viewport: { width: 1024, height: 900 } }));
async function expectNoViolations(page: Page) {
  expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
}
async function downloadTo(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = join(tmpdir(), `ltw-${Math.random().toString(36).slice(2)}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return file;
}
const continueOn = async (page: Page) => {
  const before = await page.locator('main').getAttribute('data-position');
  await page.click('main button[type=submit]');
  await page.waitForSelector(`main:not([data-position="${before}"])`);
};
const legends = (page: Page) =>
  page
    .locator(`main fieldset legend:has(.ltw-caption)`)
    .allInnerTexts()
    .then((all) => all.map((l) => l.replace(/\s+/g, ' ')));

const threeQuestions = {
  ...completeFamily,
  'family-questions': {
    items: ['Why was he moved to another ward?', 'Who checked his blood pressure?', 'Was sepsis considered?'],
    ids: ['qa', 'qb', 'qc'],
  },
  'question-ledger': undefined,
  'open-questions': undefined,
} as unknown as Answers;

describe('stages 3 to 5 together', () => {
  it("carries the family's three questions to stage 4, and the one still open to stage 5, through a reorder", async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: threeQuestions });
    await openStep(page, baseUrl, 'question-ledger');
    expect(await legends(page)).toEqual([
      'Question 1 Why was he moved to another ward?',
      'Question 2 Who checked his blood pressure?',
      'Question 3 Was sepsis considered?',
    ]);
    await expectNoViolations(page);
    await page.check('#question-ledger-1-status'); // answered
    await page.fill('#question-ledger-1-where', 'Section 4, page 7');
    await page.check('#question-ledger-2-status'); // answered
    await page.check('#question-ledger-3-status-not-answered');
    await continueOn(page);

    await openStep(page, baseUrl, 'open-questions');
    expect(await legends(page)).toEqual(['Question 1 Was sepsis considered?']);
    await expect.poll(() => page.locator('#open-questions-1-status').innerText()).toBe('Not answered');
    // Where else it can be taken, for the trust's nation, with the time limits from content/routes.
    await page.click('#open-questions-routes summary');
    expect(await page.locator('#open-questions-routes').innerText()).toMatch(/Make a complaint[\s\S]*12 months/);
    await expectNoViolations(page);
    await page.check('#open-questions-1-next-complaint');
    await continueOn(page);

    // Stage 3 again: the last question moves to the top and the first is reworded.
    await openStep(page, baseUrl, 'family-questions');
    await page.click('#family-questions-item-3-up');
    await page.click('#family-questions-item-2-up');
    await page.fill('#family-questions-item-2', 'Why was he moved to ward 9?');
    await continueOn(page);
    await openStep(page, baseUrl, 'question-ledger');
    expect(await legends(page)).toEqual([
      'Question 1 Was sepsis considered?',
      'Question 2 Why was he moved to ward 9?',
      'Question 3 Who checked his blood pressure?',
    ]);
    expect(await page.isChecked('#question-ledger-1-status-not-answered')).toBe(true);
    expect(await page.isChecked('#question-ledger-2-status')).toBe(true);
    expect(await page.inputValue('#question-ledger-2-where')).toBe('Section 4, page 7');
    await openStep(page, baseUrl, 'open-questions');
    expect(await legends(page)).toEqual(['Question 1 Was sepsis considered?']);
    expect(await page.isChecked('#open-questions-1-next-complaint')).toBe(true);
  });

  it('sends comments to the team, takes the reply back comment by comment, and keeps one record of it all', async () => {
    const family = await newPage();
    await seed(family, baseUrl, { answers: completeFamily });
    await openStep(family, baseUrl, 'comments');
    await expect.poll(() => family.locator('main h1').innerText()).toBe('Our comments on the draft report');
    expect(await family.locator('main').innerText()).toContain('Rhys was 6, not 7.');
    await expectNoViolations(family);
    const sent = await downloadTo(family, () => family.click('#send-comments'));
    await expect.poll(() => family.locator('#send-status').innerText()).toContain('Version 1');
    expect(JSON.parse(readFileSync(sent, 'utf8'))).toMatchObject({ kind: 'draft-comments', number: 1 });

    // The team, on its own computer.
    const team = await teamComputer();
    const caseId = await seedCase(team, baseUrl);
    await team.goto(new URL(`${INVESTIGATOR}?view=comments&case=${caseId}`, baseUrl).href);
    await team.setInputFiles('#comments-file-file', sent);
    await team.click('#comments-file-title ~ form button[type=submit]');
    await team.click('button:has-text("Add these comments to the case")');
    await team.waitForSelector('#reply-1');
    await team.check('#reply-1'); // accepted
    await team.fill('#reply-1-reason', 'Corrected on page 2.');
    await team.check('#reply-2-not-accepted');
    await team.click('#make-reply-0');
    // Not accepting a comment needs a reason: the error summary says so, and nothing is made.
    await team.waitForSelector('.ltw-error-summary a[href="#reply-2-reason"]');
    await team.fill('#reply-2-reason', 'The times come from the ambulance record.');
    await team.fill('#where-3', 'Section 6');
    await expectNoViolations(team);
    const reply = await downloadTo(team, () => team.click('#make-reply-0'));
    await expect.poll(() => team.locator('#reply-made').innerText()).toContain('Reply 1');

    // The family changes a comment after sending it, then adds the reply.
    await openStep(family, baseUrl, 'draft-comments');
    await family.fill('#draft-comments-1-text', 'Rhys was six years old.');
    await continueOn(family);
    await openStep(family, baseUrl, 'comments');
    const tampered = join(tmpdir(), `ltw-tampered-${Date.now()}.json`);
    writeFileSync(tampered, readFileSync(reply, 'utf8').replace('Corrected on page 2.', 'Ignored.'));
    await family.setInputFiles('#reply-file', tampered);
    await family.click('form:has(#reply-file) button[type=submit]');
    await expect
      .poll(() => family.locator('#reply-file-error').innerText())
      .toContain('changed since your team made it');
    await family.setInputFiles('#reply-file', reply);
    await family.click('form:has(#reply-file) button[type=submit]');
    // What the reply is, whom from and for which case, before it is added.
    const preview = family.locator('[data-file-preview]');
    await preview.waitFor();
    expect(await preview.innerText()).toContain('Reply 1, from Example NHS Foundation Trust.');
    expect(await preview.innerText()).toContain('For the case with reference PSII-2026-0142.');
    await family.click('[data-file-preview] button:has-text("Add the reply")');
    await expect.poll(() => family.locator('[role=status]:has-text("Reply 1 has been added")').count()).toBe(1);
    await expectNoViolations(family);

    await openStep(family, baseUrl, 'draft-comments');
    const first = await family.locator('#draft-comments-1-reply').innerText();
    expect(first).toContain('Accepted');
    expect(first).toContain('Corrected on page 2.');
    expect(first).toContain('You changed this comment after you sent it');
    expect(await family.locator('#draft-comments-2-reply').innerText()).toContain('The times come from the ambulance');
    expect(await family.inputValue('#draft-comments-1-text')).toBe('Rhys was six years old.');
    await openStep(family, baseUrl, 'question-ledger');
    expect(await family.locator('#question-ledger-3-team').innerText()).toContain('Section 6');

    // The record: one tagged PDF with the ledger, the comments and replies, and the contacts.
    await openStep(family, baseUrl, 'record');
    await expectNoViolations(family);
    const pdf = await downloadTo(family, () => family.click('#record-pdf'));
    expect(pdf).toMatch(/our-involvement-in-the-investigation-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Our questions, and whether the report answers them');
    expect(text).toContain('Was sepsis considered, and if not, why not?');
    expect(text).toContain('Comments sent on');
    expect(text).toContain('Rhys was 6, not 7.');
    expect(text).toContain('Corrected on page 2.');
    expect(text).toContain('Letter with the terms of reference.');
    // Private answers stay out unless the family chooses otherwise.
    expect(text).not.toContain('share details of my own health');
    mkdirSync(SHOTS, { recursive: true });
    execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(SHOTS, 'record')]);
    expect(readdirSync(SHOTS).filter((f) => f.startsWith('record')).length).toBeGreaterThan(1);
  });
});
