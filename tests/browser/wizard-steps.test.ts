import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { expectAccessible, expectErrorSummary, expectNamedHeading, typedValues } from '../helpers/step-checks';
import { goToStep, openStep, positionOf, seed } from '../helpers/wizard';
import { provokeError } from '../helpers/provoke-error';
import { questionsIn } from '~/core/journey/conditions';
import { applies } from '~/core/journey/journey';
import { FAMILY } from '~/core/journey/family';
import { encodePosition, everyPosition } from '~/core/journey/position';
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
 * Every step of the wizard in English, generated from the schema, in its empty, error and answered
 * states; answered, each is checked with axe at 1280px and at 320px. Each set of answers is loaded once;
 * the tests then move between steps the way the browser's Back button does, which is also what a person
 * does. The other languages are checked page type by page type (wizard-languages.test.ts).
 */
const baseUrl = inject('baseUrl');
const ERROR_PREFIX = WIZARD_RESOURCES.en.ui.errorPrefix;
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
  /** Where axe runs; every width is still checked for sideways scrolling. */
  axeWidths: number[];
}

const covered = { answered: new Set<string>(), empty: new Set<string>(), both: new Set<string>() };
function variant(
  name: string,
  answers: Answers,
  state: Variant['state'],
  pick: (q: Question) => boolean,
  { provokeErrors = false, recheck = false, axeWidths = [1280] } = {},
): Variant {
  const questions = ALL_QUESTIONS.filter(
    (q) =>
      q.id !== OPENING_QUESTIONS[0]!.id &&
      applies(FAMILY, q, answers) &&
      pick(q) &&
      (recheck || !covered[state].has(q.id)),
  );
  questions.forEach((q) => covered[state].add(q.id));
  if (axeWidths.length > 1) questions.forEach((q) => covered.both.add(q.id));
  return { name, answers, state, questions, provokeErrors, axeWidths };
}

const BOTH = { axeWidths: [1280, 320], provokeErrors: true };
const VARIANTS: Variant[] = [
  variant("a bereaved parent's complete answers", completeFamily, 'answered', () => true, BOTH),
  variant('complete answers on the other branches', completeFamilyOther, 'answered', () => true, BOTH),
  variant(
    'hostile answers (emoji, <script>, 20,000 characters, right-to-left text)',
    { ...completeFamily, ...hostile },
    'answered',
    (q) => q.id in hostile,
    { recheck: true },
  ),
  variant(
    'only the answers that switch questions on',
    only(completeFamily, (id) => CONDITION_QUESTIONS.has(id)),
    'empty',
    (q) => !CONDITION_QUESTIONS.has(q.id),
  ),
  variant(
    'only the answers that switch the other branches on',
    only(completeFamilyOther, (id) => CONDITION_QUESTIONS.has(id)),
    'empty',
    (q) => !CONDITION_QUESTIONS.has(q.id),
  ),
  variant('nothing answered yet', who, 'empty', () => true),
];

const session = browserSession({ viewport: { width: 1280, height: 800 } });

describe.each(VARIANTS.map((v) => [v.name, v] as const))(
  'wizard steps with %s',
  (_, { answers, state, questions, provokeErrors, axeWidths }) => {
    let page: Page;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      page = await session.page();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await seed(page, baseUrl, { answers });
      await openStep(page, baseUrl, 'hub');
    });

    it.each(questions.map((q) => [q.id, q] as const))(
      `%s (${state}): one h1 naming the page, no axe violations at ${axeWidths.join(' and ')}px, reflows at 320px`,
      async (id, question) => {
        await goToStep(page, id);
        await expectNamedHeading(page);
        if (
          state === 'answered' &&
          question.type !== 'multiChoice' &&
          question.type !== 'singleChoice' &&
          question.type !== 'yesNo'
        ) {
          expect(await typedValues(page)).not.toBe('');
        }
        await expectAccessible(page, axeWidths);
        if (provokeErrors && (await provokeError(page, question))) {
          await expectErrorSummary(page, ERROR_PREFIX);
          await expectAccessible(page, axeWidths);
        }
        expect(pageErrors).toEqual([]);
      },
    );
  },
);

describe('the opening question, the save choice, check answers and completion pages', () => {
  it('the opening question (optional, so Continue moves on) and the save choice with its error', async () => {
    const page = await session.page();
    await openStep(page, baseUrl);
    expect(await positionOf(page)).toBe(OPENING_QUESTIONS[0]!.id);
    await expectAccessible(page);
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-position="save-choice"]');
    await expectAccessible(page);
    await page.click('main button[type=submit]');
    await expectErrorSummary(page, ERROR_PREFIX);
    await expectAccessible(page);
  });

  // Every page that is not a question, from the page registry: each fixed page, each stage's, each notice.
  const others = everyPosition({ steps: ALL_NOTICES.map((n) => n.id), stages: STAGES.map((s) => s.id) }).map(
    encodePosition,
  );
  describe.each([
    ['complete answers', completeFamily as Answers, [1280, 320]],
    ['hostile answers', { ...completeFamily, ...hostile }, [1280]],
  ] as const)('with %s', (_, answers, axeWidths) => {
    let page: Page;
    beforeAll(async () => {
      page = await session.page();
      await seed(page, baseUrl, { answers });
      await openStep(page, baseUrl, 'hub');
    });
    // A notice shows only where it applies (the acknowledgement, where the patient has died).
    const positions = others.filter(
      (position) => !FAMILY.step(position) || applies(FAMILY, FAMILY.step(position)!, answers),
    );
    it.each(positions)(
      `%s: no axe violations at ${axeWidths.join(' and ')}px, and its error where it has one`,
      async (position) => {
        await goToStep(page, position);
        // Lazy pages show a loading line first: wait for the page itself.
        await page.waitForSelector('main h1');
        await expectNamedHeading(page);
        await expectAccessible(page, axeWidths);
      },
    );
  });
});

describe('coverage of the generated step tests', () => {
  it('checks every question in both its answered and its empty state, and every one answered at both widths', () => {
    const ids = ALL_QUESTIONS.filter((q) => q.id !== OPENING_QUESTIONS[0]!.id)
      .map((q) => q.id)
      .sort();
    expect([...covered.answered].sort()).toEqual(ids);
    expect([...covered.empty].sort()).toEqual(ids);
    expect([...covered.both].sort()).toEqual(ids);
  });
});
