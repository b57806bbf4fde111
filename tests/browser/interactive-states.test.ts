import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { openStep, seed } from '../helpers/wizard';
import { injectAxe } from '../helpers/axe';
import { completeFamily } from '../fixtures/answers/complete-family';

/*
 * axe sees each page at rest. People also see controls hovered, focused and pressed: in each of those
 * states text must still meet 4.5:1 (WCAG 1.4.3), and the focus indicator 3:1 against what is around
 * it (1.4.11). Every control style of the site is put in each state in a real browser and measured.
 */
const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 1280, height: 900 } });

type Setup = (page: Page) => Promise<void>;
const at =
  (path: string): Setup =>
  async (page) => {
    await page.goto(baseUrl + path);
  };
const wizardAt =
  (step: string, answers = completeFamily): Setup =>
  async (page) => {
    await seed(page, baseUrl, { answers });
    await openStep(page, baseUrl, step);
  };
const withError: Setup = async (page) => {
  await wizardAt('when-it-happened')(page);
  await page.fill('#when-it-happened-month', '13');
  await page.click('main button[type=submit]');
  await page.waitForSelector('.ltw-error-summary a');
};

const CONTROLS: [name: string, setup: Setup, selector: string][] = [
  ['skip link', at('/en/'), '.ltw-skip-link'],
  ['service name in the header', at('/en/'), '.ltw-header__service'],
  ['header link', at('/en/'), '.ltw-header__link'],
  ['"Get help" header link', at('/en/'), '.ltw-header__item--help .ltw-header__link'],
  ['card link', at('/en/'), '.ltw-card__link'],
  ['start button', at('/en/'), '.ltw-button--start'],
  ['link in text', at('/en/stages/1-understanding-you/'), '.ltw-prose p a'],
  ['footer link', at('/en/'), '.ltw-footer__link'],
  ['back link', wizardAt('patient-name'), '.ltw-back-link'],
  ['primary button', wizardAt('patient-name'), 'main button[type=submit]'],
  ['secondary button', wizardAt('patient-name'), 'main .ltw-button--secondary'],
  ['text input', wizardAt('patient-name'), '#patient-name'],
  ['radio', wizardAt('relationship'), '#relationship'],
  ['checkbox', wizardAt('what-matters'), '#what-matters'],
  ['small warning button', wizardAt('family-questions'), '.ltw-button--warning'],
  ['task list link', wizardAt('hub'), '.ltw-task-list__link'],
  ['button made of a link', wizardAt('hub'), 'main a.ltw-button'],
  ['error summary link', withError, '.ltw-error-summary a'],
  [
    'delete button',
    async (page) => {
      await seed(page, baseUrl, { answers: completeFamily });
      await page.goto(baseUrl + '/en/delete/');
      await page.waitForSelector('[data-erase="has-data"]:not([hidden])');
    },
    '[data-erase="has-data"] button[type=submit]',
  ],
];

/** WCAG relative luminance contrast of two CSS colours, after resolving them in the page. */
async function contrastInPage(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement;
    const canvas = document.createElement('canvas').getContext('2d')!;
    const rgba = (css: string) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = '#000';
      canvas.fillStyle = css;
      canvas.fillRect(0, 0, 1, 1);
      return [...canvas.getImageData(0, 0, 1, 1).data];
    };
    const luminance = ([r, g, b]: number[]) => {
      const c = [r!, g!, b!].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    // What is behind the control: the nearest ancestor with a solid background.
    let node = el.parentElement;
    let behind = [255, 255, 255, 255];
    while (node) {
      const bg = rgba(getComputedStyle(node).backgroundColor);
      if (bg[3]! > 250) {
        behind = bg;
        break;
      }
      node = node.parentElement;
    }
    const style = getComputedStyle(el);
    const colours: { what: string; colour: number[] }[] = [];
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
      colours.push({ what: 'outline', colour: rgba(style.outlineColor) });
    for (const match of style.boxShadow.matchAll(/rgba?\([^)]+\)/g))
      colours.push({ what: 'box-shadow', colour: rgba(match[0]) });
    if (parseFloat(style.borderBottomWidth) > 0)
      colours.push({ what: 'border', colour: rgba(style.borderBottomColor) });
    const fill = rgba(style.backgroundColor);
    if (fill[3]! > 250) colours.push({ what: 'background', colour: fill });
    const visible = colours.filter((c) => c.colour[3]! > 250);
    return {
      best: Math.max(0, ...visible.map((c) => ratio(c.colour, behind))),
      parts: visible.map((c) => `${c.what} ${c.colour.slice(0, 3).join()}`),
    };
  }, selector);
}

async function setState(page: Page, selector: string, state: string) {
  const control = page.locator(selector).first();
  await control.scrollIntoViewIfNeeded();
  const box = (await control.boundingBox())!;
  if (state === 'hover') await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  if (state === 'focus') {
    // A key press first, so the browser treats the focus as keyboard focus (:focus-visible), as Tab does.
    await page.keyboard.press('Shift');
    await control.focus();
  }
  if (state === 'active') {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
  }
}

/** Only the contrast rule, only on the control: fast enough to run in every state of every control. */
async function contrastProblems(page: Page, selector: string): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (sel) => {
    // @ts-expect-error axe is injected above
    const results = await window.axe.run(document.querySelector(sel), {
      runOnly: ['color-contrast'],
      resultTypes: ['violations'],
    });
    return results.violations.flatMap((v: { nodes: { target: string[]; failureSummary: string }[] }) =>
      v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    );
  }, selector);
}

async function leaveState(page: Page, state: string) {
  // Let go away from the control, so a press does not become a click that leaves the page.
  await page.mouse.move(0, 0);
  if (state === 'active') await page.mouse.up();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

describe.each(CONTROLS)('the %s', (_name, setup, selector) => {
  let page: Page;
  beforeAll(async () => {
    page = await session.page();
    await setup(page);
  });

  // The skip link is only on screen while it has focus.
  const states = selector === '.ltw-skip-link' ? ['focus'] : ['rest', 'hover', 'focus', 'active'];
  it.each(states)('keeps its text readable when %s (WCAG 1.4.3), and shows focus at 3:1 (1.4.11)', async (state) => {
    await setState(page, selector, state);
    expect(await contrastProblems(page, selector)).toEqual([]);
    if (state === 'focus') {
      const { best, parts } = await contrastInPage(page, selector);
      expect(best, `focus indicator (${parts.join('; ')})`).toBeGreaterThanOrEqual(3);
    }
    await leaveState(page, state);
  });
});
