import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { cspViolations } from '../helpers/csp';
import { readCalendar } from '../helpers/ics';
import { expectFocusOn, openStep, seed } from '../helpers/wizard';
import { seedCase } from '../helpers/investigator';
import { createEnvelope } from '~/core/store';
import { addMonth } from '~/core/schedule/days';

const baseUrl = inject('baseUrl');
const session = browserSession({
  viewport: { width: 375, height: 800 },
  permissions: ['clipboard-read', 'clipboard-write'],
});

/** A local day `days` from today, as the person's device counts days. */
function dayFrom(days: number) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const iso = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  const answer = { day: String(date.getDate()), month: String(date.getMonth() + 1), year: String(date.getFullYear()) };
  const words = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(date);
  return { iso, answer, words };
}

const lastUpdate = dayFrom(-30);
const commentsDue = dayFrom(40);
/** Siân, whose son Rhys died: she asked for an update every 2 weeks, and the last one came a month ago. */
const answers = {
  'who-is-filling-in': { choice: 'family-member' },
  'your-name': 'Siân Dŵr',
  'patient-name': 'Rhys',
  relationship: { choice: 'parent' },
  'patient-alive': { choice: 'no' },
  'update-frequency': { choice: 'fortnightly' },
  'updates-received': {
    entries: [{ date: lastUpdate.answer, note: 'Phone call from Sam, the family liaison officer.' }],
  },
  'comments-due': commentsDue.answer,
};

async function open(seeded: Record<string, unknown>, team?: object) {
  const page = await session.page();
  await seed(page, baseUrl, { answers: seeded });
  if (team) {
    await page.evaluate(
      (details) =>
        localStorage.setItem(
          'ltw:case',
          JSON.stringify({
            app: 'learn-together-wizard',
            kind: 'case-details',
            version: 1,
            savedAt: new Date().toISOString(),
            details,
          }),
        ),
      team,
    );
  }
  await openStep(page, baseUrl, 'hub');
  return page;
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await runAxe(page);
  expect(describeViolations(violations)).toEqual([]);
}

async function downloadCalendar(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const text = readFileSync(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), calendar: readCalendar(text) };
}

describe('the next update from the team, on the task list', () => {
  it('when it is overdue, says so gently and links to a page that says it is fine to ask, with words to use', async () => {
    const page = await open(answers);
    const panel = page.locator('[data-next-update="overdue"]');
    await panel.waitFor();
    const due = dayFrom(-16);
    expect(await panel.innerText()).toContain(
      `You asked to hear from the team every 2 weeks. Your last contact with them was on ${lastUpdate.words}, so your next update was due on ${due.words}.`,
    );
    await expectNoAxeViolations(page);

    await page.click("text=It's fine to ask the team for an update");
    await page.waitForSelector('main[data-position="ask-for-update"] h1');
    await expectFocusOn(page, 'main h1');
    expect(await page.locator('main h1').innerText()).toBe('Asking for an update');
    expect(await page.title()).toMatch(/^Asking for an update - /);
    const main = await page.locator('main').innerText();
    expect(main).toContain('You and the investigation team agreed you would hear from them every 2 weeks.');
    expect(main).toContain(`so your next update was due on ${due.words}`);
    // No team details saved from a link: the trust's own contacts.
    expect(main).toContain("You have not saved your investigation team's details on this device");
    const script = await page.locator('#update-script').innerText();
    expect(script).toContain('Hello, my name is');
    expect(script).toContain('Siân Dŵr');
    expect(script).toContain('the care of');
    expect(script).toContain(`the next one was due on ${due.words}`);
    expect(script).toContain(`The last contact I had was on ${lastUpdate.words}.`);
    await expectNoAxeViolations(page);

    await page.click('button:has-text("Copy these words")');
    await page.waitForSelector('.ltw-copy-status:has-text("Copied")');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Hello, my name is Siân Dŵr\. .*Thank you\.$/);
    expect(copied).not.toMatch(/[\u2066-\u2069]/);

    await page.click('.ltw-back-link');
    await page.waitForSelector('main[data-position="hub"]');
    expect(await cspViolations(page)).toEqual([]);
  });

  it('names the contact the team gave, when their details are saved', async () => {
    const page = await open(answers, {
      organisation: 'Glan y Môr NHS Trust',
      engagementLead: { name: 'Sam Evans', role: 'Family liaison officer', phone: '01632 960 001' },
      leadInvestigator: { name: 'Dr Priya Shah' },
    });
    await page.click("text=It's fine to ask the team for an update");
    await page.waitForSelector('[data-contact="engagementLead"]');
    const contact = await page.locator('[data-contact="engagementLead"]').innerText();
    expect(contact).toContain('Your main contact');
    expect(contact).toContain('Sam Evans');
    expect(contact).toContain('01632 960 001');
    expect(await page.locator('main').innerText()).not.toContain('Dr Priya Shah');
    await expectNoAxeViolations(page);
  });

  it('when it is still to come, gives the date, and each date agreed downloads as a calendar file that parses', async () => {
    const recent = dayFrom(-3);
    const page = await open({
      ...answers,
      'updates-received': { entries: [{ date: recent.answer, note: 'A call from Sam.' }] },
    });
    const panel = page.locator('[data-next-update="due"]');
    await panel.waitFor();
    const due = dayFrom(11);
    expect(await panel.locator('.ltw-next-update__date').innerText()).toBe(`Next update due on ${due.words}`);
    await expectNoAxeViolations(page);

    const update = await downloadCalendar(page, `[data-date="${due.iso}"] button`);
    expect(update.name).toBe(`next-update-from-the-team-${due.iso}.ics`);
    expect(update.calendar.events).toEqual([
      {
        uid: `next-update-${due.iso}@learn-together-wizard`,
        summary: 'Update due from the investigation team',
        description: null,
        start: due.iso,
        end: dayFrom(12).iso,
        allDay: true,
        alarms: 0,
        transp: 'TRANSPARENT',
      },
    ]);
    const comments = await downloadCalendar(page, `[data-date="${commentsDue.iso}"] button`);
    expect(comments.name).toBe(`your-comments-on-the-draft-report-are-due-${commentsDue.iso}.ics`);
    expect(comments.calendar.events).toMatchObject([
      { summary: 'Comments on the draft report due', start: commentsDue.iso, allDay: true, alarms: 0 },
    ]);
    // Nothing private in the file: no names, nothing from the notes.
    expect(JSON.stringify([update, comments])).not.toMatch(/Siân|Rhys|Sam/);
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe("the next update from the team's side, on the case", () => {
  it("names each family member's next update, soonest first, says plainly when one has passed, and offers calendar files", async () => {
    const page = await session.page();
    const imported = new Date().toISOString();
    const lastCall = dayFrom(-20);
    const meeting = dayFrom(45);
    const member = (id: string, memberAnswers: Record<string, unknown>) => ({
      id,
      importedAt: imported,
      fileCreatedAt: imported,
      envelope: createEnvelope({ answers: memberAnswers, skipped: [], stageMarks: {}, position: 'hub' }, new Date()),
    });
    // Owen's file came last and asks for a monthly update: Siân's fortnightly promise still shows, first.
    const owenDue = addMonth(lastCall.iso);
    const owenWords = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${owenDue}T00:00:00Z`),
    );
    const caseId = await seedCase(page, baseUrl, {
      families: [
        member('family-sian', answers),
        member('family-owen', { 'your-name': 'Owen Dŵr', 'update-frequency': { choice: 'monthly' } }),
      ],
      log: [{ id: 'log-first-call', date: lastCall.iso, method: 'phone', who: 'Sam', summary: 'No news yet.' }],
      touchpoints: { 'first-contact': dayFrom(-40).iso, 'findings-meeting': meeting.iso },
    });
    const section = page.locator('[data-next-update="overdue"]');
    await section.waitFor();
    expect(await section.locator('[data-member]').allInnerTexts()).toEqual([
      expect.stringContaining(`Siân Dŵr: the update was due on ${dayFrom(-6).words}`),
      expect.stringContaining(`Owen Dŵr: next update due on ${owenWords}`),
    ]);
    expect(await section.innerText()).toContain(`The last contact in the log was on ${lastCall.words}.`);
    expect(await section.locator('[data-date]').count()).toBe(2);
    await expectNoAxeViolations(page);

    const owenFile = await downloadCalendar(page, `[data-date="${owenDue}"] button`);
    expect(owenFile.name).toBe(`next-update-to-owen-dwr-${owenDue}.ics`);
    expect(owenFile.calendar.events).toEqual([
      expect.objectContaining({
        uid: `${caseId}-next-update-family-owen-${owenDue}@learn-together-wizard`,
        summary: 'Update due to the family (PSII-2026-0142)',
      }),
    ]);
    const file = await downloadCalendar(page, `[data-date="${meeting.iso}"] button`);
    expect(file.name).toBe(`meeting-to-talk-through-the-findings-${meeting.iso}.ics`);
    expect(file.calendar.events).toEqual([
      {
        uid: `${caseId}-findings-meeting@learn-together-wizard`,
        summary: expect.stringMatching(/ \(PSII-2026-0142\)$/),
        description: null,
        start: meeting.iso,
        end: dayFrom(46).iso,
        allDay: true,
        alarms: 0,
        transp: 'TRANSPARENT',
      },
    ]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
