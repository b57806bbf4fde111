/*
 * Every file a person adds, met as a hostile tester would: a file for another case, the same file
 * twice, a text longer than the app keeps, and another of the app's files in the wrong form. Each says
 * what it is in words, passes axe, and loses nothing added before.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { INVESTIGATOR, seedCase } from '../helpers/investigator';
import { openStep, seed } from '../helpers/wizard';
import { answersFile, caseFile, commentsFile, fileOf, replyFile, sentComments } from '../helpers/app-files';
import { completeFamily } from '../fixtures/answers/complete-family';

const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 1024, height: 900 } });
const NAME = 'سارة أحمد';

const expectNoViolations = async (page: Page) =>
  expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
const text = (page: Page, selector: string) => page.locator(selector).innerText();

/** Chooses a file in the form whose file box is `#<id>` and checks it. */
async function check(page: Page, id: string, file: string) {
  await page.setInputFiles(`#${id}`, file);
  await page.click(`form:has(#${id}) button[type=submit]`);
}
const teamCase = async () => {
  const page = await session.page();
  return { page, caseId: await seedCase(page, baseUrl) };
};
const members = (page: Page) => page.locator('[data-family]').count();

describe("the team adding a family member's answers", () => {
  it('for another case: both references shown, and only "add anyway" adds it', async () => {
    const { page } = await teamCase();
    await check(
      page,
      'family-file-file',
      await answersFile({ ...completeFamily, 'your-name': NAME }, 'PSII-2026-0999'),
    );
    const preview = page.locator('[data-file-preview]');
    await preview.waitFor();
    expect(await preview.innerText()).toContain(`Answers from ${NAME}, in a file made on 20 November 2026.`);
    // Every name and reference in <bdi>, in the preview and in the warning.
    expect(await preview.locator('bdi').allInnerTexts()).toEqual([
      NAME,
      'PSII-2026-0999',
      'PSII-2026-0999',
      'PSII-2026-0142',
    ]);
    expect(await text(page, '[data-file-warning]')).toContain(
      'This file says it is for the case with reference PSII-2026-0999, but this case’s reference is PSII-2026-0142.',
    );
    await expectNoViolations(page);
    expect(await members(page)).toBe(0);
    await page.click('button:has-text("Add them to this case anyway")');
    await expect.poll(() => members(page)).toBe(1);
  });

  it('the same file twice: says whose answers are already there, and adds no second person', async () => {
    const { page } = await teamCase();
    const file = await answersFile({ ...completeFamily, 'your-name': NAME }, 'PSII-2026-0142');
    await check(page, 'family-file-file', file);
    expect(await text(page, '[data-file-preview]')).toContain('For the case with reference PSII-2026-0142.');
    expect(await page.locator('[data-file-warning]').count()).toBe(0);
    await page.click('button:has-text("Add these answers to the case")');
    await expect.poll(() => members(page)).toBe(1);
    await check(page, 'family-file-file', file);
    await expect
      .poll(() => text(page, '#family-file-file-error'))
      .toContain(`These answers from ${NAME} are already on this case`);
    await expectNoViolations(page);
    expect(await members(page)).toBe(1);
  });

  it('an answer longer than the app shows: named, and kept whole in the case', async () => {
    const { page, caseId } = await teamCase();
    const long = 'Ward 7, then the high dependency unit. '.repeat(20);
    await check(page, 'family-file-file', await answersFile({ ...completeFamily, 'where-it-happened': long }));
    expect(await text(page, '[data-file-preview]')).toContain(
      'The answer to “Where it happened” is longer than this tool shows. The case keeps the whole answer as the file has it',
    );
    await page.click('button:has-text("Add these answers to the case")');
    await expect.poll(() => members(page)).toBe(1);
    const stored = await page.evaluate((id) => sessionStorage.getItem(`ltw:team-case:${id}`) ?? '', caseId);
    expect(stored).toContain(long);
  });

  it.each([
    ['a whole case file', caseFile, 'This is a whole case file. Open it from “Your cases”, under “Open a case file”.'],
    ['comments on the draft', () => commentsFile(), 'These are a family member’s comments on the draft report.'],
    ['the team’s reply', () => replyFile(), 'This is the team’s reply to a family’s comments'],
    ['a PDF', async () => fileOf('%PDF-1.7\n', 'pdf'), 'This is a PDF document to read or print'],
  ])('%s in this form is named for what it is', async (_name, make, message) => {
    const { page } = await teamCase();
    await check(page, 'family-file-file', await make());
    await expect.poll(() => text(page, '#family-file-file-error')).toContain(message);
    await expectNoViolations(page);
    expect(await members(page)).toBe(0);
  });
});

describe("the team adding a family's comments on the draft", () => {
  const commentsPage = async () => {
    const { page, caseId } = await teamCase();
    await page.goto(new URL(`${INVESTIGATOR}?view=comments&case=${caseId}`, baseUrl).href);
    await page.waitForSelector('#comments-file-file');
    return page;
  };
  const rounds = (page: Page) => page.locator('[id^="make-reply-"]').count();

  it('for another case: named, with a warning, added only "anyway"; then twice: refused', async () => {
    const page = await commentsPage();
    const file = await commentsFile({ from: NAME, reference: 'PSII-2026-0999' });
    await check(page, 'comments-file-file', file);
    const preview = page.locator('[data-file-preview]');
    await preview.waitFor();
    expect(await preview.innerText()).toContain(`Comments from ${NAME}`);
    expect(await preview.innerText()).toContain('For the case with reference PSII-2026-0999.');
    expect(await text(page, '[data-file-warning]')).toContain('this case’s reference is PSII-2026-0142');
    await expectNoViolations(page);
    await page.click('button:has-text("Add these comments to this case anyway")');
    await expect.poll(() => rounds(page)).toBe(1);
    await check(page, 'comments-file-file', file);
    await expect.poll(() => text(page, '#comments-file-file-error')).toContain('already been added');
    expect(await rounds(page)).toBe(1);
  });

  it('a comment longer than the app keeps: refused by its number, nothing cut', async () => {
    const page = await commentsPage();
    await check(page, 'comments-file-file', await commentsFile({ longComment: 2 }));
    await expect
      .poll(() => text(page, '#comments-file-file-error'))
      .toContain('Comment 2 in this file is longer than this tool keeps, so the comments have not been added');
    await expectNoViolations(page);
    expect(await rounds(page)).toBe(0);
  });

  it("a family member's answers in this form are named for what they are", async () => {
    const page = await commentsPage();
    await check(page, 'comments-file-file', await answersFile());
    await expect
      .poll(() => text(page, '#comments-file-file-error'))
      .toContain('This is a family member’s answers file. Add it on the case’s page');
  });
});

describe('the family adding their team’s reply', () => {
  const commentsPage = async () => {
    const page = await session.page();
    await seed(page, baseUrl, { answers: { ...completeFamily, 'draft-comments': sentComments } });
    await openStep(page, baseUrl, 'comments');
    await page.waitForSelector('#reply-file');
    return page;
  };
  const savedReplies = (page: Page) =>
    page.evaluate(
      () =>
        (
          JSON.parse(localStorage.getItem('ltw:answers') ?? '{}') as {
            answers?: { 'draft-comments'?: { replies?: unknown[] } };
          }
        ).answers?.['draft-comments']?.replies?.length ?? 0,
    );

  it('shows who it is from, the reference and the date, then adds it once only', async () => {
    const page = await commentsPage();
    const file = await replyFile();
    await check(page, 'reply-file', file);
    const preview = page.locator('[data-file-preview]');
    await preview.waitFor();
    expect(await preview.innerText()).toContain('Reply 1, from Example NHS Foundation Trust.');
    expect(await preview.innerText()).toContain('For the case with reference PSII-2026-0142.');
    expect(await preview.innerText()).toContain('Made on 27 November 2026, in reply to version 1 of your comments.');
    await expectNoViolations(page);
    await page.click('[data-file-preview] button:has-text("Add the reply")');
    await expect.poll(() => savedReplies(page)).toBe(1);
    await check(page, 'reply-file', file);
    await expect.poll(() => text(page, '#reply-file-error')).toContain('You have already added this reply');
    expect(await savedReplies(page)).toBe(1);
  });

  it("for someone else's comments: refused, nothing added", async () => {
    const page = await commentsPage();
    await check(page, 'reply-file', await replyFile({ exchange: 'someoneelse1' }));
    await expect.poll(() => text(page, '#reply-file-error')).toContain("This reply is about someone else's comments");
    await expectNoViolations(page);
    expect(await savedReplies(page)).toBe(0);
  });

  it('a reason longer than the app keeps: the comment is named and the file is to be kept', async () => {
    const page = await commentsPage();
    await check(page, 'reply-file', await replyFile({ longReason: true }));
    expect(await text(page, '[data-file-preview]')).toContain(
      'The team’s reply to comment 2 is longer than this tool keeps: only its first part will be shown. The reply file has the whole text, so keep the file.',
    );
  });

  it('their own comments file, or an answers file, is named for what it is', async () => {
    const page = await commentsPage();
    await check(page, 'reply-file', await commentsFile());
    await expect.poll(() => text(page, '#reply-file-error')).toContain('This is the file of your comments');
    await check(page, 'reply-file', await answersFile());
    await expect
      .poll(() => text(page, '#reply-file-error'))
      .toContain('This is an answers file. Open it from your task list');
    await expectNoViolations(page);
  });
});
