import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../helpers/paths';
import { missingTests } from '../../helpers/test-names';

/*
 * The hazard log (docs/assurance/hazard-log.yaml) is only worth what its controls prove: every
 * control names the tests that show it works, and this test fails when one of them is gone or renamed,
 * when a hazard has no control, or when a risk score is not the one the DCB0129 matrix gives.
 */

interface Score {
  severity: string;
  likelihood: string;
  risk: number;
}
interface Hazard {
  id: string;
  title: string;
  cause: string;
  effect: string;
  before: Score;
  after: Score;
  controls?: { control: string; tests: string[] }[];
  status: 'open' | 'closed';
}

const log = parse(readFileSync(join(REPO_ROOT, 'docs/assurance/hazard-log.yaml'), 'utf8')) as {
  severities: string[];
  likelihoods: string[];
  hazards: Hazard[];
};

// Rows: likelihood from very low to very high; columns: severity from minor to catastrophic.
const MATRIX = [
  [1, 1, 2, 2, 3],
  [1, 2, 2, 3, 4],
  [2, 2, 3, 3, 4],
  [2, 3, 3, 4, 5],
  [3, 4, 4, 5, 5],
];
const riskOf = (s: Score) => MATRIX[log.likelihoods.indexOf(s.likelihood)]?.[log.severities.indexOf(s.severity)];

describe('the hazard log', () => {
  it('gives every hazard an id of its own, a cause, an effect and at least one control', () => {
    const ids = log.hazards.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const hazard of log.hazards) {
      expect(hazard.cause && hazard.effect, hazard.id).toBeTruthy();
      expect(hazard.controls?.length ?? 0, `${hazard.id} has no control`).toBeGreaterThan(0);
      for (const control of hazard.controls ?? []) expect(control.tests.length, control.control).toBeGreaterThan(0);
    }
  });

  it('scores each risk, before and after the controls, as the DCB0129 matrix does', () => {
    for (const hazard of log.hazards) {
      expect(hazard.before.risk, `${hazard.id} before`).toBe(riskOf(hazard.before));
      expect(hazard.after.risk, `${hazard.id} after`).toBe(riskOf(hazard.after));
    }
  });

  it('names only tests that exist, so a control cannot outlive its proof', () => {
    const missing = log.hazards.flatMap((hazard) =>
      missingTests((hazard.controls ?? []).flatMap((c) => c.tests)).map((reference) => `${hazard.id}: ${reference}`),
    );
    expect(missing).toEqual([]);
  });
});
