import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { sharedBrowser } from '../helpers/chromium';
import { describeViolations, repeatedIds, runAxe } from '../helpers/axe';
import { cspViolations, watchCsp } from '../helpers/csp';
import { expectFocusOn, goToStep, horizontalOverflow, openStep, positionOf, seed } from '../helpers/wizard';
import { provokeError } from '../helpers/provoke-error';
import { questionsIn } from '~/core/journey/conditions';
import { applies } from '~/core/journey/journey';
import { FAMILY } from '~/core/journey/family';
import { encodePosition, everyPosition } from '~/core/journey/position';
import { OFFERED_LOCALES } from '~/i18n/locales';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';
import {
  ALL_NOTICES,
  ALL_QUESTIONS,
  ALL_STEPS,
  OPENING_QUESTIONS,
  STAGES,
  type Answers,
  type Question,
} from '~/core/journey/schema';
import { completeFamily, completeFamilyOther } from '../fixtures/answers/complete-family';
import { hostile } from '../fixtures/answers/hostile';

/*
 * Every step of the wizard, generated from the schema, in its empty, error and answered states.
 * Each set of answers is loaded once; the tests then move between steps the way the browser's
 * Back button does, which is also what a person does.
 */
const baseUrl = inject('baseUrl');
const CONDITION_QUESTIONS = new Set(ALL_STEPS.flatMap((q) => (q.showIf ? questionsIn(q.showIf) : [])));
const only = (answers: Answers, keep: (id: string) => boolean): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => keep(id)));
const who: Answers = { 'who-is-filling-in': completeFamily['who-is-filling-in'] };

interface Variant {
  name: string;
  answers: Answers;
  state: 'answered' | 'empty';
  /** Which questions this variant checks: those that apply, minus ones an earlier variant covered. */
  questions: Question[];
  provokeErrors: boolean;
}

const covered = { answered: new Set<string>(), empty: new Set<string>() };
function variant(
  name: string,
  answers: Answers,
  state: Variant['state'],
  pick: (q: Question) => boolean,
  provokeErrors = false,
  recheck = false,
): Variant {
  const questions = ALL_QUESTIONS.filter(
    (q) =>
      q.id !== OPENING_QUESTIONS[0]!.id &&
      applies(FAMILY, q, answers) &&
      pick(q) &&
      (recheck || !covered[state].has(q.id)),
  );
  questions.forEach((q) => covered[state].add(q.id));
  return { name, answers, state, questions, provokeErrors };
}

const VARIANTS: Variant[] = [
  variant("a bereaved parent's complete answers", completeFamily as Answers, 'answered', () => true, true),
  variant('complete answers on the other branches', completeFamilyOther as Answers, 'answered', () => true, true),
  variant(
    'hostile answers (emoji, <script>, 20,000 characters, right-to-left text)',
    { ...completeFamily, ...hostile } as Answers,
    'answered',
    (q) => q.id in hostile,
    false,
    true,
  ),
  variant(
    'only the answers that switch questions on',
    only(completeFamily as Answers, (id) => CONDITION_QUESTIONS.has(id)),
    'empty',
    (q) => !CONDITION_QUESTIONS.has(q.id),
  ),
  variant(
    'only the answers that switch the other branches on',
    only(completeFamilyOther as Answers, (id) => CONDITION_QUESTIONS.has(id)),
    'empty',
    (q) => !CONDITION_QUESTIONS.has(q.id),
  ),
  variant('nothing answered yet', who, 'empty', () => true),
];

const browser = sharedBrowser();

/** No axe violations, no repeated ids, and nothing the page did broke its Content Security Policy. */
async function expectAccessible(page: Page) {
  expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
  expect(await repeatedIds(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
}

async function expectReflow(page: Page) {
  expect(await horizontalOverflow(page, 320)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const typedValues = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main input[type=text], main textarea')]
      .map((e) => (e as HTMLInputElement).value)
      .join('|'),
  );

// Every step in every language people can choose: the words change, so can what axe finds.
describe.each(OFFERED_LOCALES)('in %s', (locale) => {
  const errorTitle = new RegExp(`^${WIZARD_RESOURCES[locale].ui.errorPrefix} `);
  describe.each(VARIANTS.map((v) => [v.name, v] as const))(
    'wizard steps with %s',
    (_, { answers, state, questions, provokeErrors }) => {
      let context: BrowserContext;
      let page: Page;
      const pageErrors: string[] = [];

      beforeAll(async () => {
        context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
        await watchCsp(context);
        page = await context.newPage();
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await seed(page, baseUrl, { answers });
        await openStep(page, baseUrl, 'hub', locale);
      });
      afterAll(async () => {
        await context?.close();
      });

      it.each(questions.map((q) => [q.id, q] as const))(
        `%s (${state}): one h1 naming the page, no axe violations, reflows at 320px`,
        async (id, question) => {
          await goToStep(page, id);
          const heading = (await page.locator('main h1').innerText()).trim();
          expect(await page.locator('h1').count()).toBe(1);
          await expect.poll(() => page.title()).toContain(heading);
          if (
            state === 'answered' &&
            question.type !== 'multiChoice' &&
            question.type !== 'singleChoice' &&
            question.type !== 'yesNo'
          ) {
            expect(await typedValues(page)).not.toBe('');
          }
          await expectAccessible(page);
          await expectReflow(page);
          if (provokeErrors && (await provokeError(page, question))) {
            const typed = await typedValues(page);
            await page.click('main button[type=submit]');
            await expectFocusOn(page, '.ltw-error-summary');
            expect(await page.title()).toMatch(errorTitle);
            for (const href of await page
              .locator('.ltw-error-summary a')
              .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
              expect(await page.locator(href!).count(), `${href} exists`).toBe(1);
            }
            expect(await page.locator('.ltw-error-message').count()).toBeGreaterThan(0);
            expect(await typedValues(page)).toBe(typed);
            await expectAccessible(page);
            await expectReflow(page);
          }
          expect(pageErrors).toEqual([]);
        },
      );
    },
  );

  describe('the opening question, the save choice, check answers and completion pages', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
      await watchCsp(context);
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    it('the opening question (optional, so Continue moves on) and the save choice with its error', async () => {
      await openStep(page, baseUrl, undefined, locale);
      expect(await positionOf(page)).toBe(OPENING_QUESTIONS[0]!.id);
      await expectAccessible(page);
      await page.click('main button[type=submit]');
      await page.waitForSelector('main[data-position="save-choice"]');
      await expectAccessible(page);
      await page.click('main button[type=submit]');
      await expectFocusOn(page, '.ltw-error-summary');
      expect(await page.title()).toMatch(errorTitle);
      await expectAccessible(page);
      await expectReflow(page);
    });

    // Every page that is not a question, from the page registry: each fixed page, each stage's, each notice.
    const others = everyPosition({ steps: ALL_NOTICES.map((n) => n.id), stages: STAGES.map((s) => s.id) }).map(
      encodePosition,
    );
    it.each(others)('%s with complete and hostile answers, and its error where it has one', async (position) => {
      const step = FAMILY.step(position);
      // A notice shows only where it applies (the acknowledgement, where the patient has died).
      const fixtures = [completeFamily, { ...completeFamily, ...hostile }].filter(
        (a) => !step || applies(FAMILY, step, a),
      );
      expect(fixtures.length).toBeGreaterThan(0);
      for (const answers of fixtures) {
        await seed(page, baseUrl, { answers: answers as Answers });
        await openStep(page, baseUrl, position, locale);
        expect(await positionOf(page)).toBe(position);
        // Lazy pages show a loading line first: wait for the page itself.
        await page.waitForSelector('main h1');
        await expectAccessible(page);
        await expectReflow(page);
      }
      if (position.startsWith('complete-')) {
        await page.click('main button[type=submit]');
        await expectFocusOn(page, '.ltw-error-summary');
        expect(await page.title()).toMatch(errorTitle);
        await expectAccessible(page);
      }
    });
  });
});

describe('coverage of the generated step tests', () => {
  it('checks every question in both its answered and its empty state', () => {
    const ids = ALL_QUESTIONS.filter((q) => q.id !== OPENING_QUESTIONS[0]!.id)
      .map((q) => q.id)
      .sort();
    expect([...covered.answered].sort()).toEqual(ids);
    expect([...covered.empty].sort()).toEqual(ids);
  });
});
