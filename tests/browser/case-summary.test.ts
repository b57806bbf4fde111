import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { ContactLogEntry } from '~/core/cases/record';
import { describeViolations, runAxe } from '../helpers/axe';
import { cspViolations } from '../helpers/csp';
import { parseCsv } from '../helpers/csv';
import { seedCase, TEAM } from '../helpers/investigator';
import { browserSession } from '../helpers/session';

const baseUrl = inject('baseUrl');
const work = mkdtempSync(join(tmpdir(), 'ltw-summary-'));
const session = browserSession({ viewport: { width: 1024, height: 900 } });

const log: ContactLogEntry[] = [
  {
    id: 'entry-call',
    date: '2026-03-20',
    time: '14:00',
    method: 'phone',
    who: 'Siân Dŵr',
    summary: 'First call. Siân would like calls after 4pm.',
    by: 'Sam Lewis',
    at: '2026-03-21T09:12:00.000Z',
    earlier: [{ date: '2026-03-20', method: 'phone', who: 'Sian', summary: 'First call.', by: 'Sam Lewis' }],
  },
  { id: 'entry-old', date: '2026-03-27', method: 'meeting', who: '=1+1', summary: 'Met at home.' },
];

/** Presses a button and waits for the file it downloads; returns the name it was offered under and where it is now. */
async function download(page: Page, button: string): Promise<{ name: string; file: string }> {
  const [offered] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const file = join(work, offered.suggestedFilename());
  await offered.saveAs(file);
  return { name: offered.suggestedFilename(), file };
}

describe("the case summary for the trust's records", () => {
  it('downloads as a tagged PDF named after the case, loading its code only when asked', async () => {
    const page = await session.page();
    await seedCase(page, baseUrl, { log, touchpoints: { 'first-contact': '2026-03-20' } });
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    const loaded = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => r.name)
          .filter((n) => /build-agreement|summary-files/.test(n)),
      );
    expect(await loaded()).toEqual([]);

    const { name, file } = await download(page, 'button:has-text("Download summary (PDF)")');
    expect(name).toMatch(new RegExp(`^${TEAM.reference} case summary \\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(new RegExp(`Title:\\s+Case summary: ${TEAM.reference}`));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    for (const shown of ['Contact log', 'Siân Dŵr', 'Sam Lewis', 'Not recorded', '20 March 2026'])
      expect(text).toContain(shown);
    expect((await loaded()).length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#summary-status').innerText()).toContain('The summary has been made');
    expect(await cspViolations(page)).toEqual([]);
  });

  it('downloads as a CSV file named after the case, that a spreadsheet opens as one row per thing recorded', async () => {
    const page = await session.page();
    await seedCase(page, baseUrl, { log });
    const { name, file } = await download(page, 'button:has-text("Download summary (CSV)")');
    expect(name).toMatch(new RegExp(`^${TEAM.reference} case summary \\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]![0]).toBe('Reference');
    const contacts = rows.filter((row) => row[1] === 'Contact log');
    expect(contacts.map((row) => [row[0], row[2], row[6], row[7], row[8]])).toEqual([
      [TEAM.reference, 'Contact, corrected', 'Siân Dŵr', 'First call. Siân would like calls after 4pm.', 'Sam Lewis'],
      [TEAM.reference, 'Earlier text, since corrected', 'Sian', 'First call.', 'Sam Lewis'],
      [TEAM.reference, 'Contact', "'=1+1", 'Met at home.', 'Not recorded'],
    ]);
    await expect.poll(() => page.locator('#summary-status').innerText()).toContain('The summary has been made');
  });
});
