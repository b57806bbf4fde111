import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUTOMATED_CHECKS,
  AXE_RULE_TAGS,
  CHECKED_WIDTHS,
  EVIDENCE_COUNTS,
  MANUAL_CHECKS,
} from '~/site/accessibility-evidence';
import { ALL_QUESTIONS } from '~/core/journey/schema';
import { OFFERED_LOCALES } from '~/i18n/locales';
import { AXE_TAGS, AXE_WIDTHS } from '../../helpers/axe';
import { REPO_ROOT } from '../../helpers/paths';
import { missingTests } from '../../helpers/test-names';

/*
 * The accessibility statement's "How we tested this website" comes from src/site/accessibility-evidence.ts.
 * It may only say what is proved: every named test exists, the rules and widths are the ones the tests
 * run, and a check by hand counts as done only with a date and a written record.
 */
describe('the accessibility evidence', () => {
  it('names only tests that exist, and every automated check names at least one', () => {
    for (const check of AUTOMATED_CHECKS) expect(check.tests.length, check.id).toBeGreaterThan(0);
    expect(missingTests(AUTOMATED_CHECKS.flatMap((check) => check.tests))).toEqual([]);
  });

  it('gives the axe rule tags and widths the browser tests use', () => {
    expect([...AXE_RULE_TAGS]).toEqual(AXE_TAGS);
    expect([...CHECKED_WIDTHS]).toEqual([...AXE_WIDTHS]);
    // WCAG 2.2's target size (2.5.8) runs only when wcag22aa is named.
    expect(AXE_RULE_TAGS).toContain('wcag22aa');
  });

  it('counts the languages and questions from the lists the tests read', () => {
    expect(EVIDENCE_COUNTS.languages).toBe(OFFERED_LOCALES.length);
    expect(EVIDENCE_COUNTS.questions).toBe(ALL_QUESTIONS.length);
  });

  it('counts a check by hand as done only with a real past date and a record in the repository', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const check of MANUAL_CHECKS) {
      if (check.done === null) continue;
      expect(check.done, check.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(check.done <= today && !Number.isNaN(Date.parse(check.done)), check.id).toBe(true);
      expect(check.record && existsSync(join(REPO_ROOT, check.record)), `${check.id} has no record`).toBe(true);
    }
  });

  it('has words for every check in every language', () => {
    for (const locale of OFFERED_LOCALES) {
      const words = JSON.parse(readFileSync(join(REPO_ROOT, `src/i18n/resources/${locale}/common.json`), 'utf8')) as {
        accessibility: { evidence: { checks: Record<string, string>; manual: Record<string, string> } };
      };
      const { checks, manual } = words.accessibility.evidence;
      expect(Object.keys(checks).sort(), locale).toEqual(AUTOMATED_CHECKS.map((c) => c.id).sort());
      expect(Object.keys(manual).sort(), locale).toEqual(MANUAL_CHECKS.map((c) => c.id).sort());
    }
  });
});
