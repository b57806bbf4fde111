import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { openStep, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';

const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 375, height: 800 } });
const newPage = () => session.page();
/** The other device: the first is done with, so the page is reset (nothing of the first is left on it). */
const otherDevice = () => session.page();
const savedAnswers = async (page: Page) =>
  (JSON.parse((await page.evaluate(() => localStorage.getItem('ltw:answers'))) ?? '{}') as { answers?: object })
    .answers ?? {};

/** Downloads the answers file from the task list, with a passphrase or not, and returns its path. */
async function downloadFile(page: Page, passphrase = '') {
  await page.waitForSelector('#move-title');
  await page.fill('#file-passphrase', passphrase);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('button:has-text("Download your answers")'),
  ]);
  const file = join(tmpdir(), `ltw-${Math.random().toString(36).slice(2)}.json`);
  await download.saveAs(file);
  await page.waitForSelector('text=Your answers file has been made');
  return file;
}

async function openFile(page: Page, file: string, passphrase = '') {
  await page.setInputFiles('#answers-file', file);
  await page.fill('#open-passphrase', passphrase);
  await page.click('button:has-text("Check the file")');
}

describe('moving answers to another device with a file', () => {
  it('a protected file opened on a fresh device restores every answer, asking about the one that differs', async () => {
    const from = await newPage();
    await seed(from, baseUrl, { answers: completeFamily });
    await openStep(from, baseUrl, 'hub');
    const file = await downloadFile(from, 'correct horse battery staple');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('Siân');
    expect(JSON.parse(text)).toMatchObject({ kind: 'answers-file', encrypted: true });

    const to = await otherDevice();
    await seed(to, baseUrl, {
      answers: { 'who-is-filling-in': completeFamily['who-is-filling-in'], 'your-name': 'Sian' },
    });
    await openStep(to, baseUrl, 'hub');
    await to.waitForSelector('#move-title');
    await openFile(to, file);
    expect(await to.locator('#answers-file-error').innerText()).toContain(
      'This file is protected. Enter its passphrase.',
    );
    await openFile(to, file, 'wrong horse');
    await expect
      .poll(() => to.locator('#answers-file-error').innerText())
      .toContain('The passphrase does not open this file');
    await openFile(to, file, 'correct horse battery staple');
    const preview = to.locator('[data-file-preview]');
    await preview.waitFor();
    expect(await preview.innerText()).toMatch(
      new RegExp(`This file has ${Object.keys(completeFamily).length} answers, saved on`),
    );
    await expect.poll(() => to.evaluate(() => document.activeElement?.hasAttribute('data-file-preview'))).toBe(true);
    expect(describeViolations((await runAxe(to)).violations)).toEqual([]);

    // The names differ ('Sian' here, 'Siân Dŵr' in the file): the person chooses, on purpose, to use it.
    expect(await to.locator('[data-file-warning]').innerText()).toContain(
      'These are the answers of Siân Dŵr, but the answers here are of Sian.',
    );
    await to.click('text=Use these answers anyway');
    const panel = to.locator('[data-notice="conflict"]');
    await panel.waitFor();
    expect(await panel.locator('[role=alert] p').innerText()).toBe(
      '1 answer in the file is different from the one here. Choose which to keep. Until you do, nothing you change in this tab is saved.',
    );
    expect(await panel.locator('label', { hasText: 'Keep the answer on this device:' }).innerText()).toContain('Sian');
    await panel.locator('label', { hasText: 'Keep the answer from the file:' }).click();
    await panel.locator('button[type=submit]').click();
    await expect.poll(() => savedAnswers(to)).toEqual(completeFamily);
  });

  it('an unprotected file adds the answers straight away when nothing differs', async () => {
    const from = await newPage();
    await seed(from, baseUrl, { answers: completeFamily });
    await openStep(from, baseUrl, 'hub');
    const file = await downloadFile(from);
    expect(readFileSync(file, 'utf8')).toContain('Siân Dŵr');

    const to = await otherDevice();
    await seed(to, baseUrl, { answers: { 'who-is-filling-in': completeFamily['who-is-filling-in'] } });
    await openStep(to, baseUrl, 'hub');
    await to.waitForSelector('#move-title');
    await openFile(to, file);
    await to.click('text=Use the answers from this file');
    await expect.poll(() => savedAnswers(to)).toEqual(completeFamily);
    expect(await to.locator('[data-notice="conflict"]').count()).toBe(0);
  });

  it.each([
    ['another program’s file', '{"name":"holiday photos"}', 'This file was made by another program, not by this tool.'],
    ['a text file', 'dear diary', 'This is not an answers file, or it has been cut short.'],
    ['an empty file', '', 'The file is empty.'],
  ])('%s gets its own message, with axe 0, and the answers here stay', async (_name, content, message) => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'hub');
    await page.waitForSelector('#move-title');
    const file = join(tmpdir(), `ltw-bad-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, content);
    await openFile(page, file);
    await expect.poll(() => page.locator('#answers-file-error').innerText()).toContain(message);
    // Focus moves after the message is drawn: wait for it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('answers-file');
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    expect(await savedAnswers(page)).toEqual(completeFamily);
  });
});
