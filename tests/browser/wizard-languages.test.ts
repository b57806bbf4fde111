import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { expectAccessible, expectErrorSummary, expectNamedHeading } from '../helpers/step-checks';
import { goToStep, openStep, positionOf, seed } from '../helpers/wizard';
import { provokeError } from '../helpers/provoke-error';
import { applies } from '~/core/journey/journey';
import { FAMILY } from '~/core/journey/family';
import type { Page as PageType } from '~/core/journey/position';
import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES } from '~/i18n/locales';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';
import { ALL_QUESTIONS, STAGES, type Answers, type Question, type QuestionType } from '~/core/journey/schema';
import { SAMPLES, type Samples } from '~/core/questions/samples';
import { completeFamily, completeFamilyOther } from '../fixtures/answers/complete-family';

/*
 * Every language but English (Welsh, and the test-only accented and right-to-left pseudo-locales): one
 * full walk from the first question to the agreement, and on the way, with axe at 1280px and at 320px,
 * every page type, every question type (answered and with its error), every check page, the task list
 * and the agreement. English has every step (wizard-steps.test.ts). What "every" means comes from the
 * schema, the question types' samples and the position type, never from a list kept here.
 */
const baseUrl = inject('baseUrl');
const OTHER_LOCALES = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE);
const QUESTION_TYPES = Object.keys(SAMPLES) as QuestionType[];
// Each page type of the wizard: the compiler makes this list whole (a new kind of page fails `npm run check`).
const PAGE_TYPES = Object.keys({
  'save-choice': 1,
  'task-list': 1,
  'stage-intro': 1,
  step: 1,
  'stage-check': 1,
  'all-answers': 1,
  confirmation: 1,
  'ask-for-update': 1,
  agreement: 1,
  comments: 1,
  record: 1,
} satisfies Record<PageType, 1>);

const session = browserSession({ viewport: { width: 1280, height: 800 } });

describe.each(OTHER_LOCALES)('in %s', (locale) => {
  const errorPrefix = WIZARD_RESOURCES[locale].ui.errorPrefix;
  /** What has been checked with axe at both widths: page types, question types, check pages, error states. */
  const checked = new Set<string>();
  const pageErrors: string[] = [];
  let page: Page;

  /** The language's own page: lang and dir on the page, one h1 named in the title, axe at both widths. */
  async function check(...what: string[]) {
    await page.waitForSelector('main h1');
    expect(await page.getAttribute('html', 'lang')).toBe(LOCALES[locale].lang);
    expect(await page.getAttribute('html', 'dir')).toBe(LOCALES[locale].dir);
    await expectNamedHeading(page);
    await expectAccessible(page);
    what.forEach((w) => checked.add(w));
  }
  const kind = async () => FAMILY.decode(await positionOf(page))!.page;
  /** Continue, and wait for the next page (its parts may load first). */
  async function next() {
    const before = await positionOf(page);
    await page.click('main button[type=submit]');
    await page.waitForSelector(`main:not([data-position="${before}"]) h1`);
  }
  async function answer(question: Question) {
    for (const step of (SAMPLES[question.type] as Samples<QuestionType>).enter(question)) {
      if ('check' in step) await page.check(`#${step.check}`);
      else await page.fill(`#${step.fill}`, step.text);
    }
  }
  /** Checks this page if no page of its type (or question of its type) has been yet, then answers and moves on. */
  async function visit() {
    const position = (await positionOf(page))!;
    const question = FAMILY.question(position);
    const type = await kind();
    const news = [type, question?.type, type === 'stage-check' ? position : undefined].filter(
      (what): what is string => what !== undefined && !checked.has(what),
    );
    if (news.length) await check(...news);
    if (question) await answer(question);
    if (type === 'save-choice') await page.check('input[name="save-mode"]');
    await next();
  }

  beforeAll(async () => {
    page = await session.page();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  it('one full walk begins: the opening question and the save choice, in the language, lead to the task list', async () => {
    await openStep(page, baseUrl, undefined, locale);
    while ((await kind()) !== 'task-list') await visit();
    expect(pageErrors).toEqual([]);
  });

  /** Whether the page is one of this stage's: its introduction, a step in it, or its check page. */
  async function inStage(id: string) {
    const position = FAMILY.decode(await positionOf(page))!;
    if (position.page === 'step') return FAMILY.stageOf(position.step)?.id === id;
    return 'stage' in position && position.stage === id;
  }

  it.each(STAGES.map((stage, index) => [stage.id, index] as const))(
    'the walk goes through stage %s, from its introduction to its completion, and on',
    async (id, index) => {
      // Stage 2 follows stage 1 at once, and making the agreement follows stage 2: back to the task list from there.
      if ((await kind()) === 'all-answers') {
        await page.click('main a[href$="?step=hub"]');
        await page.waitForSelector('main[data-position="hub"] h1');
      }
      if ((await kind()) === 'task-list') {
        if (!checked.has('task-list')) await check('task-list');
        await page.click(`.ltw-task-list__item:nth-child(${index + 1}) a`);
      }
      await page.waitForSelector(`main[data-position="intro-${id}"] h1`);
      let guard = 0;
      while ((await inStage(id)) && guard++ < 40) await visit();
      expect([...checked]).toContain(`check-${id}`);
      expect(pageErrors).toEqual([]);
    },
  );

  it('the walk ends at all the answers, the confirmation and the agreement', async () => {
    await page.click('main a[href$="?step=answers"].ltw-button--secondary');
    await page.waitForSelector('main[data-position="answers"] h1');
    await check(await kind());
    await next();
    expect(await kind()).toBe('confirmation');
    await check('confirmation');
    await page.click('main a.ltw-button');
    await page.waitForSelector('main[data-position="agreement"] h1');
    await check('agreement');
    expect(pageErrors).toEqual([]);
  });

  describe('with complete answers', () => {
    let saved: Answers;
    /** Opens a step with answers in which it applies (seeding only when they change). */
    async function openWith(answers: Answers, step: string) {
      if (answers === saved) return goToStep(page, step);
      await seed(page, baseUrl, { answers });
      await openStep(page, baseUrl, step, locale);
      saved = answers;
    }
    beforeAll(async () => {
      page = await session.page();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await openWith(completeFamily, 'hub');
    });

    it.each(['comments', 'record', 'ask-for-update'])('%s', async (position) => {
      await goToStep(page, position);
      await check(await kind());
    });

    it.each(QUESTION_TYPES)(
      'a %s question, answered (if the walk did not meet one) and with its error',
      async (type) => {
        const fixtures = [completeFamily, completeFamilyOther] as Answers[];
        const question = ALL_QUESTIONS.find((q) => q.type === type && fixtures.some((a) => applies(FAMILY, q, a)))!;
        await openWith(
          fixtures.find((a) => applies(FAMILY, question, a))!,
          question.id,
        );
        if (!checked.has(type)) await check(type);
        if (await provokeError(page, question)) {
          await expectErrorSummary(page, errorPrefix);
          await check(`${type} error`);
        }
        expect(pageErrors).toEqual([]);
      },
    );
  });

  it('checked every page type, every question type and every check page at both widths', () => {
    expect(PAGE_TYPES.filter((type) => !checked.has(type))).toEqual([]);
    expect(QUESTION_TYPES.filter((type) => !checked.has(type))).toEqual([]);
    expect(STAGES.map((s) => `check-${s.id}`).filter((id) => !checked.has(id))).toEqual([]);
  });
});
