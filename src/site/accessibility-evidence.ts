import { ALL_QUESTIONS, STAGES } from '~/core/journey/schema';
import { OFFERED_LOCALES } from '~/i18n/locales';

/*
 * What the accessibility statement says was tested, and what proves it: the one record its "How we
 * tested this website" section is drawn from, in every language. Each automated check names the tests
 * that prove it ("tests/<folder>/<file>.test.ts: <the test's name as written>"), and
 * tests/unit/assurance/accessibility-evidence.test.ts fails when one is missing. A check by hand is
 * "not yet done" until it has a date and a written record in the repository: never claim one without.
 */

export type AutomatedCheckId =
  | 'everyPage'
  | 'targetSize'
  | 'wizardSteps'
  | 'wizardLanguages'
  | 'teamPages'
  | 'keyboard'
  | 'focusToHeading'
  | 'focusVisible'
  | 'errorSummary'
  | 'reflow'
  | 'print'
  | 'reducedMotion'
  | 'noJavaScript';

export interface AutomatedCheck {
  /** Its words: `common:accessibility.evidence.checks.<id>`. */
  id: AutomatedCheckId;
  tests: readonly string[];
}

export type ManualCheckId =
  | 'screenReaderPhone'
  | 'screenReaderComputer'
  | 'voiceControl'
  | 'magnifier'
  | 'contrastThemes'
  | 'disabledPeople'
  | 'audit';

export interface ManualCheck {
  /** Its words: `common:accessibility.evidence.manual.<id>`. */
  id: ManualCheckId;
  /** When it was done (YYYY-MM-DD), or null: not yet done. */
  done: string | null;
  /** The repository file that records how it was done and what was found; needed with a date. */
  record?: string;
}

/** The axe-core rule tags every page and step is checked with (tests/helpers/axe.ts must agree). */
export const AXE_RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;
/** The widths in CSS pixels axe runs at: a desktop, and a phone (also 1280 px at 400% zoom). */
export const CHECKED_WIDTHS = [1280, 320] as const;

/**
 * The numbers the statement gives, from the lists the tests read: the languages offered (the tests add
 * test-only pseudo-locales), and the wizard's questions and stages from its schema. Pages are counted
 * by the statement page at build time (guidance content plus page files) and checked against the built
 * site by tests/browser/accessibility-statement.test.ts.
 */
export const EVIDENCE_COUNTS = {
  languages: OFFERED_LOCALES.length,
  questions: ALL_QUESTIONS.length,
  stages: STAGES.length,
} as const;

const EVERY_PAGE = 'tests/browser/every-page.test.ts';
const KEYBOARD_AND_PRINT = 'tests/browser/keyboard-and-print.test.ts';
const KEYBOARD_WALK =
  'tests/browser/wizard-journeys.test.ts: goes through all five stages, answering every question, to the page with all their answers';
const TEAM_KEYBOARD =
  'tests/browser/investigator.test.ts: starts a case, answers a question and copies the link with the keyboard, focus on each new heading';
const WIZARD_STEP =
  "tests/browser/wizard-steps.test.ts: %s (${state}): one h1 naming the page, no axe violations at ${axeWidths.join(' and ')}px, reflows at 320px";

export const AUTOMATED_CHECKS: readonly AutomatedCheck[] = [
  {
    id: 'everyPage',
    tests: [
      `${EVERY_PAGE}: has no axe violations at \${AXE_WIDTHS.join(' and ')}px wide (WCAG 2.2 A and AA, best practice)`,
      `${EVERY_PAGE}: has one h1, lang and dir, a title, and no repeated ids`,
    ],
  },
  {
    id: 'targetSize',
    tests: [
      'tests/browser/harness.test.ts: axe reports missing labels, low contrast, a missing lang and tiny targets (WCAG 2.2 target-size)',
      'tests/browser/harness.test.ts: axeAtWidths finds targets too small on a phone only (target-size at 320px, as every-page runs it)',
    ],
  },
  {
    id: 'wizardSteps',
    tests: [
      WIZARD_STEP,
      'tests/browser/wizard-steps.test.ts: checks every question in both its answered and its empty state, and every one answered at both widths',
      'tests/browser/wizard-steps.test.ts: the opening question (optional, so Continue moves on) and the save choice with its error',
    ],
  },
  {
    id: 'wizardLanguages',
    tests: [
      'tests/browser/wizard-languages.test.ts: checked every page type, every question type and every check page at both widths',
      'tests/browser/language-switch.test.ts: by keyboard, goes to the same page in Welsh, with lang="cy-GB" and no axe violations',
    ],
  },
  {
    id: 'teamPages',
    tests: [
      'tests/browser/team-steps.test.ts: %s: one h1 naming the page, no axe violations at 1280 and 320px, reflows at 320px',
      'tests/browser/team-steps.test.ts: an agreement version, once made',
    ],
  },
  {
    id: 'keyboard',
    tests: [
      `${KEYBOARD_AND_PRINT}: the first Tab shows the skip link, and Enter moves focus to the main content`,
      `${KEYBOARD_AND_PRINT}: every link and button on the home page can be reached with Tab alone`,
      KEYBOARD_WALK,
      TEAM_KEYBOARD,
    ],
  },
  {
    id: 'focusToHeading',
    tests: [
      KEYBOARD_WALK,
      TEAM_KEYBOARD,
      'tests/browser/family-journey.test.ts: every question page offers "Return to your task list", and says the answers are saved',
    ],
  },
  {
    id: 'focusVisible',
    tests: [
      `${KEYBOARD_AND_PRINT}: a focused link has the yellow focus style with a dark bar beneath it`,
      'tests/browser/interactive-states.test.ts: keeps its text readable when %s (WCAG 1.4.3), and shows focus at 3:1 (1.4.11)',
    ],
  },
  {
    id: 'errorSummary',
    tests: [WIZARD_STEP, 'tests/browser/pseudo-locales.test.ts: an error summary and its messages, "Error:" included'],
  },
  {
    id: 'reflow',
    tests: [`${EVERY_PAGE}: reflows at 320px wide (the same as 1280px at 400% zoom) with no sideways scrolling`],
  },
  {
    id: 'print',
    tests: [
      `${KEYBOARD_AND_PRINT}: prints without the navigation, skip link or stage links, and shows the page text`,
      'tests/browser/agreement.test.ts: prints without navigation, buttons or links to other pages',
      'tests/browser/agreement.test.ts: large print makes the text at least 16pt (21.3px)',
    ],
  },
  { id: 'reducedMotion', tests: [`${KEYBOARD_AND_PRINT}: respects reduced motion: nothing animates`] },
  {
    id: 'noJavaScript',
    tests: [
      `${EVERY_PAGE}: ships no JavaScript (plain HTML guidance)`,
      'tests/browser/family-journey.test.ts: says what the tool is for, how long it takes and how saving works, without JavaScript, then "Start now"',
    ],
  },
];

/** Checks a person has to make. None has been done and recorded yet; add the date and record when one is. */
export const MANUAL_CHECKS: readonly ManualCheck[] = [
  { id: 'screenReaderPhone', done: null },
  { id: 'screenReaderComputer', done: null },
  { id: 'voiceControl', done: null },
  { id: 'magnifier', done: null },
  { id: 'contrastThemes', done: null },
  { id: 'disabledPeople', done: null },
  { id: 'audit', done: null },
];

/** The test files behind a check, each once, in the order first named. */
export function testFilesOf(check: AutomatedCheck): string[] {
  return [...new Set(check.tests.map((reference) => reference.split(': ')[0]!))];
}
