/*
 * A corpus of hostile and faulty cases, met in a real browser: saved data, the address, what is typed,
 * two tabs, storage that fails, and parts that cannot load. Each case says what the person must see;
 * every case checks that the page passes axe, throws nothing, and lost no answer saved before it
 * (unless the promise was to delete it).
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe';
import { browserSession, type Session } from '../helpers/session';
import { completeFamily } from '../fixtures/answers/complete-family';
import { goToStep, onBlankPage, WIZARD } from '../helpers/wizard';
import { canBeDeafened, deafen } from '../helpers/deaf-tabs';
import { SCHEMA_VERSION } from '~/core/journey/schema';
import { encodeCaseLink, type CaseDetails } from '~/core/formats';
import { answersFile, caseFile, commentsFile, replyFile, sentComments } from '../helpers/app-files';

const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 375, height: 800 } });
const DAY = 24 * 3600 * 1000;

type Group = 'saved data' | 'address' | 'typing' | 'two tabs' | 'storage' | 'offline' | 'files';
interface HostileCase {
  group: Group;
  name: string;
  /** Text under ltw:answers on the device before the wizard opens. */
  saved?: string;
  /** Other keys on the device (localStorage) before it opens. */
  extra?: Record<string, string>;
  /** Runs in the case's page before the site's own scripts (storage that fails, and so on). */
  init?: () => void;
  /** The address after /en/wizard/. */
  query?: string;
  /** What the person does; `session` opens the case's second tab. */
  act?: (page: Page, session: Session) => Promise<void>;
  /** What the person must see in the page. */
  sees: (string | RegExp)[];
  /** And must not see. */
  notSees?: (string | RegExp)[];
  /** 'deleted': the promise was to delete the answers (expiry). Otherwise nothing saved before is lost. */
  outcome?: 'kept' | 'deleted';
}

const envelope = (over: Record<string, unknown> = {}, answers: Record<string, unknown> = completeFamily) =>
  JSON.stringify({
    app: 'learn-together-wizard',
    schemaVersion: SCHEMA_VERSION,
    savedAt: new Date().toISOString(),
    answers,
    skipped: [],
    stageMarks: {},
    position: 'hub',
    ...over,
  });
const withAnswers = (answers: Record<string, unknown>) => envelope({}, { ...completeFamily, ...answers });
const GOOD = envelope();

const blockLocal = () =>
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
const blockBoth = () => {
  for (const name of ['localStorage', 'sessionStorage'])
    Object.defineProperty(window, name, {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
};
const fullWhenFlagged = () => {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    if (this === window.localStorage && key !== 'fill' && window.localStorage.getItem('fill') === 'full')
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem.call(this, key, value);
  };
};
const alwaysFull = () => {
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
};
const oddErrorOnWrite = () => {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    if (this === window.localStorage && window.localStorage.getItem('fill') === 'odd') throw new TypeError('odd');
    setItem.call(this, key, value);
  };
};

const mainText = (page: Page) => page.locator('body').innerText();
const submit = async (page: Page) => {
  const before = await page.locator('main').getAttribute('data-position');
  await page.click('main form button[type=submit]');
  // The next page may load its parts first ("Loading this page"): it is there once its heading is.
  await page.waitForSelector(`main:not([data-position="${before}"]) h1`);
};
const open = async (page: Page, query = '') => {
  await page.goto(`${baseUrl}${WIZARD}${query}`);
  await page.waitForSelector('astro-island:not([ssr]) main[data-position] :is(h1, [role=alert])');
};
const typeAt = async (page: Page, step: string, selector: string, text: string) => {
  await open(page, `?step=${step}`);
  await page.waitForSelector(selector);
  await page.fill(selector, text);
};

const savedAnswer = async (page: Page, id: string) =>
  (
    JSON.parse((await page.evaluate(() => localStorage.getItem('ltw:answers'))) ?? '{"answers":{}}') as {
      answers: Record<string, unknown>;
    }
  ).answers[id];

/** The saved answer, not a draft, is in the field. */
const savedAnswerShown = async (page: Page) => {
  await open(page, '?step=where-it-happened');
  expect(await page.inputValue('#where-it-happened')).toBe(completeFamily['where-it-happened']);
};
const LONG_LIST = { items: Array.from({ length: 10_000 }, (_, i) => `Question ${i}`) };

/** The team's details the family saved from an earlier link (ltw:case), which a bad link must leave alone. */
const SAVED_TEAM = JSON.stringify({
  app: 'learn-together-wizard',
  kind: 'case-details',
  version: 1,
  savedAt: new Date().toISOString(),
  details: { organisation: 'Northshire NHS Foundation Trust', reference: 'PSII-2025-0007' },
});
const LINK_DETAILS: CaseDetails = {
  organisation: 'Southshire NHS Foundation Trust',
  reference: 'PSII-2026-0999',
  engagementLead: { name: 'Sam Lewis', phone: '0161 496 0002' },
};
/** Opens the family link page at `#fragment` (the fragment as the address bar would carry it), then checks ltw:case. */
const openFamilyLink = (fragment: (link: string) => string, details: CaseDetails = LINK_DETAILS) =>
  async function (page: Page) {
    const link = await encodeCaseLink(details);
    if (!link.ok) throw new Error(link.error);
    await page.goto(`${baseUrl}/en/from-your-team/#${fragment(link.fragment)}`);
    await page.waitForSelector('[data-view]:not([data-view="loading"]) h1');
    expect(await page.evaluate(() => localStorage.getItem('ltw:case')), 'the saved team details were changed').toBe(
      SAVED_TEAM,
    );
  };
/** The link with one character changed, as when it is typed from paper or read wrongly. */
const oneChanged = (link: string) => {
  const at = Math.floor(link.length / 2);
  return `${link.slice(0, at)}${link[at] === 'x' ? 'y' : 'x'}${link.slice(at + 1)}`;
};
const LONG_LOG = {
  entries: Array.from({ length: 10_000 }, (_, i) => ({
    date: { day: '1', month: '2', year: '2026' },
    note: `Entry ${i}`,
  })),
};
const NOT_KEPT = 'A copy of everything that was saved has been kept on this device';
/** A copy of unreadable answers kept on an earlier visit (three days ago), as the store keeps it. */
const KEPT_EARLIER = {
  'ltw:answers:unreadable': JSON.stringify({
    app: 'learn-together-wizard',
    copies: [{ keptAt: new Date(Date.now() - 3 * DAY).toISOString(), text: 'answers from an earlier visit' }],
  }),
};
const KEPT_OFFER = 'A copy of saved answers that could not be read is still kept on this device, from';
const keptOnDevice = (page: Page) => page.evaluate(() => localStorage.getItem('ltw:answers:unreadable'));
/** Opens a step, chooses a file in the form of the file box `#id` and checks it; waits for what the check says. */
const chooseFile = async (page: Page, step: string, id: string, file: string) => {
  await open(page, `?step=${step}`);
  await page.waitForSelector(`#${id}`);
  await page.setInputFiles(`#${id}`, file);
  await page.click(`form:has(#${id}) button[type=submit]`);
  await page.waitForSelector(`[data-file-preview], #${id}-error`);
};
const COULD_NOT_READ = 'We could not read this answer. Please answer again.';
const ASK_AGAIN = 'We could not use the answer saved for this question. Please answer it again.';

const CASES: HostileCase[] = [
  // Saved data
  {
    group: 'saved data',
    name: 'cut-off JSON',
    saved: `{"app":"learn-together-wizard","schemaVersion":${SCHEMA_VERSION},"savedAt":"2026-`,
    sees: ['We could not read the answers saved on this device. We have kept a copy'],
  },
  {
    group: 'saved data',
    name: 'an array',
    saved: '[1,2,3]',
    sees: ['We could not read the answers saved on this device'],
  },
  {
    group: 'saved data',
    name: 'the word null',
    saved: 'null',
    sees: ['We could not read the answers saved on this device'],
  },
  {
    group: 'saved data',
    name: 'plain text',
    saved: 'my answers',
    sees: ['We could not read the answers saved on this device'],
  },
  {
    group: 'saved data',
    name: 'binary junk',
    saved: '\u0000\u0001\uFFFF\uD800',
    sees: ['We could not read the answers saved on this device'],
  },
  {
    group: 'saved data',
    name: 'another app’s data',
    saved: JSON.stringify({ app: 'other-app', data: 1 }),
    sees: ['Something else saved data here', 'left it exactly as it was'],
  },
  {
    group: 'saved data',
    name: 'a newer version',
    saved: envelope({ schemaVersion: 99 }),
    sees: ['saved by a newer version of this tool', 'left them exactly as they were'],
  },
  {
    group: 'saved data',
    name: 'schema version as text',
    saved: envelope({ schemaVersion: String(SCHEMA_VERSION) }),
    sees: ['Some saved information could not be read. We have kept a copy'],
  },
  {
    group: 'saved data',
    name: 'schema version 0',
    saved: envelope({ schemaVersion: 0 }),
    sees: ['Some saved information could not be read'],
  },
  {
    group: 'saved data',
    name: 'no saved time',
    saved: envelope({ savedAt: undefined }),
    sees: ['Some saved information could not be read'],
  },
  {
    group: 'saved data',
    name: 'saved time in words',
    saved: envelope({ savedAt: 'yesterday' }),
    sees: ['Some saved information could not be read'],
  },
  {
    group: 'saved data',
    name: 'saved in the year 2999',
    saved: envelope({ savedAt: '2999-01-01T00:00:00.000Z' }),
    sees: ['Welcome back', 'will be deleted from this device on'],
    notSees: ['2999'],
  },
  {
    group: 'saved data',
    name: 'older than the trust’s limit',
    saved: envelope({ savedAt: new Date(Date.now() - 181 * DAY).toISOString() }),
    sees: ['more than 180 days ago have been deleted, as we said they would be'],
    outcome: 'deleted',
  },
  {
    group: 'saved data',
    name: 'ten days before deletion',
    saved: envelope({ savedAt: new Date(Date.now() - 170 * DAY).toISOString() }),
    sees: ['Your saved answers will be deleted soon', 'Keep my answers for another 180 days'],
  },
  {
    group: 'saved data',
    name: 'answers saved as a string',
    saved: envelope({}, 'all my answers' as never),
    sees: ['1 saved answer could not be read', NOT_KEPT],
  },
  {
    group: 'saved data',
    name: 'a name saved as a number',
    saved: withAnswers({ 'patient-name': 42 }),
    sees: ['1 saved answer could not be read', NOT_KEPT],
  },
  {
    group: 'saved data',
    name: 'a question that does not exist',
    saved: withAnswers({ 'no-such-question': 'words' }),
    sees: ['1 saved answer could not be read'],
  },
  {
    group: 'saved data',
    name: 'a list saved as text',
    saved: withAnswers({ 'family-questions': 'why?' }),
    sees: ['1 saved answer could not be read'],
  },
  {
    group: 'saved data',
    name: 'three unreadable answers',
    saved: withAnswers({ 'family-questions': 1, timeline: 'x', 'patient-name': [] }),
    sees: ['3 saved answers could not be read'],
  },
  {
    group: 'saved data',
    name: 'a list of 10,000 questions',
    saved: withAnswers({ 'family-questions': LONG_LIST }),
    query: '?step=check-giving-and-getting-information',
    sees: ['saved answer was longer than this tool allows', 'Question 29'],
    notSees: ['Question 30'],
  },
  {
    group: 'saved data',
    name: 'a log of 10,000 entries',
    saved: withAnswers({ timeline: LONG_LOG }),
    query: '?step=check-giving-and-getting-information',
    sees: ['longer than this tool allows', 'Entry 49'],
    notSees: ['Entry 50'],
  },
  {
    group: 'saved data',
    name: 'a 30,000-character answer',
    saved: withAnswers({ 'what-happened': 'x'.repeat(30_000) }),
    sees: ['1 saved answer was longer than this tool allows'],
  },
  {
    group: 'saved data',
    name: 'a choice that is not one of the options, on check answers',
    saved: withAnswers({ relationship: { choice: 'second-cousin' } }),
    query: '?step=check-understanding-you',
    sees: ['1 saved answer could not be read', COULD_NOT_READ],
    notSees: ['second-cousin'],
  },
  {
    group: 'saved data',
    name: '31 February, on its question page',
    saved: withAnswers({ 'when-it-happened': { day: '31', month: '2', year: '2026' } }),
    act: async (page) => {
      await open(page, '?step=when-it-happened');
      expect(await page.inputValue('#when-it-happened-day')).toBe('');
      expect(await page.inputValue('#when-it-happened-month')).toBe('');
    },
    sees: [ASK_AGAIN],
    notSees: ['31 February'],
  },
  {
    group: 'saved data',
    name: '31 February on the agreement',
    saved: envelope(
      { agreementMadeAt: new Date().toISOString() },
      { ...completeFamily, 'when-it-happened': { day: '31', month: '2', year: '2026' } },
    ),
    act: async (page) => {
      await open(page, '?step=agreement');
      await page.waitForSelector('main >> text=How we will work together');
    },
    sees: ['How we will work together'],
    notSees: ['31 February'],
  },
  {
    group: 'saved data',
    name: 'a value that could not be used, on a later visit (its copy still kept)',
    saved: withAnswers({ 'when-it-happened': { day: '31', month: '2', year: '2026' } }),
    act: async (page) => {
      await open(page, '?step=hub');
      // Anything changed saves the answers again, without the value that could not be used.
      await typeAt(page, 'where-it-happened', '#where-it-happened', 'Saved after');
      await submit(page);
      await expect.poll(() => savedAnswer(page, 'when-it-happened')).toBeUndefined();
      await open(page, '?step=check-understanding-you');
    },
    sees: [COULD_NOT_READ],
  },
  {
    group: 'saved data',
    name: 'a copy kept on an earlier visit, offered on the task list',
    saved: GOOD,
    extra: KEPT_EARLIER,
    sees: [KEPT_OFFER, 'Download the copy', 'Delete only this copy'],
  },
  {
    group: 'saved data',
    name: 'a copy kept earlier and deleted from the task list does not come back',
    saved: GOOD,
    extra: KEPT_EARLIER,
    act: async (page) => {
      await open(page);
      await page.click('text=Delete only this copy');
      await page.waitForSelector('[data-notice="kept-copy"] >> text=has been deleted');
      expect(await keptOnDevice(page)).toBeNull();
      await open(page);
    },
    sees: ['Welcome back'],
    notSees: [KEPT_OFFER],
  },
  {
    group: 'saved data',
    name: 'a copy kept earlier and downloaded is no longer offered',
    saved: GOOD,
    extra: KEPT_EARLIER,
    act: async (page) => {
      await open(page);
      const download = page.waitForEvent('download');
      await page.click('text=Download the copy');
      expect((await download).suggestedFilename()).toMatch(/\.json$/);
      await page.waitForSelector('[data-notice="kept-copy"]', { state: 'detached' });
      await open(page);
      // Downloaded is not deleted: the copy stays until the person deletes it.
      expect(await keptOnDevice(page)).toContain('answers from an earlier visit');
    },
    sees: ['Welcome back'],
    notSees: [KEPT_OFFER],
  },
  {
    group: 'saved data',
    name: '<script> in a name',
    saved: withAnswers({ 'patient-name': '<script>window.alerted=1</script>' }),
    query: '?step=relationship',
    sees: ['<script>window.alerted=1</script>'],
  },
  {
    group: 'saved data',
    name: 'an emoji family name',
    saved: withAnswers({ 'patient-name': 'Rhys 👨‍👩‍👧' }),
    query: '?step=relationship',
    sees: ['Rhys 👨‍👩‍👧'],
  },
  {
    group: 'saved data',
    name: 'an unclosed right-to-left override in a name',
    saved: withAnswers({ 'patient-name': '\u202Eevil' }),
    query: '?step=relationship',
    sees: [/\u2068\u202Eevil\u2069/],
  },
  {
    group: 'saved data',
    name: 'a name of zero-width characters only',
    saved: withAnswers({ 'patient-name': '\u200B\u200D\u2060' }),
    query: '?step=relationship',
    sees: ['the person'],
  },
  {
    group: 'saved data',
    name: 'a __proto__ key among the answers',
    saved: envelope({}, JSON.parse('{"__proto__":{"polluted":1},"your-name":"Siân Dŵr"}')),
    sees: ['1 saved answer could not be read'],
  },
  {
    group: 'saved data',
    name: 'unknown skipped questions',
    saved: envelope({ skipped: ['nope', 42, null] }),
    sees: ['Welcome back'],
  },
  {
    group: 'saved data',
    name: 'nonsense stage marks',
    saved: envelope({ stageMarks: { nope: 'completed', 'understanding-you': 'maybe' } }),
    sees: ['Welcome back'],
  },
  {
    group: 'saved data',
    name: 'a place that does not exist',
    saved: envelope({ position: 'not-a-step' }),
    sees: ['Welcome back'],
  },
  {
    group: 'saved data',
    name: 'a 10,000-character place',
    saved: envelope({ position: 'x'.repeat(10_000) }),
    sees: ['Welcome back'],
  },
  {
    group: 'saved data',
    name: 'garbage change times',
    saved: envelope({ changedAt: { 'your-name': 'soon', nope: 1 }, basedOn: 7 }),
    sees: ['Welcome back'],
  },
  {
    group: 'saved data',
    name: 'team copy choice as text',
    saved: envelope({ privateOnTeamCopy: 'yes', agreementMadeAt: 'soon' }),
    sees: ['Welcome back'],
  },
  {
    group: 'saved data',
    name: 'an older version’s save',
    saved: envelope({
      schemaVersion: 1,
      answers: { ...completeFamily, 'patient-alive': { choice: 'prefer-not-to-say' } },
    }),
    sees: ['Welcome back'],
  },
  {
    group: 'saved data',
    name: 'a kept-copy key holding junk',
    saved: GOOD,
    extra: { 'ltw:answers:unreadable': '{nope' },
    sees: ['Welcome back'],
  },
  {
    group: 'saved data',
    name: 'drafts key holding junk',
    saved: GOOD,
    extra: { 'ltw:drafts': '[[[' },
    act: savedAnswerShown,
    sees: ['Where did it happen?'],
    notSees: ['This is what you typed'],
  },
  {
    group: 'saved data',
    name: 'a draft of the wrong shape',
    saved: GOOD,
    extra: {
      'ltw:drafts': JSON.stringify({
        app: 'learn-together-wizard',
        drafts: { 'where-it-happened': { value: { nope: 1 }, at: new Date().toISOString() } },
      }),
    },
    act: savedAnswerShown,
    sees: ['Where did it happen?'],
    notSees: ['This is what you typed'],
  },
  {
    group: 'saved data',
    name: 'another site’s 2 MB of data',
    saved: GOOD,
    extra: { 'other-app:cache': 'x'.repeat(2_000_000) },
    sees: ['Welcome back'],
  },

  {
    group: 'saved data',
    name: '“only in this tab” with an unreadable original on the device',
    saved: 'my answers from before',
    act: async (page) => {
      await open(page);
      await page.check('#who-is-filling-in-carer');
      await submit(page);
      await page.getByLabel(/only while this tab is open/).check();
      await submit(page);
      const notice = page.locator('[data-notice="left-on-device"]');
      expect(await notice.innerText()).toMatch(
        /This device still has answers from an earlier visit that could not be read; a copy of answers that could not be read, kept on \d+ \w+ \d{4}/,
      );
      await notice.locator('button', { hasText: 'Remove them from this device' }).click();
      await page.waitForSelector('[data-notice="left-on-device"] >> text=Removed.');
      expect(await page.evaluate(() => localStorage.getItem('ltw:answers'))).toBeNull();
      expect(await keptOnDevice(page)).toBeNull();
      await page.reload();
      await page.waitForSelector('main[data-position] h1');
    },
    sees: ['Your involvement in the investigation'],
    notSees: ['could not be read'],
    outcome: 'deleted',
  },

  // The address
  {
    group: 'address',
    name: 'a step that does not exist',
    saved: GOOD,
    query: '?step=not-a-step',
    sees: ['Your involvement in the investigation'],
  },
  {
    group: 'address',
    name: '<script> as the step',
    saved: GOOD,
    query: '?step=%3Cscript%3Ewindow.alerted%3D1%3C%2Fscript%3E',
    sees: ['Your involvement in the investigation'],
  },
  {
    group: 'address',
    name: 'a 5,000-character step',
    saved: GOOD,
    query: `?step=${'a'.repeat(5000)}`,
    sees: ['Your involvement in the investigation'],
  },
  {
    group: 'address',
    name: 'a broken percent sign',
    saved: GOOD,
    query: '?step=%E0%A4%A',
    sees: ['Your involvement in the investigation'],
  },
  {
    group: 'address',
    name: 'a check page of no stage',
    saved: GOOD,
    query: '?step=check-nowhere',
    sees: ['Your involvement in the investigation'],
  },
  {
    group: 'address',
    name: 'the agreement with nothing saved',
    query: '?step=agreement',
    sees: ['Who is filling this in?'],
  },
  { group: 'address', name: 'a junk fragment', saved: GOOD, query: '#%%%<script>', sees: ['Welcome back'] },
  // The family link page: a link with a changed character is caught by its checksum and explained, with the
  // trust's own numbers; junk copied with a link is cut away and the link opens. Neither touches the answers
  // or the team's details saved before (saved below, checked in the case and after it).
  {
    group: 'address',
    name: 'a family link with one character changed',
    saved: GOOD,
    extra: { 'ltw:case': SAVED_TEAM },
    act: openFamilyLink(oneChanged),
    sees: ['A character in this link has changed', "It is nobody's fault", '01632 960 000', 'Nothing has been saved'],
    notSees: ['Southshire', 'Are these details right?'],
  },
  {
    group: 'address',
    name: 'a family link with a full stop and tracking junk after it',
    saved: GOOD,
    extra: { 'ltw:case': SAVED_TEAM },
    act: openFamilyLink((link) => `${link}.&utm_source=newsletter&utm_medium=email`),
    sees: ['Are these details right?', 'Southshire NHS Foundation Trust', 'PSII-2026-0999'],
  },
  {
    group: 'address',
    name: 'a family link broken over two lines, with a > and ?fbclid after it',
    saved: GOOD,
    extra: { 'ltw:case': SAVED_TEAM },
    act: openFamilyLink((link) => `${link.slice(0, 60)}%0A${link.slice(60)}%3E?fbclid=IwAR2x_Yk7Lw`),
    sees: ['Are these details right?', 'Sam Lewis', '0161 496 0002'],
  },
  {
    group: 'address',
    name: 'a family link whose name carries right-to-left override controls',
    saved: GOOD,
    extra: { 'ltw:case': SAVED_TEAM },
    act: openFamilyLink((link) => link, {
      organisation: 'Southshire NHS Foundation Trust',
      engagementLead: { name: '\u202eSam Lewis\u202c', phone: '0161\u2066 496 0002\u2069' },
    }),
    sees: ['Sam Lewis', '0161 496 0002'],
    notSees: [/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/],
  },
  {
    group: 'address',
    name: 'a step twice',
    saved: GOOD,
    query: '?step=hub&step=agreement',
    sees: ['Your involvement in the investigation'],
  },

  // Typing
  {
    group: 'typing',
    name: '20,001 characters in the longest answer',
    saved: GOOD,
    act: async (page) => {
      await typeAt(page, 'what-happened', '#what-happened', 'y'.repeat(20_001));
      await page.click('main form button[type=submit]');
      await page.waitForSelector('.ltw-error-summary');
    },
    sees: ['There is a problem', 'You have 1 characters too many'],
  },
  {
    group: 'typing',
    name: 'an emoji name',
    saved: GOOD,
    act: async (page) => {
      await typeAt(page, 'patient-name', '#patient-name', 'Rhys 🌈');
      await submit(page);
      await open(page, '?step=relationship');
    },
    sees: ['Rhys 🌈'],
  },
  {
    group: 'typing',
    name: '<script> typed as a name',
    saved: GOOD,
    act: async (page) => {
      await typeAt(page, 'patient-name', '#patient-name', '<img src=x onerror=window.alerted=1>');
      await submit(page);
      await open(page, '?step=relationship');
    },
    sees: ['<img src=x onerror=window.alerted=1>'],
  },
  {
    group: 'typing',
    name: 'a right-to-left override typed in a name',
    saved: GOOD,
    act: async (page) => {
      await typeAt(page, 'patient-name', '#patient-name', 'Rhys\u202E');
      await submit(page);
      await open(page, '?step=relationship');
    },
    sees: [/\u2068Rhys\u202E\u2069/],
  },
  {
    group: 'typing',
    name: 'only zero-width characters in an optional answer',
    saved: GOOD,
    act: async (page) => {
      await typeAt(page, 'where-it-happened', '#where-it-happened', '\u200B\u200B');
      await submit(page);
    },
    sees: ['Stage 1 of 5'],
    notSees: ['There is a problem'],
  },
  {
    group: 'typing',
    name: 'a month of 13',
    saved: GOOD,
    act: async (page) => {
      await open(page, '?step=when-it-happened');
      await page.fill('#when-it-happened-month', '13');
      await page.click('main form button[type=submit]');
      await page.waitForSelector('.ltw-error-summary');
    },
    sees: ['There is a problem'],
  },
  {
    group: 'typing',
    name: '31 February',
    saved: GOOD,
    act: async (page) => {
      await open(page, '?step=when-it-happened');
      await page.fill('#when-it-happened-day', '31');
      await page.fill('#when-it-happened-month', '2');
      await page.click('main form button[type=submit]');
      await page.waitForSelector('.ltw-error-summary');
    },
    sees: ['There is a problem'],
  },
  {
    group: 'typing',
    name: '3,000 characters then a reload',
    saved: GOOD,
    act: async (page) => {
      await typeAt(page, 'what-happened', '#what-happened', 'z'.repeat(3000));
      await page.reload();
      await page.waitForSelector('#what-happened');
      expect((await page.inputValue('#what-happened')).length).toBe(3000);
    },
    sees: ['This is what you typed on'],
  },
  {
    group: 'typing',
    name: 'typing then going back a page',
    saved: GOOD,
    act: async (page) => {
      await typeAt(page, 'where-it-happened', '#where-it-happened', 'Half typed');
      await page.click('.ltw-back-link');
      await page.waitForSelector('main:not([data-position="where-it-happened"])');
      await page.goBack();
      await page.waitForSelector('#where-it-happened');
      expect(await page.inputValue('#where-it-happened')).toBe('Half typed');
    },
    sees: ['This is what you typed on'],
  },
  {
    group: 'typing',
    name: 'pasting a whole saved envelope as an answer',
    saved: GOOD,
    act: async (page) => {
      await typeAt(page, 'where-it-happened', '#where-it-happened', GOOD.slice(0, 290));
      await submit(page);
      await open(page, '?step=where-it-happened');
      expect(await page.inputValue('#where-it-happened')).toBe(GOOD.slice(0, 290));
    },
    sees: ['Where did it happen?'],
  },

  // Two tabs
  {
    group: 'two tabs',
    name: 'different answers in each',
    saved: GOOD,
    act: async (page, session) => {
      const other = await session.newTab();
      await typeAt(other, 'where-it-happened', '#where-it-happened', 'From tab two');
      await typeAt(page, 'your-name', '#your-name', 'Siân Dŵr');
      await submit(other);
      await submit(page);
      await expect
        .poll(
          async () =>
            JSON.parse((await page.evaluate(() => localStorage.getItem('ltw:answers')))!).answers['where-it-happened'],
        )
        .toBe('From tab two');
    },
    sees: ['Stage 1 of 5'],
  },
  {
    group: 'two tabs',
    name: 'everything deleted in the other tab',
    saved: GOOD,
    act: async (page, session) => {
      await open(page, '?step=hub');
      const other = await session.newTab();
      await other.goto(baseUrl + '/en/delete/');
      await other.click('text=Yes, delete everything');
      await page.waitForSelector('[data-notice="erased-elsewhere"]');
    },
    sees: ['was deleted in another tab or window'],
    outcome: 'deleted',
  },
  {
    group: 'two tabs',
    name: 'a this-tab-only tab beside a device tab',
    saved: GOOD,
    act: async (page, session) => {
      const other = await session.newTab();
      await onBlankPage(other, baseUrl);
      await other.evaluate(
        (text) => sessionStorage.setItem('ltw:answers', text),
        envelope({}, { 'who-is-filling-in': { choice: 'carer' } }),
      );
      await open(other, '?step=hub');
      await typeAt(page, 'where-it-happened', '#where-it-happened', 'Device tab');
      await submit(page);
      await open(other, '?step=hub');
      expect(await other.evaluate(() => sessionStorage.getItem('ltw:answers'))).not.toContain('Device tab');
    },
    sees: ['Stage 1 of 5'],
  },

  {
    group: 'two tabs',
    name: 'answers given while saving is paused, then the conflict settled',
    saved: GOOD,
    act: async (page, session) => {
      await canBeDeafened(page);
      await typeAt(page, 'where-it-happened', '#where-it-happened', 'From this tab');
      const other = await session.newTab();
      await typeAt(other, 'where-it-happened', '#where-it-happened', 'From the other tab');
      // This tab hears nothing of the other's save, so its own save finds the same answer changed there.
      await deafen(page);
      await submit(other);
      await expect.poll(() => savedAnswer(page, 'where-it-happened')).toBe('From the other tab');
      await submit(page);
      const panel = page.locator('[data-notice="conflict"]');
      await panel.waitFor();
      await goToStep(page, 'your-name');
      await page.fill('#your-name', 'Given while paused');
      // Enter sends the question's own form (the panel above has a form of its own).
      await page.press('#your-name', 'Enter');
      await page.waitForSelector('main:not([data-position="your-name"]) h1');
      await panel.locator('label', { hasText: 'Keep the answer from the other tab:' }).click();
      await panel.locator('button[type=submit]').click();
      await panel.waitFor({ state: 'detached' });
      await expect.poll(() => savedAnswer(page, 'your-name')).toBe('Given while paused');
      expect(await savedAnswer(page, 'where-it-happened')).toBe('From the other tab');
      await goToStep(page, 'your-name');
      expect(await page.inputValue('#your-name')).toBe('Given while paused');
    },
    sees: ['What is your name?'],
  },

  // Storage
  {
    group: 'storage',
    name: 'device storage blocked',
    init: blockLocal,
    sees: ['This browser is not letting us save on this device'],
    outcome: 'kept',
  },
  {
    group: 'storage',
    name: 'all storage blocked',
    init: blockBoth,
    sees: ['This browser is not letting us save anything'],
  },
  {
    group: 'storage',
    name: 'device storage full from the start',
    init: alwaysFull,
    act: async (page) => {
      await open(page);
      await page.check('#who-is-filling-in-carer');
      await submit(page);
    },
    sees: ['Your answers cannot be saved on this device'],
  },
  {
    group: 'storage',
    name: 'device storage fills up mid-way',
    saved: GOOD,
    init: fullWhenFlagged,
    act: async (page) => {
      await typeAt(page, 'where-it-happened', '#where-it-happened', 'After it filled');
      await page.evaluate(() => localStorage.setItem('fill', 'full'));
      await submit(page);
    },
    sees: ['There is no space left to save on this device. Your answers are now kept only while this tab is open'],
  },
  {
    group: 'storage',
    name: 'an odd error when saving',
    saved: GOOD,
    init: oddErrorOnWrite,
    act: async (page) => {
      await typeAt(page, 'where-it-happened', '#where-it-happened', 'After the odd error');
      await page.evaluate(() => localStorage.setItem('fill', 'odd'));
      await submit(page);
    },
    sees: ['This browser has stopped letting us save on this device'],
  },
  {
    group: 'storage',
    name: 'no room for the copy of unreadable answers',
    saved: withAnswers({ 'patient-name': 42 }),
    init: fullWhenFlagged,
    extra: { fill: 'full' },
    sees: ['there is no space to keep a copy', 'we will not save over it'],
  },
  {
    group: 'storage',
    name: 'the delete page offers a copy kept earlier, and deletes only it',
    saved: GOOD,
    extra: KEPT_EARLIER,
    act: async (page) => {
      await page.goto(baseUrl + '/en/delete/');
      const kept = page.locator('[data-kept]:not([hidden])');
      expect(await kept.innerText()).toContain('A copy of saved answers that could not be read is kept on this device');
      await kept.locator('button', { hasText: 'Delete only this copy' }).click();
      await page.waitForSelector('[data-kept-deleted]:not([hidden])');
      expect(await keptOnDevice(page)).toBeNull();
    },
    sees: ['The copy has been deleted. Anything else saved on this device is still here.', 'Yes, delete everything'],
    notSees: ['Download the copy'],
  },
  {
    group: 'storage',
    name: 'the delete page with storage blocked',
    init: blockBoth,
    act: async (page) => {
      await page.goto(baseUrl + '/en/delete/');
      await page.waitForSelector('[data-erase="unknown"]:not([hidden])');
    },
    sees: ['We could not look at what is saved'],
    notSees: ['Nothing from this site is saved'],
  },

  // Offline
  {
    group: 'typing',
    name: 'a list at its limit says so where “Add another” was',
    saved: withAnswers({ 'family-questions': LONG_LIST }),
    query: '?step=family-questions',
    sees: ['You can list up to 30 questions here. Put any others in the last box.'],
    notSees: ['Add another'],
  },
  {
    group: 'offline',
    name: 'the agreement page cannot load',
    saved: envelope({ agreementMadeAt: new Date().toISOString() }),
    act: async (page) => {
      await page.route('**/_astro/AgreementPage*.js', (r) => r.abort('internetdisconnected'));
      await page.goto(`${baseUrl}${WIZARD}?step=agreement`);
      await page.waitForSelector('main [role=alert] button');
    },
    sees: ['This page could not be loaded', 'Try again'],
  },
  {
    group: 'offline',
    name: 'the PDF maker cannot load',
    saved: envelope({ agreementMadeAt: new Date().toISOString() }),
    act: async (page) => {
      await page.route(/build-agreement.*\.js|\.ttf$/, (r) => r.abort('internetdisconnected'));
      await page.goto(`${baseUrl}${WIZARD}?step=agreement`);
      await page.click('text=Download as a PDF');
      await page.waitForSelector('text=Something stopped your PDF being created');
    },
    sees: ['Something stopped your PDF being created. You can print this page instead'],
  },
  {
    group: 'offline',
    name: 'a question type cannot load',
    saved: GOOD,
    act: async (page) => {
      await page.route('**/_astro/ListQuestion*.js', (r) => r.abort('internetdisconnected'));
      await page.goto(`${baseUrl}${WIZARD}?step=family-questions`);
      await page.waitForSelector('main [role=alert] button');
    },
    sees: ['This page could not be loaded', 'Try again'],
  },
  {
    group: 'offline',
    name: 'the check page cannot load',
    saved: GOOD,
    act: async (page) => {
      await page.route('**/_astro/CheckAnswersPage*.js', (r) => r.abort('internetdisconnected'));
      await page.goto(`${baseUrl}${WIZARD}?step=check-understanding-you`);
      await page.waitForSelector('main [role=alert] button');
    },
    sees: ['This page could not be loaded'],
  },
  // Files: each chosen and checked, never used; what the person sees is the message alone.
  {
    group: 'files',
    name: "someone else's answers file asks before anything is used",
    saved: GOOD,
    act: async (page) =>
      chooseFile(page, 'hub', 'answers-file', await answersFile({ ...completeFamily, 'your-name': 'Tomasz Dŵr' })),
    sees: [
      `These are the answers of Tomasz Dŵr, but the answers here are of ${String(completeFamily['your-name'])}.`,
      'Use these answers anyway',
    ],
  },
  {
    group: 'files',
    name: 'an answers file made for another case asks before anything is used',
    saved: envelope(),
    extra: {
      'ltw:case': JSON.stringify({
        app: 'learn-together-wizard',
        kind: 'case-details',
        version: 1,
        savedAt: new Date().toISOString(),
        details: { organisation: 'Example NHS Foundation Trust', reference: 'PSII-2026-0142' },
      }),
    },
    act: async (page) =>
      chooseFile(
        page,
        'hub',
        'answers-file',
        await answersFile({ ...completeFamily, 'where-it-happened': 'Ward 9' }, 'PSII-2026-0999'),
      ),
    sees: ['This file was made for the case with reference PSII-2026-0999', 'have the reference PSII-2026-0142'],
  },
  {
    group: 'files',
    name: 'the same answers file twice adds nothing',
    saved: GOOD,
    act: async (page) => chooseFile(page, 'hub', 'answers-file', await answersFile(completeFamily)),
    sees: ['Every answer in this file is already here, exactly the same. Nothing has been added.'],
    notSees: ['Use the answers from this file'],
  },
  {
    group: 'files',
    name: 'an answer longer than the app keeps is named, and the file is to be kept',
    saved: GOOD,
    act: async (page) =>
      chooseFile(
        page,
        'hub',
        'answers-file',
        await answersFile({ ...completeFamily, 'where-it-happened': 'Ward 7. '.repeat(60) }),
      ),
    sees: ['Your answer to “Where it happened” in the file is longer than this tool keeps', 'so keep the file'],
  },
  {
    group: 'files',
    name: "the team's case file where answers are opened",
    saved: GOOD,
    act: async (page) => chooseFile(page, 'hub', 'answers-file', await caseFile()),
    sees: ['This is your investigation team’s own case file'],
  },
  {
    group: 'files',
    name: "the team's reply where answers are opened",
    saved: GOOD,
    act: async (page) => chooseFile(page, 'hub', 'answers-file', await replyFile()),
    sees: ['This is your team’s reply to your comments. Add it from “Our comments on the draft report”'],
  },
  {
    group: 'files',
    name: "a reply to someone else's comments is refused",
    saved: withAnswers({ 'draft-comments': sentComments }),
    act: async (page) => chooseFile(page, 'comments', 'reply-file', await replyFile({ exchange: 'someoneelse1' })),
    sees: ["This reply is about someone else's comments, not yours. Nothing has been changed."],
  },
  {
    group: 'files',
    name: 'their own comments file where the reply goes',
    saved: withAnswers({ 'draft-comments': sentComments }),
    act: async (page) => chooseFile(page, 'comments', 'reply-file', await commentsFile()),
    sees: ['This is the file of your comments on the draft report, for your team.'],
  },
];

/** Everything saved in this browser that could hold the original: the answers and every kept copy. */
async function savedTexts(page: Page): Promise<{ answers: string | null; kept: string[] }> {
  return page.evaluate(() => {
    const area = (() => {
      try {
        return window.localStorage;
      } catch {
        return null;
      }
    })();
    const answers = area?.getItem('ltw:answers') ?? null;
    const keptText = area?.getItem('ltw:answers:unreadable');
    let kept: string[] = [];
    try {
      kept = keptText ? (JSON.parse(keptText).copies as { text: string }[]).map((c) => c.text) : [];
    } catch {
      kept = keptText ? [keptText] : [];
    }
    return { answers, kept };
  });
}

/** The original is still there as it was, or kept as a copy, or every answer in it is still saved unchanged. */
function survives(original: string, now: { answers: string | null; kept: string[] }): boolean {
  if (now.answers === original || now.kept.includes(original)) return true;
  try {
    const before = JSON.parse(original).answers as Record<string, unknown>;
    const after = JSON.parse(now.answers ?? '{}').answers as Record<string, unknown>;
    return Object.entries(before).every(
      ([id, value]) => JSON.stringify(after?.[id]) === JSON.stringify(value) || changedByCase.has(id),
    );
  } catch {
    return false;
  }
}
// Answers a case itself changes on purpose (it typed a new answer there).
const changedByCase = new Set(['where-it-happened', 'patient-name', 'your-name']);

const counts = new Map<Group, number>();
afterAll(() => {
  console.log(`Hostile corpus: ${CASES.length} cases (${[...counts].map(([g, n]) => `${g} ${n}`).join(', ')})`);
});

describe('a hostile corpus, case by case', () => {
  it('has at least 60 cases across every group', () => {
    for (const c of CASES) counts.set(c.group, (counts.get(c.group) ?? 0) + 1);
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect([...counts.keys()].sort()).toEqual([
      'address',
      'files',
      'offline',
      'saved data',
      'storage',
      'two tabs',
      'typing',
    ]);
  });

  it.each(CASES.map((c) => [`${c.group}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    let page = await session.page();
    if (c.saved !== undefined || c.extra) {
      await page.evaluate(
        ([saved, extra]) => {
          if (saved !== null) localStorage.setItem('ltw:answers', saved);
          for (const [key, value] of Object.entries(extra)) localStorage.setItem(key, value);
        },
        [c.saved ?? null, c.extra ?? {}] as const,
      );
    }
    // Storage that fails is this case's own tab (same storage), so the page of later cases never has it.
    if (c.init) {
      page = await session.newTab();
      await page.addInitScript(c.init);
    }
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A case that acts opens the pages it needs itself (some must set up routes first).
    if (c.act) await c.act(page, session);
    else await open(page, c.query);

    const text = await mainText(page);
    for (const expected of c.sees)
      expect(text).toMatch(expected instanceof RegExp ? expected : new RegExp(escape(expected)));
    for (const unexpected of c.notSees ?? [])
      expect(text).not.toMatch(unexpected instanceof RegExp ? unexpected : new RegExp(escape(unexpected)));
    expect(await page.evaluate(() => (window as { alerted?: unknown }).alerted)).toBeUndefined();
    expect(errors).toEqual([]);
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);

    const now = await savedTexts(page);
    if (c.outcome === 'deleted') expect(now.answers).toBeNull();
    else if (c.saved) expect(survives(c.saved, now), 'an answer saved before was lost').toBe(true);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
