import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { browserSession } from '../helpers/session';
import { DIST } from '../helpers/paths';
import { openStep, seed } from '../helpers/wizard';
import { completeFamily } from '../fixtures/answers/complete-family';
import { WIZARD_FIRST_LOAD_BUDGET_KB, pageCost } from '../tools/page-cost.mjs';

const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 375, height: 700 } });
const wizard = pageCost(DIST, join(DIST, 'en/wizard/index.html'));

describe("the wizard's first load", () => {
  it(`is at most ${WIZARD_FIRST_LOAD_BUDGET_KB} KB of gzipped JavaScript (sizes of the built files, not timings)`, () => {
    expect(wizard.jsFiles.length).toBeGreaterThan(1);
    expect(wizard.js.gzip / 1024).toBeLessThanOrEqual(WIZARD_FIRST_LOAD_BUDGET_KB);
  });

  it('carries neither i18next nor pdf-lib, fontkit or the pages that come later', () => {
    const code = wizard.jsFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(code).not.toMatch(/i18next|PDFDocument|fontkit|StructTreeRoot/);
    expect(code).not.toContain('ltw-agreement__signatures');
  });

  it.each([
    ['a fresh visit, at the first question', undefined],
    ['a returning visit, at the task list', 'hub'],
  ])('does not move the page while the wizard starts (%s): cumulative layout shift 0', async (_, step) => {
    // A context of its own: a first load means nothing in the browser's cache yet (fonts, chunks).
    const page = await session.freshPage();
    if (step) await seed(page, baseUrl, { answers: completeFamily });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.defineProperty(window, '__shifts', { value: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openStep(page, baseUrl, step);
    // Let any late layout (fonts, lazy chunks fetched when idle) settle before reading the shifts.
    await page.evaluate(
      () => new Promise((done) => requestIdleCallback(() => requestAnimationFrame(() => done(null)))),
    );
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
  });
});
