import type { BrowserContext, Page } from 'playwright-core';
import { newCase, type CaseRecord } from '~/core/cases/record';
import { onBlankPage } from './wizard';

export const INVESTIGATOR = '/en/investigator/';
/** The name the tests work as: the team's area asks for it in each new tab before a case opens. */
export const WORKING_AS = 'Sam Patel';
const WORKING_AS_KEY = 'ltw:team-working-as';

/** Every new tab of a context starts with a name given (each tab is asked its own, as on a shared computer). */
export async function workAsInEveryTab(context: BrowserContext, name: string = WORKING_AS) {
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem(key!)) sessionStorage.setItem(key!, value!);
    },
    [WORKING_AS_KEY, name],
  );
}

/**
 * Gives this tab's name as if the investigator had typed it in (the tests of the question itself type it).
 * The team's area reads it when it starts: give it on a page of the site before opening the area.
 */
export async function workAs(page: Page, name: string = WORKING_AS) {
  await page.evaluate(([key, value]) => sessionStorage.setItem(key!, value!), [WORKING_AS_KEY, name]);
}

/** The case details the team types in the tests, as the family should then see them. */
export const TEAM = {
  reference: 'PSII-2026-0142',
  reviewType: 'Patient safety incident investigation',
  lead: {
    name: 'Dr Amara Okafor',
    role: 'Lead investigator',
    phone: '0161 496 0001',
    email: 'amara.okafor@nhs.example',
    hours: 'Monday to Thursday, 9am to 5pm',
  },
  engagement: {
    name: 'Sam Lewis',
    role: 'Family liaison officer',
    phone: '0161 496 0002',
    email: 'sam.lewis@nhs.example',
    hours: 'Weekdays, 8am to 4pm',
  },
  outOfHours: { name: 'Hospital switchboard', phone: '0161 496 0000', hours: 'Evenings and weekends' },
  scope: 'The care Rhys had on the ward on 3 and 4 March, and how the team noticed he was getting worse.',
  reviewDate: 'After our first meeting',
} as const;

const continueOn = (page: Page) => page.click('main button[type="submit"]:has-text("Continue")');
async function nextHeading(page: Page, text: string) {
  await page.waitForSelector(`h1:has-text("${text}")`);
}

/** Sets up a case from the team's area, one question per page, and makes the family link; returns the case id. */
export async function setUpCase(page: Page, baseUrl: string): Promise<string> {
  await onBlankPage(page, baseUrl);
  await workAs(page);
  await page.goto(new URL(INVESTIGATOR, baseUrl).href);
  await page.click('text=Set up a new case');
  await page.waitForSelector('legend:has-text("Where should this case be kept?")');
  await continueOn(page);
  await nextHeading(page, 'Which organisation');
  await continueOn(page);
  await nextHeading(page, 'What is the case reference?');
  await page.fill('#reference', TEAM.reference);
  await continueOn(page);
  await nextHeading(page, 'What kind of review');
  await page.fill('#review-type', TEAM.reviewType);
  await continueOn(page);
  await nextHeading(page, 'When did the incident happen?');
  await page.fill('#incident-date-month', '3');
  await page.fill('#incident-date-year', '2026');
  await page.check('#incident-date-approximate');
  await continueOn(page);
  for (const [heading, id, person] of [
    ['Who is the lead investigator?', 'lead-investigator', TEAM.lead],
    ["Who is the family's engagement lead?", 'engagement-lead', TEAM.engagement],
  ] as const) {
    await nextHeading(page, heading);
    for (const [field, value] of Object.entries(person)) await page.fill(`#${id}-${field}`, value);
    await continueOn(page);
  }
  await nextHeading(page, 'away');
  await page.click('button:has-text("Skip this for now")');
  await nextHeading(page, 'out of hours');
  for (const [field, value] of Object.entries(TEAM.outOfHours)) await page.fill(`#out-of-hours-${field}`, value);
  await continueOn(page);
  await nextHeading(page, 'What will the investigation look at?');
  await page.fill('#scope', TEAM.scope);
  await continueOn(page);
  await nextHeading(page, 'How long do you expect');
  await continueOn(page);
  await nextHeading(page, 'comment on the draft');
  await page.check('input[value="28"]');
  await continueOn(page);
  await nextHeading(page, 'look at the agreement together again');
  await page.fill('#review-date', TEAM.reviewDate);
  await continueOn(page);
  await nextHeading(page, 'Check the case details');
  await page.click('button:has-text("Make the family link")');
  await page.waitForSelector('#family-link');
  await page.waitForFunction(() =>
    (document.querySelector<HTMLInputElement>('#family-link')?.value ?? '').includes('#'),
  );
  return new URL(page.url()).searchParams.get('case') ?? '';
}

/** The setup answers `setUpCase` types in, for tests that start from a case already set up. */
export const TEAM_ANSWERS = {
  organisation: 'Example NHS Foundation Trust',
  reference: TEAM.reference,
  'review-type': TEAM.reviewType,
  'incident-date': { month: '3', year: '2026', approximate: true },
  'lead-investigator': { ...TEAM.lead },
  'engagement-lead': { ...TEAM.engagement },
  'out-of-hours': { ...TEAM.outOfHours },
  scope: TEAM.scope,
  'comment-days': { choice: '28' },
  'review-date': TEAM.reviewDate,
};

/**
 * Puts a set-up case straight into this tab's storage (as the setup pages save it) and opens it;
 * `extra` adds to it (family members, log entries, touchpoint dates).
 */
export async function seedCase(
  page: Page,
  baseUrl: string,
  extra: Partial<Pick<CaseRecord, 'families' | 'log' | 'touchpoints'>> = {},
): Promise<string> {
  const record = { ...newCase(new Date()), ...extra };
  record.setup = { answers: TEAM_ANSWERS, skipped: ['deputy', 'timescales'] };
  record.linkMadeAt = record.createdAt;
  const stored = { app: 'learn-together-wizard', kind: 'team-case', version: 1, savedAt: record.createdAt, record };
  await onBlankPage(page, baseUrl);
  await page.evaluate(
    ([key, value]) => sessionStorage.setItem(key!, value!),
    [`ltw:team-case:${record.id}`, JSON.stringify(stored)],
  );
  await workAs(page);
  await page.goto(new URL(`${INVESTIGATOR}?view=case&case=${record.id}`, baseUrl).href);
  await page.waitForFunction(() =>
    (document.querySelector<HTMLInputElement>('#family-link')?.value ?? '').includes('#'),
  );
  return record.id;
}

/** A browser without the File System Access API (Firefox, Safari): the case is downloaded and opened as a file. */
export const withoutDrive = (target: Pick<Page, 'addInitScript'>) =>
  target.addInitScript(() => {
    for (const name of ['showSaveFilePicker', 'showOpenFilePicker'])
      Object.defineProperty(window, name, { value: undefined, configurable: true });
  });
