import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { TEST_ROUTES } from '../tools/serve.mjs';

const require = createRequire(import.meta.url);
/** axe from the test server: same origin, so the site's policy (script-src 'self') allows it as served. */
const AXE_PATH = `${TEST_ROUTES}axe.min.js`;
let axeSource: string | undefined;

/** WCAG 2.0 to 2.2, levels A and AA, plus best practice. wcag22aa must be named or target-size never runs. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off, each with its reason. Keep this empty unless a rule is wrong for a documented reason.
 */
export const DISABLED_RULES: Record<string, string> = {};

/**
 * Puts axe into the page once per document (the wizard changes pages without reloading). On the site's
 * origin (the test server's or nginx's, which both serve it) or a blank page it is a <script src> of that
 * origin, which Chromium caches compiled; anywhere else (another server's origin, whose policy would refuse
 * it) its source is evaluated instead.
 */
export async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  const baseUrl = inject('baseUrl');
  const site = [baseUrl, inject('nginxUrl')].find((origin) => page.url().startsWith(origin + '/'));
  if (site) await page.addScriptTag({ url: site + AXE_PATH });
  else if (page.url() === 'about:blank') await page.addScriptTag({ url: baseUrl + AXE_PATH });
  else await page.evaluate((axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')));
}

/** Runs every rule in AXE_TAGS on the whole page, and hands back its violations (all any test reads). */
export async function runAxe(page: Page): Promise<Pick<AxeResults, 'violations'>> {
  await injectAxe(page);
  return page.evaluate(
    async ([tags, disabled]) => {
      // Parts of a long page not laid out yet (content-visibility: auto, until scrolled to) have only their
      // placeholder size, so axe would measure their links where they are not (target-size saw the blank
      // agreement's support links under its footer, 1,480px below). Lay them out as scrolling does, then undo.
      const unlaid = [...document.querySelectorAll<HTMLElement>('*')].filter(
        (element) => getComputedStyle(element).contentVisibility === 'auto',
      );
      for (const element of unlaid) element.style.contentVisibility = 'visible';
      try {
        // @ts-expect-error axe is injected into the page above
        const { violations } = await window.axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          rules: Object.fromEntries(disabled.map((id: string) => [id, { enabled: false }])),
          resultTypes: ['violations'],
        });
        return { violations };
      } finally {
        for (const element of unlaid) element.style.removeProperty('content-visibility');
      }
    },
    [AXE_TAGS, Object.keys(DISABLED_RULES)] as const,
  );
}

/**
 * What axe finds that the site still has to fix, each with where and why it is listed. The checks expect
 * exactly these there, so a fix makes its check fail until the line here goes too (nothing hides for good).
 */
export const KNOWN_PROBLEMS: { path: RegExp; width: number; rule: string; why: string }[] = [];

/** Splits what axeAtWidths found on a page into the unexpected and the known problems that have gone. */
export function againstKnownProblems(path: string, found: string[]) {
  const known = KNOWN_PROBLEMS.filter((k) => k.path.test(path)).map((k) => `at ${k.width}px: ${k.rule} `);
  return {
    unexpected: found.filter((v) => !known.some((k) => v.startsWith(k))),
    fixed: known.filter((k) => !found.some((v) => v.startsWith(k))),
  };
}

/** A readable list of violations for a failing assertion. */
export function describeViolations(violations: Result[]): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
}

/** axe 4.14 no longer reports repeated ids (WCAG 4.1.1 was retired), but labels and error links still break. */
export async function repeatedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
  });
}

/** The widths every page and step is checked at: a phone's 320 CSS px (also 1280px at 400% zoom), and a desktop. */
export const AXE_WIDTHS = [1280, 320] as const;

/**
 * axe at each width, the page's current width first (one resize fewer), its height kept; the page is
 * left at the last width. Returns the violations described, each with the width it was found at.
 */
export async function axeAtWidths(page: Page, widths: readonly number[] = AXE_WIDTHS): Promise<string[]> {
  const { width: now, height } = page.viewportSize() ?? { width: 0, height: 800 };
  const found: string[] = [];
  for (const width of [...widths].sort((a, b) => Number(b === now) - Number(a === now))) {
    if (page.viewportSize()?.width !== width) await page.setViewportSize({ width, height });
    found.push(...describeViolations((await runAxe(page)).violations).map((v) => `at ${width}px: ${v}`));
  }
  return found;
}
