import { readDeployment } from './deployment-facts';
import { verdicts, type DeploymentRules, type Status } from './deployment-verdicts';

/* The deployment check page's script: reads the deployment, then fills in each row and the summary. */

const LABEL: Record<Status, string> = { passed: 'Passed', fix: 'Needs fixing', notChecked: 'Not checked' };

export async function runDeploymentCheck(): Promise<void> {
  const checks = document.querySelector<HTMLElement>('[data-deployment-check]');
  const summary = document.querySelector<HTMLElement>('[data-check-summary]');
  if (!checks || !summary) return;
  const rules = JSON.parse(checks.dataset.deploymentCheck ?? '{}') as DeploymentRules;
  const found = verdicts(
    await readDeployment({ hashedAssetsPrefix: rules.hashedAssetsPrefix, serviceWorker: rules.serviceWorkerPath }),
    rules,
    new Date(),
  );
  const count: Record<Status, number> = { passed: 0, fix: 0, notChecked: 0 };
  for (const row of checks.querySelectorAll<HTMLElement>('[data-check]')) {
    const verdict = found.get(row.dataset.check ?? '');
    if (!verdict) continue;
    count[verdict.status] += 1;
    row.dataset.status = verdict.status;
    row.querySelector('[data-check-status]')!.textContent = LABEL[verdict.status];
    row.querySelector('[data-check-text]')!.textContent = verdict.text;
    row.querySelector<HTMLElement>('[data-check-fix]')?.toggleAttribute('hidden', verdict.status !== 'fix');
  }
  const total = count.passed + count.fix + count.notChecked;
  const rest = [
    count.fix && `${count.fix} need${count.fix === 1 ? 's' : ''} fixing`,
    count.notChecked && `${count.notChecked} not checked here`,
  ];
  // The summary is a live region: it is announced once, when every check is done.
  summary.textContent = [`${count.passed} of ${total} checks passed`, ...rest.filter(Boolean)].join('; ') + '.';
  summary.dataset.done = '';
}
