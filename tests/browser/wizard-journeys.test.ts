import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { expectFocusOn, openStep, positionOf, seed, storedKeys, tabTo, WIZARD } from '../helpers/wizard';
import { STAGES, type Question, type QuestionType } from '~/core/journey/schema';
import { FAMILY } from '~/core/journey/family';
import { SAMPLES, type Samples } from '~/core/questions/samples';

const questionById = (id: string) => FAMILY.question(id);
import { completeFamily } from '../fixtures/answers/complete-family';

const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 375, height: 800 } });
const newPage = () => session.page();

/** Answers a question with the keyboard only: Tab to each input, then type or press Space (the type's own sample). */
async function answerWithKeyboard(page: Page, question: Question) {
  for (const step of (SAMPLES[question.type] as Samples<QuestionType>).enter(question)) {
    await tabTo(page, `#${'check' in step ? step.check : step.fill}`);
    if ('check' in step) await page.keyboard.press('Space');
    else await page.keyboard.type(step.text);
  }
}

/** Enter on Continue, then check the new page took focus on its h1 and named itself in the title. */
async function continueWithKeyboard(page: Page) {
  const before = await positionOf(page);
  await tabTo(page, 'main button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`main:not([data-position="${before}"])`);
  await expectFocusOn(page, 'main h1');
  const heading = (await page.locator('main h1').innerText()).trim();
  await expect.poll(() => page.title()).toContain(heading);
}

describe('a family member using only the keyboard (Tab, Space, Enter and typing)', () => {
  it('goes through all five stages, answering every question, to the page with all their answers', async () => {
    const page = await newPage();
    await openStep(page, baseUrl);
    await answerWithKeyboard(page, questionById('who-is-filling-in')!);
    await continueWithKeyboard(page);
    expect(await positionOf(page)).toBe('save-choice');
    await tabTo(page, 'input[name="save-mode"]');
    await page.keyboard.press('Space');
    await continueWithKeyboard(page);

    // Every screen with something to answer or choose, counted as the unit test counts them from the journey.
    const screens = ['who-is-filling-in', 'save-choice'];
    for (const [index, stage] of STAGES.entries()) {
      if ((await positionOf(page)) === 'answers') {
        await tabTo(page, 'main a[href$="?step=hub"]');
        await page.keyboard.press('Enter');
        await page.waitForSelector('main[data-position="hub"]');
      }
      if ((await positionOf(page)) === 'hub') {
        screens.push('hub');
        await tabTo(page, `.ltw-task-list__item:nth-child(${index + 1}) a`);
        await page.keyboard.press('Enter');
      }
      // Stage 2 follows stage 1 without a stop at the task list.
      await page.waitForSelector(`main[data-position="intro-${stage.id}"]`);
      await expectFocusOn(page, 'main h1');
      await continueWithKeyboard(page);
      let guard = 0;
      while (FAMILY.step((await positionOf(page))!) && guard++ < 40) {
        const question = questionById((await positionOf(page))!);
        if (question) {
          screens.push(question.id);
          await answerWithKeyboard(page, question);
        }
        await continueWithKeyboard(page);
      }
      expect(await positionOf(page)).toBe(`check-${stage.id}`);
      expect(await page.locator('.ltw-summary-list__row').count()).toBeGreaterThan(0);
      if (index === 1) {
        // As tests/unit/wizard/screen-count.test.ts: 27, and 4 more for communication needs with an interpreter.
        expect(screens.length, screens.join(', ')).toBeLessThanOrEqual(31);
        expect(new Set(screens).size).toBe(screens.length);
      }
      // "I've finished this section": after stage 2, straight to making the agreement.
      await continueWithKeyboard(page);
      expect(await positionOf(page)).toBe(index === 0 ? `intro-${STAGES[1]!.id}` : index === 1 ? 'answers' : 'hub');
      if (index > 1)
        await expect
          .poll(() => page.locator(`.ltw-task-list__item:nth-child(${index + 1}) .ltw-task-list__status`).innerText())
          .toBe('Completed');
    }
    await tabTo(page, 'main a[href$="?step=answers"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-position="answers"]');
    await expectFocusOn(page, 'main h1');
    expect(await page.locator('main').innerText()).toContain('Typed for your-name');
    expect(await page.locator('main').innerText()).toContain('Typed for feedback-comments');
  });
});

describe('leaving and coming back', () => {
  it('changes the address in the same moment as the page, so Back at once returns to the question before', async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'where-it-happened');
    // Record the address each time the page's position changes, before anything else can run.
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const seen: string[] = [];
      (window as { seen?: string[] }).seen = seen;
      new MutationObserver(() =>
        seen.push(`${main.dataset.position} ${new URLSearchParams(location.search).get('step')}`),
      ).observe(main, { attributes: true, attributeFilter: ['data-position'] });
    });
    await page.fill('#where-it-happened', 'Half typed');
    await page.click('.ltw-back-link');
    await page.waitForSelector('main:not([data-position="where-it-happened"])');
    const seen = await page.evaluate(() => (window as { seen?: string[] }).seen);
    expect(seen).toEqual(['when-it-happened when-it-happened']);
    await page.goBack();
    await page.waitForSelector('main[data-position="where-it-happened"]');
    expect(await page.inputValue('#where-it-happened')).toBe('Half typed');
  });

  it('reload stays on the step with answers intact; browser Back and the back link agree', async () => {
    const page = await newPage();
    await openStep(page, baseUrl);
    await page.check('#who-is-filling-in-family-member');
    await page.click('main button[type=submit]');
    await page.check('#save-mode');
    await page.click('main button[type=submit]');
    await page.click('.ltw-task-list__item:nth-child(1) a');
    await page.click('text=Start this stage');
    await page.fill('#your-name', 'Siân');
    await page.click('main button[type=submit]');
    await page.fill('#patient-name', 'Rhys');
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-position="relationship"]');
    expect(await page.locator('main h1').innerText()).toContain('Rhys');

    await page.reload();
    await page.waitForSelector('main[data-position="relationship"]');
    expect(new URL(page.url()).searchParams.get('step')).toBe('relationship');
    expect(await page.getAttribute('.ltw-back-link', 'href')).toBe(`${WIZARD}?step=patient-name`);

    await page.goBack();
    await page.waitForSelector('main[data-position="patient-name"]');
    expect(await page.inputValue('#patient-name')).toBe('Rhys');
    await page.click('.ltw-back-link');
    await page.waitForSelector('main[data-position="your-name"]');
    expect(await page.inputValue('#your-name')).toBe('Siân');
    // The back link is a real link, so browser Back after it returns to the page it was used on.
    await page.goBack();
    await page.waitForSelector('main[data-position="patient-name"]');
    expect(new URL(page.url()).searchParams.get('step')).toBe('patient-name');
  });

  it('a returning visitor sees their task list, "Welcome back" and when they last saved', async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: completeFamily, position: 'timeline' });
    await openStep(page, baseUrl);
    expect(await positionOf(page)).toBe('hub');
    expect(await page.locator('#welcome-back-title').innerText()).toBe('Welcome back');
    expect(await page.locator('[data-expiry]').innerText()).toMatch(
      /^Your saved answers will be deleted from this device on \d+ \w+ \d{4}, unless you use them again before then\.$/,
    );
    expect(await page.locator('.ltw-task-list__status').first().innerText()).toBe('In progress');
  });

  it('a link to a step that does not apply goes to the next step that does', async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: completeFamily });
    await openStep(page, baseUrl, 'patient-can-take-part');
    expect(await positionOf(page)).toBe('when-it-happened');
    expect(new URL(page.url()).searchParams.get('step')).toBe('when-it-happened');
    await openStep(page, baseUrl, 'not-a-step');
    expect(await positionOf(page)).toBe('hub');
  });

  it('"keep only in this tab" saves nothing on the device', async () => {
    const page = await newPage();
    await openStep(page, baseUrl);
    await page.check('#who-is-filling-in-carer');
    await page.click('main button[type=submit]');
    await page.check('#save-mode-tab');
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-position="hub"]');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('ltw:answers'))).toContain('carer');
  });
});

describe('deleting everything', () => {
  it('asks first, deletes every saved answer from both storage areas, and says nothing remains', async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: completeFamily });
    await page.evaluate(() => sessionStorage.setItem('ltw:answers', '{}'));
    await page.goto(baseUrl + '/en/delete/');
    await page.waitForSelector('[data-erase="has-data"]:not([hidden])');
    expect((await storedKeys(page)).length).toBeGreaterThan(0);
    await page.click('text=Yes, delete everything');
    await expectFocusOn(page, 'h1');
    expect(await page.locator('h1').innerText()).toBe('Everything has been deleted');
    expect(await storedKeys(page)).toEqual([]);
    await page.reload();
    await page.waitForSelector('[data-erase="nothing"]:not([hidden])');
    await openStep(page, baseUrl);
    expect(await positionOf(page)).toBe('who-is-filling-in');
  });

  it('clears an open wizard tab too, so it cannot save the answers back', async () => {
    const wizardTab = await session.page(1280);
    await seed(wizardTab, baseUrl, { answers: completeFamily });
    await openStep(wizardTab, baseUrl, 'hub');
    const deleteTab = await session.newTab(1280);
    await deleteTab.goto(baseUrl + '/en/delete/');
    await deleteTab.click('text=Yes, delete everything');
    await wizardTab.waitForSelector('[data-notice="erased-elsewhere"]');
    expect(await positionOf(wizardTab)).toBe('who-is-filling-in');
    expect(await storedKeys(wizardTab)).toEqual([]);
  });
});

describe('bad saved data', () => {
  it('corrupt saved data gets a kind message, a kept copy, and a fresh start', async () => {
    const page = await newPage();
    const broken = '{"app":"learn-together-wizard","schemaVersion":2,"savedAt":"2026-';
    await page.evaluate((text) => localStorage.setItem('ltw:answers', text), broken);
    await openStep(page, baseUrl);
    expect(await page.locator('[data-notice="corrupt"]').innerText()).toContain('kept a copy');
    expect(await positionOf(page)).toBe('who-is-filling-in');
    await page.check('#who-is-filling-in-carer');
    await page.click('main button[type=submit]');
    await page.check('#save-mode');
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-position="hub"]');
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('ltw:answers:unreadable')!));
    expect(kept.copies.map((c: { text: string }) => c.text)).toEqual([broken]);
  });

  it("answers older than the trust's limit are deleted, and the person is told", async () => {
    const page = await newPage();
    await seed(page, baseUrl, { answers: completeFamily }, 'device', new Date(Date.now() - 181 * 24 * 3600 * 1000));
    await openStep(page, baseUrl);
    expect(await page.locator('[data-notice="expired"]').innerText()).toContain('180 days');
    expect(await storedKeys(page)).toEqual([]);
  });
});

describe('when this browser will not save', () => {
  it('storage that is full: the wizard says so kindly and carries on in the tab', async () => {
    await session.page();
    // Full storage in a tab of its own, so the file's page never has it.
    const page = await session.newTab(1280);
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openStep(page, baseUrl);
    await page.check('#who-is-filling-in-carer');
    await page.click('main button[type=submit]');
    await page.check('#save-mode');
    await page.click('main button[type=submit]');
    await page.waitForSelector('[data-notice="moved"]');
    expect(await page.locator('[data-notice="moved"] p').innerText()).toBe(
      'We cannot save your answers in this browser. They are kept only while this page is open: reloading the page or closing the tab will lose them.',
    );
    await page.click('.ltw-task-list__item:nth-child(1) a');
    await page.click('text=Start this stage');
    await page.fill('#your-name', 'Sam');
    await page.click('main button[type=submit]');
    await page.waitForSelector('main:not([data-position="your-name"])');
    await page.goBack();
    await page.waitForSelector('main[data-position="your-name"]');
    expect(await page.inputValue('#your-name')).toBe('Sam');
  });
});

describe('without JavaScript', () => {
  it('the wizard page says it needs JavaScript and points to the guidance', async () => {
    const page = await session.freshPage({ javaScriptEnabled: false });
    await page.goto(baseUrl + WIZARD);
    const text = await page.locator('main').innerText();
    expect(text).toContain('This tool needs JavaScript');
    expect(text).not.toContain('Loading the step-by-step tool');
    expect(await page.locator('main a[href="/en/stages/"]').count()).toBe(1);
  });
});
