import { beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { describeViolations, runAxe } from '../helpers/axe';
import { builtPages } from '../helpers/built-pages';
import { DIST, REPO_ROOT } from '../helpers/paths';
import { TRUST_VALUES, untranslatedText } from '../helpers/pseudo';
import { goToStep, openStep, seed } from '../helpers/wizard';
import { questionsIn } from '~/core/journey/conditions';
import { applies } from '~/core/journey/journey';
import { FAMILY } from '~/core/journey/family';
import { ALL_QUESTIONS, ALL_STEPS, STAGES, type Answers } from '~/core/journey/schema';
import { completeFamily, completeFamilyOther } from '../fixtures/answers/complete-family';

/*
 * The pseudo-locales are English made accented and 40% longer (xa), and the same right to left (xb).
 * A visible word that is not pseudo text was written into the code instead of the translations.
 */
const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 1280, height: 800 } });
const SHOTS = join(REPO_ROOT, 'tests/.output/rtl');

const CONDITION_QUESTIONS = new Set(ALL_STEPS.flatMap((q) => (q.showIf ? questionsIn(q.showIf) : [])));
/** Only the choices that switch questions on: what they show is option words, never typed text. */
const switches = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => CONDITION_QUESTIONS.has(id)));
// Dates are written by Intl, which knows no pseudo-locale and so writes them in English.
const TODAY = new Intl.DateTimeFormat('en-XA', { dateStyle: 'long' }).format(new Date());
const typed = (answers: Answers) =>
  Object.values(answers).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : []));

const FIXED_STEPS = [
  'hub',
  'answers',
  'agreement',
  'comments',
  'record',
  'ask-for-update',
  ...STAGES.flatMap((s) => [`intro-${s.id}`, `check-${s.id}`]),
];

async function waitForIslands(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

describe('the accented pseudo-locale (xa): no visible English on any page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await session.page();
  });

  const pages = builtPages(DIST).filter((path) => path.startsWith('/xa/'));
  it.each(pages)('%s', async (path) => {
    await page.goto(baseUrl + path);
    await waitForIslands(page);
    expect(await untranslatedText(page, TRUST_VALUES)).toEqual([]);
  });

  it('finds English when it is there (the check itself)', async () => {
    await page.goto(baseUrl + '/xa/');
    await page.evaluate(() => document.querySelector('.ltw-header__service')!.append(' Hard-coded words'));
    expect(await untranslatedText(page, TRUST_VALUES)).toEqual(['Hard-coded words']);
  });

  describe.each([
    ['the main branches', completeFamily as Answers],
    ['the other branches', completeFamilyOther as Answers],
  ])('every wizard step, on %s', (_, fixture) => {
    const answers = switches(fixture);
    const steps = ALL_QUESTIONS.filter((q) => applies(FAMILY, q, answers)).map((q) => q.id);
    beforeAll(async () => {
      await seed(page, baseUrl, { answers });
      await openStep(page, baseUrl, 'hub', 'xa');
    });
    it.each([...FIXED_STEPS, ...steps])('%s', async (step) => {
      await goToStep(page, step);
      expect(await untranslatedText(page, [...TRUST_VALUES, TODAY, ...typed(answers)])).toEqual([]);
    });
  });

  it('an error summary and its messages, "Error:" included', async () => {
    await page.evaluate(() => localStorage.clear());
    await openStep(page, baseUrl, undefined, 'xa');
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-position="save-choice"]');
    await page.click('main button[type=submit]');
    await page.waitForSelector('.ltw-error-summary');
    expect(await untranslatedText(page, TRUST_VALUES)).toEqual([]);
    expect(await page.title()).not.toMatch(/Error/);
  });
});

describe.each(['xa', 'xb'])('the %s pseudo-locale on a sample of steps', (locale) => {
  let page: Page;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    page = await session.page(375);
    await seed(page, baseUrl, { answers: completeFamily });
  });

  it.each(['hub', 'your-name', 'agreement'])(
    '%s: no axe violations, no sideways scrolling at 320px, and the layout follows the direction',
    async (step) => {
      await openStep(page, baseUrl, step, locale);
      expect(await page.getAttribute('html', 'dir')).toBe(locale === 'xb' ? 'rtl' : 'ltr');
      expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
      // The heading's words start at the reading edge: the right for right to left.
      const { left, right, width } = await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('main h1')!);
        const box = range.getClientRects()[0]!;
        return { left: box.left, right: box.right, width: document.documentElement.clientWidth };
      });
      const startGap = locale === 'xb' ? width - right : left;
      const endGap = locale === 'xb' ? left : width - right;
      expect(startGap).toBeLessThan(40);
      expect(startGap).toBeLessThanOrEqual(endGap);
      for (const viewport of [375, 1280]) {
        await page.setViewportSize({ width: viewport, height: 800 });
        await page.screenshot({ path: join(SHOTS, `${locale}-${step}-${viewport}.png`), fullPage: true });
      }
      await page.setViewportSize({ width: 320, height: 700 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 375, height: 800 });
    },
  );
});
