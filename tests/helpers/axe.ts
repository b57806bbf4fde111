import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol rather than added as a <script>: the site's Content Security
// Policy rightly refuses inline scripts, and the tests must run against the policy as served.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 to 2.2, levels A and AA, plus best practice. wcag22aa must be named or target-size never runs. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off, each with its reason. Keep this empty unless a rule is wrong for a documented reason.
 */
export const DISABLED_RULES: Record<string, string> = {};

/** Puts axe into the page once per document (the wizard changes pages without reloading). */
export async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}

/** Runs every rule in AXE_TAGS on the whole page, and hands back its violations (all any test reads). */
export async function runAxe(page: Page): Promise<Pick<AxeResults, 'violations'>> {
  await injectAxe(page);
  return page.evaluate(
    async ([tags, disabled]) => {
      // @ts-expect-error axe is injected into the page above
      const { violations } = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id: string) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
      return { violations };
    },
    [AXE_TAGS, Object.keys(DISABLED_RULES)] as const,
  );
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
