import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe';
import { CHROMIUM_PATH } from '../helpers/chromium';
import { browserSession } from '../helpers/session';
import { goToStep, openStep, positionOf, seed, WIZARD } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import { canBeDeafened, deafen } from '../helpers/deaf-tabs';

const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 375, height: 800 } });
const DAY = 24 * 3600 * 1000;
const SAVED_PLACE = completeFamily['where-it-happened'];

/** A second tab beside the file's page (storage shared), for two tabs or a script of its own before the site's. */
async function twoTabs() {
  const first = await session.page();
  return { first, second: await session.newTab() };
}
const stored = (page: Page, key = 'ltw:answers', area: 'local' | 'session' = 'local') =>
  page.evaluate(([k, a]) => (a === 'local' ? localStorage : sessionStorage).getItem(k!) ?? '', [key, area]);
const savedAnswer = async (page: Page, id: string, area: 'local' | 'session' = 'local') =>
  (JSON.parse((await stored(page, 'ltw:answers', area)) || '{"answers":{}}') as { answers: Record<string, unknown> })
    .answers[id];
const submit = async (page: Page) => {
  const before = await positionOf(page);
  await page.click('main form button[type=submit]');
  await page.waitForSelector(`main:not([data-position="${before}"])`);
};

describe('what is typed on a page survives', () => {
  it('a reload straight after typing: the draft is back, said to be unsaved, with a way back to the saved answer', async () => {
    const page = await session.page();
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'where-it-happened');
    await page.fill('#where-it-happened', 'Typed, not saved yet');
    await page.reload(); // pagehide writes it at once: no waiting for the typing pause
    await page.waitForSelector('main[data-position="where-it-happened"] h1');
    expect(await page.inputValue('#where-it-happened')).toBe('Typed, not saved yet');
    expect(await page.locator('[data-note="draft"] p').innerText()).toMatch(
      /^This is what you typed on .+\. It has not been saved as your answer yet: choose Continue to save it\.$/,
    );
    expect(await savedAnswer(page, 'where-it-happened')).toBe(SAVED_PLACE);
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);

    await page.click('text=Use your saved answer instead');
    expect(await page.inputValue('#where-it-happened')).toBe(SAVED_PLACE);
    expect(await page.locator('[data-note="draft"]').count()).toBe(0);
    expect(await stored(page, 'ltw:drafts')).not.toContain('Typed, not saved yet');
  });

  it('a reload after only a new choice: the choice is back, and nothing says words were typed; typed "other" words are', async () => {
    const page = await session.page();
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'relationship');
    await page.check('#relationship-child');
    await expect.poll(() => stored(page, 'ltw:drafts')).toContain('child');
    await page.reload();
    await page.waitForSelector('main[data-position="relationship"] h1');
    expect(await page.isChecked('#relationship-child')).toBe(true);
    expect(await page.locator('[data-note="draft"]').count()).toBe(0);

    await page.check('#relationship-other');
    await page.fill('#relationship-other-detail', 'Godmother');
    await page.reload();
    await page.waitForSelector('main[data-position="relationship"] h1');
    expect(await page.inputValue('#relationship-other-detail')).toBe('Godmother');
    expect(await page.locator('[data-note="draft"] p').innerText()).toMatch(/^This is what you typed on /);
  });

  it('typing writes the draft, and nothing else: no storage probe on each key press', async () => {
    const { second: page } = await twoTabs();
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        const counts = ((window as { writes?: Record<string, number> }).writes ??= {});
        counts[key] = (counts[key] ?? 0) + 1;
        setItem.call(this, key, value);
      };
    });
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'where-it-happened');
    const writes = () => page.evaluate(() => ({ ...(window as { writes?: Record<string, number> }).writes }));
    const before = await writes();
    await page.locator('#where-it-happened').pressSequentially('Twenty characters ok');
    await expect.poll(() => stored(page, 'ltw:drafts')).toContain('Twenty characters ok');
    const after = await writes();
    expect(after['ltw:probe'] ?? 0).toBe(before['ltw:probe'] ?? 0);
    expect(after['ltw:answers'] ?? 0).toBe(before['ltw:answers'] ?? 0);
  });

  it('Continue makes the draft the answer and clears it', async () => {
    const page = await session.page();
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'where-it-happened');
    await page.fill('#where-it-happened', 'The day unit');
    await expect.poll(() => stored(page, 'ltw:drafts')).toContain('The day unit');
    await submit(page);
    await expect.poll(() => savedAnswer(page, 'where-it-happened')).toBe('The day unit');
    expect(await stored(page, 'ltw:drafts')).not.toContain('The day unit');
  });

  it('following a link away and coming back keeps 3,000 typed characters', async () => {
    const page = await session.page();
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'what-happened');
    const long = 'He was getting worse and nobody came. '.repeat(80).slice(0, 3000);
    await page.fill('#what-happened', long);
    await page.click('a[href*="/en/help/"], footer a >> nth=0');
    await page.waitForURL((url) => !url.pathname.startsWith(WIZARD));
    await page.goBack();
    await page.waitForSelector('main[data-position="what-happened"] h1');
    expect(await page.inputValue('#what-happened')).toBe(long);
  });

  it('a tab the browser closed and reopened (a discarded tab) gets its draft back', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'ltw-profile-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        serviceWorkers: 'block', // As every test's context but the offline test's (tests/helpers/chromium.ts).
        args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
      });
    try {
      let context: BrowserContext = await launch();
      let page = context.pages()[0] ?? (await context.newPage());
      await seed(page, baseUrl, { answers: completeFamily });
      await openStep(page, baseUrl, 'where-it-happened');
      await page.fill('#where-it-happened', 'Typed before the phone put the tab to sleep');
      await expect.poll(() => stored(page, 'ltw:drafts')).toContain('put the tab to sleep');
      await context.close();

      context = await launch();
      page = context.pages()[0] ?? (await context.newPage());
      await openStep(page, baseUrl, 'where-it-happened');
      expect(await page.inputValue('#where-it-happened')).toBe('Typed before the phone put the tab to sleep');
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('two tabs', () => {
  it('typing different answers in each: both survive, and each tab shows the other’s', async () => {
    const { first, second } = await twoTabs();
    await seed(first, baseUrl, { answers: completeFamily });
    await openStep(first, baseUrl, 'where-it-happened');
    await openStep(second, baseUrl, 'your-name');
    await first.fill('#where-it-happened', 'Changed in the first tab');
    await second.fill('#your-name', 'Changed in the second tab');
    await submit(first);
    await submit(second);
    await expect.poll(() => savedAnswer(first, 'your-name')).toBe('Changed in the second tab');
    expect(await savedAnswer(first, 'where-it-happened')).toBe('Changed in the first tab');
    await goToStep(second, 'where-it-happened');
    expect(await second.inputValue('#where-it-happened')).toBe('Changed in the first tab');
  });

  it('changing an answer the other tab has open: it follows, or asks if something was typed there', async () => {
    const { first, second } = await twoTabs();
    await seed(first, baseUrl, { answers: completeFamily });
    await openStep(first, baseUrl, 'where-it-happened');
    await openStep(second, baseUrl, 'where-it-happened');
    await second.fill('#where-it-happened', 'Typed in the second tab');
    await first.fill('#where-it-happened', 'Saved in the first tab');
    await submit(first);
    await second.waitForSelector('[data-note="changed-elsewhere"]');
    expect(await second.inputValue('#where-it-happened')).toBe('Typed in the second tab');
    await second.click('text=Use the answer from the other tab instead');
    expect(await second.inputValue('#where-it-happened')).toBe('Saved in the first tab');
  });

  for (const keep of ['theirs', 'mine'] as const) {
    it(`saving blind in both tabs pauses saving and asks; keeping ${keep === 'mine' ? 'this tab’s' : 'the other tab’s'} answer keeps exactly that`, async () => {
      const { first, second } = await twoTabs();
      await seed(first, baseUrl, { answers: completeFamily });
      await canBeDeafened(second);
      await openStep(first, baseUrl, 'where-it-happened');
      await openStep(second, baseUrl, 'where-it-happened');
      await deafen(second);
      await first.fill('#where-it-happened', 'From the first tab');
      await submit(first);
      // The first tab's save has reached the second (which did not hear of it): the second now saves blind.
      await expect.poll(() => savedAnswer(second, 'where-it-happened')).toBe('From the first tab');
      await second.fill('#where-it-happened', 'From the second tab');
      await submit(second);

      const panel = second.locator('[data-notice="conflict"]');
      await panel.waitFor();
      expect(await panel.locator('h2').innerText()).toBe('Saving is paused in this tab');
      expect(await panel.locator('[role=alert] p').innerText()).toBe(
        '1 answer was changed in another tab or window as well as here. Choose which one to keep. Until you do, nothing you change in this tab is saved.',
      );
      const mineLabel = panel.locator('label', { hasText: 'Keep the answer from this tab:' });
      const theirsLabel = panel.locator('label', { hasText: 'Keep the answer from the other tab:' });
      expect(await mineLabel.innerText()).toContain('From the second tab');
      expect(await theirsLabel.innerText()).toContain('From the first tab');
      expect(await savedAnswer(second, 'where-it-happened')).toBe('From the first tab');
      expect(describeViolations((await runAxe(second)).violations)).toEqual([]);

      await (keep === 'mine' ? mineLabel : theirsLabel).click();
      await panel.locator('button[type=submit]').click();
      await second.waitForSelector('[data-notice="conflict"]', { state: 'detached' });
      const expected = keep === 'mine' ? 'From the second tab' : 'From the first tab';
      await expect.poll(() => savedAnswer(second, 'where-it-happened')).toBe(expected);
      await goToStep(second, 'where-it-happened');
      expect(await second.inputValue('#where-it-happened')).toBe(expected);
    });
  }

  it('a "this tab only" tab ignores the device: another tab’s saves neither show up nor get deleted', async () => {
    const { first: tabOnly, second: other } = await twoTabs();
    await seed(tabOnly, baseUrl, { answers: { ...completeFamily, 'your-name': 'Person using this tab' } }, 'tab');
    await openStep(tabOnly, baseUrl, 'hub');
    await seed(other, baseUrl, { answers: { ...completeFamily, 'your-name': 'Someone else' } });
    await openStep(other, baseUrl, 'where-it-happened');
    await other.fill('#where-it-happened', 'Someone else’s answer');
    await submit(other);

    await goToStep(tabOnly, 'your-name');
    expect(await tabOnly.inputValue('#your-name')).toBe('Person using this tab');
    await tabOnly.fill('#your-name', 'Still the person using this tab');
    await submit(tabOnly);
    await expect.poll(() => savedAnswer(tabOnly, 'your-name', 'session')).toBe('Still the person using this tab');
    expect(await savedAnswer(other, 'your-name')).toBe('Someone else');
    expect(await savedAnswer(other, 'where-it-happened')).toBe('Someone else’s answer');
    expect(await tabOnly.locator('[data-notice]').count()).toBe(0);
  });
});

describe('storage that is full or blocked', () => {
  it('full: saving moves to this tab, says exactly what would lose the answers, and a reload keeps them', async () => {
    // Storage that fails is a tab of its own, so the file's page never has it.
    const { second: page } = await twoTabs();
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (this === window.localStorage && key !== 'fill' && window.localStorage.getItem('fill') === 'full')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'where-it-happened');
    await page.evaluate(() => localStorage.setItem('fill', 'full'));
    await page.fill('#where-it-happened', 'Written when the phone was full');
    await submit(page);
    const notice = page.locator('[data-notice="moved"]');
    expect(await notice.locator('p').innerText()).toBe(
      'There is no space left to save on this device. Your answers are now kept only while this tab is open: closing the tab will lose them.',
    );
    expect(await notice.locator('button').allInnerTexts()).toEqual([
      'See and print your answers',
      'Download your answers',
    ]);
    expect(await page.locator('[data-notice]').count()).toBe(1);
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), notice.locator('button >> nth=1').click()]);
    const file = await download.path();
    expect(readFileSync(file, 'utf8')).toContain('Written when the phone was full');

    await page.reload();
    await goToStep(page, 'where-it-happened');
    expect(await page.inputValue('#where-it-happened')).toBe('Written when the phone was full');
    // The device still holds what was saved before it filled up; nothing there was lost or changed.
    expect(await savedAnswer(page, 'where-it-happened')).toBe(SAVED_PLACE);
  });

  it('blocked: the save choice offers only this tab, says why, and the delete page says it could not check', async () => {
    const { second: page } = await twoTabs();
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      }),
    );
    await openStep(page, baseUrl);
    await page.check('#who-is-filling-in-carer');
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-position="save-choice"]');
    expect(await page.locator('input[name="save-mode"]').count()).toBe(1);
    expect(await page.locator('h1').innerText()).toContain('Your answers cannot be saved on this device');
    expect(await page.locator('label[for="save-mode"]').innerText()).toBe('Keep them only while this tab is open');
    expect(await page.locator('main').innerText()).toContain(
      'This browser is not letting us save answers on this device, so they can only be kept while you use the tool.',
    );
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-position="hub"]');
    // Saving runs just after the page changes: wait for it rather than reading at once.
    await expect.poll(() => stored(page, 'ltw:answers', 'session')).toContain('carer');
    await page.reload();
    await page.waitForSelector('main[data-position="hub"]');

    // With nothing found in this tab and the device out of reach, the delete page cannot say "nothing is saved".
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(baseUrl + '/en/delete/');
    await page.waitForSelector('[data-erase="unknown"]:not([hidden])');
    expect(await page.locator('[data-erase="unknown"]').innerText()).toContain('We could not look at what is saved');
    expect(await page.locator('[data-erase="nothing"]').isHidden()).toBe(true);
  });
});

describe('lazy parts that cannot load', () => {
  it('the agreement opened offline says so with "Try again", throws nothing, and works when back online', async () => {
    const page = await session.page();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/_astro/AgreementPage*.js', (route) => route.abort('internetdisconnected'));
    await seed(page, baseUrl, { answers: completeFamily, agreementMadeAt: new Date().toISOString() });
    await page.goto(`${baseUrl}${WIZARD}?step=agreement`);
    const alert = page.locator('main [role=alert]');
    await alert.waitFor();
    expect(await alert.locator('button').innerText()).toBe('Try again');
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    // Still offline: trying again says so again, and nothing is thrown.
    await alert.locator('button').click();
    await alert.locator('button').waitFor();
    await page.unroute('**/_astro/AgreementPage*.js');
    // The browser remembers the failed import, so this second try reloads the page (the answers are saved).
    await alert.locator('button').click();
    await page.waitForSelector('.ltw-agreement h1');
    expect(errors).toEqual([]);
  });
});

describe('when saved answers will be deleted', () => {
  it('the task list says the date; in the last 14 days it warns and offers to keep them and to print', async () => {
    const page = await session.page();
    await seed(page, baseUrl, { answers: completeFamily }, 'device', new Date(Date.now() - 170 * DAY));
    await openStep(page, baseUrl, 'hub');
    const warning = page.locator('[data-expiry]');
    expect(await warning.locator('h2').innerText()).toBe('Your saved answers will be deleted soon');
    expect(await warning.locator('p').innerText()).toMatch(
      /in 10 days, because they have not been used for a while\.$/,
    );
    expect(await warning.locator('a').innerText()).toBe('See and print your answers');
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    await warning.locator('button', { hasText: 'Keep my answers for another 180 days' }).click();
    await expect.poll(async () => Date.now() - Date.parse(JSON.parse(await stored(page)).savedAt)).toBeLessThan(60_000);
    expect(await page.locator('[data-expiry]').innerText()).toMatch(
      /^Your saved answers will be deleted from this device on/,
    );
  });

  it('a save dated in the far future counts from now', async () => {
    const page = await session.page();
    await seed(page, baseUrl, { answers: completeFamily }, 'device', new Date('2999-01-01T00:00:00Z'));
    await openStep(page, baseUrl, 'hub');
    const year = new Date(Date.now() + 180 * DAY).getFullYear();
    expect(await page.locator('[data-expiry]').innerText()).toContain(String(year));
    expect(await page.locator('[data-expiry]').innerText()).not.toContain('2999');
  });
});
