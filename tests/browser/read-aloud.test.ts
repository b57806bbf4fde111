import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { describeViolations, runAxe } from '../helpers/axe';
import { layoutShifts } from '../helpers/layout-shift';
import { openStep, positionOf, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';

const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 1280, height: 900 } });

/**
 * Headless Chromium has no voices: this stands in for a device with one British English voice of its
 * own. It keeps what it is asked to say, says where it is (a boundary at the first word) and never
 * finishes, so the page stays in the middle of reading for as long as the test looks.
 */
function deviceWithAVoice() {
  const spoken: string[] = [];
  let cancelled = 0;
  let last: Utterance | undefined;
  const voice = { name: 'British (on this device)', lang: 'en-GB', localService: true, default: true, voiceURI: 'x' };
  class Utterance extends EventTarget {
    voice = null;
    lang = '';
    onboundary: ((event: { name: string; charIndex: number; charLength: number }) => void) | null = null;
    onend: (() => void) | null = null;
    constructor(readonly text: string) {
      super();
    }
  }
  const synth = Object.assign(new EventTarget(), {
    paused: false,
    getVoices: () => [voice],
    speak(utterance: Utterance) {
      spoken.push(utterance.text);
      last = utterance;
      setTimeout(() => utterance.onboundary?.({ name: 'word', charIndex: 0, charLength: 0 }));
    },
    cancel: () => void cancelled++,
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, '__speech', {
    value: { spoken, cancelled: () => cancelled, nextPart: () => last?.onend?.() },
  });
}

type Speech = { spoken: string[]; cancelled: () => number; nextPart: () => void };
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: Speech }).__speech.spoken);
const cancelled = (page: Page) => page.evaluate(() => (window as unknown as { __speech: Speech }).__speech.cancelled());

/** Presses the control, and waits until the device is reading with the word marked. */
async function listen(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('button', { name: 'Pause reading' }).waitFor();
  await page.waitForFunction(() => CSS.highlights.has('ltw-read-aloud-word'));
}

describe('read aloud on the built site', () => {
  it('reads a question from its heading, stops on moving on, and reads the agreement; axe 0 while reading', async () => {
    const page = await session.page();
    await page.addInitScript(deviceWithAVoice);
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'told-about-incident');
    const heading = await page.locator('main h1').innerText();
    await listen(page, 'Listen to this page');
    expect((await spoken(page))[0]).toBe(heading);
    expect(await page.locator('.ltw-read-aloud-current').innerText()).toBe(heading);
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    // The mark moves on to the hint with the device, and nothing on the page moves with it.
    const shifts = (await layoutShifts(page)).length;
    await page.evaluate(() => (window as unknown as { __speech: Speech }).__speech.nextPart());
    await page.locator('.ltw-hint.ltw-read-aloud-current').waitFor();
    // Shifts are reported after the frame that draws them.
    await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
    expect(await page.locator('.ltw-read-aloud-current').count()).toBe(1);
    expect(await layoutShifts(page)).toHaveLength(shifts);

    // Continue: the next question is a new page, and the reading stops with the old one.
    const before = await cancelled(page);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('main')?.dataset.position !== 'told-about-incident');
    expect(await positionOf(page)).not.toBe('told-about-incident');
    expect(await cancelled(page)).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Listen to this page' }).waitFor();
    expect(await page.locator('.ltw-read-aloud-current').count()).toBe(0);

    await openStep(page, baseUrl, 'agreement');
    await page.waitForSelector('main .ltw-agreement[aria-busy="false"]');
    await listen(page, 'Listen to this page');
    expect((await spoken(page))[0]).toBe(await page.locator('main h1').innerText());
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
  });
});
