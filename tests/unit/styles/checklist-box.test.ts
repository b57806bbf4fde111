import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths';

/*
 * A touchpoint's box in a stage checklist is not a checkbox: its date field says whether it happened.
 * On screen an empty box would look like one to press, so there it is only a tick once there is a date;
 * on paper it is a box to tick by hand.
 */
const css = (file: string) =>
  readFileSync(join(REPO_ROOT, 'src/styles', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const boxRules = (text: string) => [...text.matchAll(/\.ltw-checklist__box\s*\{([^}]*)\}/g)].map((m) => m[1]!);

describe("a checklist touchpoint's box", () => {
  it('is no box on screen: no border for an empty one to look like a checkbox', () => {
    const screen = css('investigator.css');
    expect(screen).not.toContain('@media print');
    const rules = boxRules(screen);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((rule) => /(^|[\s;])(border|outline|box-shadow)[\w-]*\s*:/.test(rule))).toEqual([]);
  });

  it('is a box to tick on paper', () => {
    const paper = css('checklist-print.css');
    const print = paper.slice(paper.indexOf('@media print'));
    expect(boxRules(print).some((rule) => /border:\s*1px solid/.test(rule))).toBe(true);
  });
});
