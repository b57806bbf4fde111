import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { createAnswersFile, readAnswersFile } from '~/core/formats';
import { newCase, type CaseRecord, type DraftRound } from '~/core/cases/record';
import { writeCommentsFile } from '~/core/formats/draft-exchange';
import { describeViolations, runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { INVESTIGATOR, TEAM, seedCase, withoutDrive, workAsInEveryTab } from '../helpers/investigator';

/*
 * The case kept as a file on the trust's drive. Playwright cannot drive the browser's own file dialog,
 * so the two pickers are answered by a script: with handles from this origin's private file system
 * (real handles, which the site remembers in IndexedDB), and for two investigators on two computers,
 * with those handles' reads and writes going to one real file on this machine. The dialog itself is
 * checked by hand (README).
 */

const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 1024, height: 900 } });
const PASSPHRASE = 'blue kettle morning';
const url = (path: string) => new URL(path, baseUrl).href;
const today = () => new Date().toISOString().slice(0, 10);
const FILE_NAME = () => `${TEAM.reference} case ${today()}.json`;

/** The pickers answer with a file in the origin's private file system, named as the site suggested. */
const privateDrive = (context: BrowserContext) =>
  context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const root = () => navigator.storage.getDirectory();
    w.showSaveFilePicker = async (options: { suggestedName: string }) =>
      (await root()).getFileHandle(options.suggestedName, { create: true });
    w.showOpenFilePicker = async () => {
      const names: string[] = [];
      for await (const name of (await root()) as unknown as AsyncIterable<[string]>) names.push(name[0]);
      return [await (await root()).getFileHandle(names[0]!)];
    };
  });

/** The same, but every read and write of the file goes to `path` on this machine: one file for two computers. */
async function sharedDrive(context: BrowserContext, path: string) {
  await context.exposeFunction('driveRead', () => (existsSync(path) ? readFileSync(path, 'utf8') : ''));
  await context.exposeFunction('driveWrite', (text: string) => writeFileSync(path, text));
  await privateDrive(context);
  await context.addInitScript(() => {
    const w = window as unknown as { driveRead: () => Promise<string>; driveWrite: (text: string) => Promise<void> };
    // Nothing is in this computer's own private file system: the file to open is the shared one.
    (window as unknown as Record<string, unknown>).showOpenFilePicker = async () => [
      await (await navigator.storage.getDirectory()).getFileHandle('PSII shared case.json', { create: true }),
    ];
    const handle = FileSystemFileHandle.prototype as unknown as Record<string, unknown>;
    handle.getFile = async function (this: FileSystemFileHandle) {
      return new File([await w.driveRead()], this.name, { type: 'application/json' });
    };
    handle.createWritable = async () => {
      const parts: string[] = [];
      return {
        write: async (text: string) => void parts.push(text),
        close: () => w.driveWrite(parts.join('')),
      };
    };
  });
}

async function computer(drive: (context: BrowserContext) => Promise<unknown>): Promise<Page> {
  const context = await session.freshContext({ viewport: { width: 1024, height: 900 } });
  await workAsInEveryTab(context);
  await drive(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('pageerror', error.message));
  return page;
}

const home = async (page: Page, id: string) => {
  await page.goto(url(`${INVESTIGATOR}?view=case&case=${id}`));
  await page.waitForSelector('#case-file-title');
};
async function addEntry(page: Page, id: string, summary: string) {
  await page.goto(url(`${INVESTIGATOR}?view=log&case=${id}`));
  await page.fill('#log-summary', summary);
  await page.click('button:has-text("Add to the log")');
  await page.waitForSelector(`[data-contact-log] td:has-text("${summary}")`);
}
async function setReference(page: Page, id: string, reference: string) {
  await page.goto(url(`${INVESTIGATOR}?view=setup&case=${id}&step=reference`));
  await page.fill('#reference', reference);
  await page.click('main button[type="submit"]:has-text("Continue")');
  await page.waitForSelector('h1:has-text("What kind of review")');
}
async function saveToFile(page: Page, id: string) {
  await home(page, id);
  if (await page.locator('#case-passphrase').inputValue()) await page.fill('#case-passphrase', '');
  await page.fill('#case-passphrase', PASSPHRASE);
  await page.click('#case-file-title ~ form button[value="here"]');
}
const saved = (page: Page) =>
  expect.poll(() => page.locator('#case-file-title ~ [role="status"]').innerText(), { timeout: 15_000 });
async function openFromDrive(page: Page) {
  await page.goto(url(INVESTIGATOR));
  await page.click('button:has-text("Choose the case file on your drive")');
  await page.fill('#case-file-passphrase', PASSPHRASE);
  await page.click('#case-file-title ~ form button[type=submit]');
  await page.click('button:has-text("Open this case")');
}
const logSummaries = (page: Page) => page.locator('[data-contact-log] tbody tr').allInnerTexts();
async function fileRecord(path: string): Promise<CaseRecord> {
  const read = await readAnswersFile(readFileSync(path, 'utf8'), PASSPHRASE);
  if (!read.ok) throw new Error(read.error);
  return read.record as CaseRecord;
}

describe('a case kept in a file on the drive', () => {
  it('saves to a file named by reference and day, says when, and opens from it again', async () => {
    const page = await computer(privateDrive);
    const id = await seedCase(page, baseUrl);
    await addEntry(page, id, 'Phoned the family');
    await home(page, id);

    // A passphrase by default; none needs a reason, under a plain warning.
    await page.click('button:has-text("Save to a file on your drive")');
    await expect.poll(() => page.locator('#case-passphrase-error').innerText()).toContain('Enter a passphrase');
    await page.check('#case-no-passphrase');
    expect(await page.locator('.ltw-warning-text').innerText()).toContain('anyone who can open the file');
    await page.click('button:has-text("Save to a file on your drive")');
    await expect
      .poll(() => page.locator('#case-no-passphrase-because-error').innerText())
      .toContain('Say why this file does not need a passphrase');
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    await page.uncheck('#case-no-passphrase');
    await page.fill('#case-passphrase', PASSPHRASE);
    await page.click('button:has-text("Save to a file on your drive")');
    await saved(page).toMatch(new RegExp(`^Saved to ${FILE_NAME()} at \\d\\d:\\d\\d\\.$`));

    const text = await page.evaluate(async (name) => {
      const root = await navigator.storage.getDirectory();
      return (await (await root.getFileHandle(name)).getFile()).text();
    }, FILE_NAME());
    expect(text).not.toContain('Phoned the family');
    expect(text).not.toContain(PASSPHRASE);

    // The browser remembers the file: after a reload it says when the case was last saved there.
    await page.reload();
    await page.waitForSelector('[data-case-file-link]');
    expect(await page.locator('[data-case-file-link]').innerText()).toMatch(
      new RegExp(`^Last saved to ${FILE_NAME()} at \\d\\d:\\d\\d\\.`),
    );
    await addEntry(page, id, 'Met the family at home');
    await home(page, id);
    await page.waitForSelector('[data-case-file-link]:has-text("only in this browser until you save again")');
    await saveToFile(page, id);
    await saved(page).toContain(`Saved to ${FILE_NAME()}`);

    // A browser that lost the case opens it from the drive, with both entries.
    await page.evaluate(() => sessionStorage.clear());
    await openFromDrive(page);
    await page.waitForSelector(`h1:has-text("${TEAM.reference}")`);
    await page.goto(url(`${INVESTIGATOR}?view=log&case=${id}`));
    await expect.poll(() => logSummaries(page)).toHaveLength(2);
    expect((await logSummaries(page)).join(' ')).toContain('Met the family at home');

    // "Delete everything" forgets the file (never deletes it).
    await page.goto(url('/en/delete/'));
    await page.click('button:has-text("Yes, delete everything")');
    await page.waitForSelector('h1:has-text("Everything has been deleted")');
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(databases).not.toContain('ltw-case-files');
  });

  it('two investigators saving one file in turn keep both sides’ entries, and choose where both changed one', async () => {
    const path = join(tmpdir(), `ltw-drive-${Math.random().toString(36).slice(2)}.json`);
    const a = await computer((context) => sharedDrive(context, path));
    const b = await computer((context) => sharedDrive(context, path));
    const id = await seedCase(a, baseUrl);
    await saveToFile(a, id);
    await saved(a).toContain('Saved to');
    await openFromDrive(b);
    await b.waitForSelector(`h1:has-text("${TEAM.reference}")`);

    await addEntry(a, id, 'Phoned, written by A');
    await setReference(a, id, 'PSII-A');
    await saveToFile(a, id);
    await saved(a).toContain('Saved to');
    await addEntry(b, id, 'Met, written by B');
    await setReference(b, id, 'PSII-B');
    await saveToFile(b, id);

    // Only the reference was changed on both: that alone is asked, with both values.
    await b.waitForSelector('[data-clash-choices]');
    expect(await b.locator('[data-clash-choices] fieldset').count()).toBe(1);
    const choice = await b.locator('[data-clash-choices] fieldset').innerText();
    expect(choice).toContain('Case details: Reference');
    expect(choice).toContain('In this browser: PSII-B');
    expect(choice).toContain('In the file: PSII-A');
    expect(describeViolations((await runAxe(b)).violations)).toEqual([]);
    await b.click('button:has-text("Keep these choices")');
    await expect.poll(() => b.locator('#clash-0-error').innerText()).toContain('Choose which one to keep');
    await b.check('label:has-text("In the file: PSII-A")');
    await b.click('button:has-text("Keep these choices")');
    await saved(b).toContain('Saved to');

    const inFile = await fileRecord(path);
    expect(inFile.log.map((e) => e.summary).sort()).toEqual(['Met, written by B', 'Phoned, written by A']);
    expect(inFile.setup.answers.reference).toBe('PSII-A');
    // B's working copy has A's entry too; A's gets B's at its next save, without a question.
    expect(await b.locator('h1').innerText()).toContain('PSII-A');
    await saveToFile(a, id);
    await saved(a).toContain('Saved to');
    await a.goto(url(`${INVESTIGATOR}?view=log&case=${id}`));
    await expect.poll(() => logSummaries(a)).toHaveLength(2);
    expect((await logSummaries(a)).join(' ')).toContain('Met, written by B');
  });
});

describe('a case file opened where the drive cannot be used', () => {
  const round = async (): Promise<DraftRound> => {
    const createdAt = new Date().toISOString();
    const text = await writeCommentsFile({
      createdAt,
      exchange: 'abc123',
      number: 1,
      from: 'Siân Dŵr',
      comments: [{ id: 'c1', text: 'Rhys was six years old.' }],
      questions: [],
    });
    return {
      exchange: 'abc123',
      received: [{ importedAt: createdAt, file: JSON.parse(text) as DraftRound['received'][number]['file'] }],
      replies: [],
      decisions: {},
      where: {},
    };
  };
  const caseFile = async (record: CaseRecord) => {
    const path = join(tmpdir(), `ltw-case-${Math.random().toString(36).slice(2)}.json`);
    const saved = { answers: {}, skipped: [], stageMarks: {}, position: 'hub' as const };
    writeFileSync(path, await createAnswersFile({ saved, role: 'investigator', record, now: new Date() }, PASSPHRASE));
    return path;
  };
  async function openFile(page: Page, path: string) {
    await page.goto(url(INVESTIGATOR));
    await page.setInputFiles('#case-file-file', path);
    await page.fill('#case-file-passphrase', PASSPHRASE);
    await page.click('#case-file-title ~ form button[type=submit]');
    await page.waitForSelector('[data-file-preview]');
  }

  it('keeps every comments round of a case file opened onto the same case here', async () => {
    const page = await computer(withoutDrive);
    const id = await seedCase(page, baseUrl);
    expect(await page.locator('button:has-text("Save the case as a file")').count()).toBe(1);
    const here = await page.evaluate(
      (key) => JSON.parse(sessionStorage.getItem(key)!).record as CaseRecord,
      `ltw:team-case:${id}`,
    );
    await openFile(page, await caseFile({ ...here, draftComments: [await round()] }));
    expect(await page.locator('[data-file-preview]').innerText()).toContain('already on this device');
    await page.click('button:has-text("Open this case")');
    await page.waitForSelector(`h1:has-text("${TEAM.reference}")`);
    await page.goto(url(`${INVESTIGATOR}?view=comments&case=${id}`));
    await page.waitForSelector('h2:has-text("Comments from Siân Dŵr")');
  });

  it('says the browser has no space to keep the case, never that it may have been deleted', async () => {
    const page = await computer(async (context) => {
      await withoutDrive(context);
      await context.addInitScript(() => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key: string, value: string) {
          if (window.name === 'full') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          setItem.call(this, key, value);
        };
      });
    });
    const record = { ...newCase(new Date()), setup: { answers: { reference: 'PSII-FULL' }, skipped: [] } };
    await openFile(page, await caseFile(record));
    await page.evaluate(() => (window.name = 'full'));
    await page.click('button:has-text("Open this case")');
    await page.waitForSelector('[data-not-kept="full"]');
    const said = await page.locator('[data-not-kept]').innerText();
    expect(said).toContain('There is no space left in this browser to keep this case');
    expect(said).not.toContain('deleted');
    // The case's own address, with nothing kept: the same, never "it may have been deleted".
    await page.goto(url(`${INVESTIGATOR}?view=case&case=${record.id}`));
    await page.waitForSelector('h1:has-text("This case is not on this device")');
    const missing = await page.locator('main').innerText();
    expect(missing).toContain('there may be no space left');
    expect(missing).not.toContain('may have been deleted');
  });
});
