import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/session';
import { expectAccessible, expectNamedHeading } from '../helpers/step-checks';
import { INVESTIGATOR, seedCase } from '../helpers/investigator';
import { caseSetup } from '~/core/cases/setup-journey';
import { createEnvelope } from '~/core/store';
import { STAGES } from '~/core/journey/schema';
import { searchFor, type Route } from '~/team/route';
import { completeFamily } from '../fixtures/answers/complete-family';

/*
 * Every page of the investigation team's area in English, with axe at 1280px and at 320px: the case
 * list, a new case, each setup question (from the setup journey's schema) and its check page, and each
 * page of a case that has a family member's answers, a contact log and dates. Which pages there are
 * comes from the route type and the schema.
 */
const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 1280, height: 800 } });
const FAMILY_ID = 'family-sian';

/** Every route of the team's area for one case; the compiler makes the list of views whole. */
function routes(caseId: string): Route[] {
  const byView: { [V in Route['view']]: Extract<Route, { view: V }>[] } = {
    cases: [{ view: 'cases' }],
    new: [{ view: 'new' }],
    setup: [...caseSetup.steps.map((s) => s.id), `check-${caseSetup.id}`].map((step) => ({
      view: 'setup',
      caseId,
      step,
    })),
    case: [{ view: 'case', caseId }],
    stage: STAGES.map((_, index) => ({ view: 'stage', caseId, stage: index + 1 })),
    log: [{ view: 'log', caseId }],
    comments: [{ view: 'comments', caseId }],
    families: [{ view: 'families', caseId }],
    paper: [{ view: 'paper', caseId }],
    family: [{ view: 'family', caseId, familyId: FAMILY_ID }],
    agreement: [{ view: 'agreement', caseId, familyId: FAMILY_ID }],
  };
  return Object.values(byView).flat();
}

describe("every page of the team's area", () => {
  let page: Page;
  let caseId = '';
  const pageErrors: string[] = [];
  beforeAll(async () => {
    page = await session.page();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const now = new Date().toISOString();
    caseId = await seedCase(page, baseUrl, {
      families: [
        {
          id: FAMILY_ID,
          importedAt: now,
          fileCreatedAt: now,
          envelope: createEnvelope(
            { answers: completeFamily, skipped: [], stageMarks: {}, position: 'hub' },
            new Date(),
          ),
        },
      ],
      log: [{ id: 'log-first-call', date: now.slice(0, 10), method: 'phone', who: 'Sam', summary: 'No news yet.' }],
      touchpoints: { 'first-contact': now.slice(0, 10) },
    });
  });

  // The routes are known once the case exists; their names are known now (the id only fills them in).
  it.each(routes('case-id').map((route) => [searchFor(route).replace('case-id', '…'), route] as const))(
    '%s: one h1 naming the page, no axe violations at 1280 and 320px, reflows at 320px',
    async (_, route) => {
      const search = searchFor({ ...route, ...('caseId' in route ? { caseId } : {}) });
      await page.goto(`${baseUrl}${INVESTIGATOR}${search}`);
      // The island shows a loading line until it has read the case.
      await page.waitForSelector('astro-island:not([ssr]) main h1');
      await page.waitForSelector('main .ltw-loading', { state: 'detached' });
      expect(new URL(page.url()).search).toBe(search);
      await expectNamedHeading(page);
      await expectAccessible(page);
      expect(pageErrors).toEqual([]);
    },
  );

  it('an agreement version, once made', async () => {
    await page.click('button:has-text("Make version 1 of the agreement")');
    await page.waitForSelector('.ltw-version-list [aria-current="page"]');
    await expectNamedHeading(page);
    await expectAccessible(page);
    expect(pageErrors).toEqual([]);
  });
});
