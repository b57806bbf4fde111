import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '~/core/cases/record';
import { summaryDocument } from '~/core/cases/summary/summary-document';
import { LOCALES, type Locale } from '~/i18n/locales';
import { summaryCase, summaryCaseWithoutNames } from '../../fixtures/cases/summary-case';
import { agreementPdf, PDF_OUTPUT, poppler } from '../../helpers/agreement-pdf';
import { summaryOf, teamWords } from '../../helpers/case-summary';
import { openPdf, pdfText } from '../../helpers/pdf-text';
import { structureOf } from '../../helpers/pdf-structure';

/** The summary PDF as the case page makes it, saved in tests/.output/pdf/ to look at. */
function summaryPdf(name: string, record: CaseRecord, locale: Locale = 'en') {
  const model = summaryDocument(summaryOf(record, locale), teamWords(locale), LOCALES[locale].lang);
  return agreementPdf(name, model);
}
const squash = (text: string) => text.replace(/\s+/g, ' ');
const textOf = async (bytes: Uint8Array) => (await pdfText(bytes)).map((page) => squash(page.text));

describe('the case summary PDF', () => {
  it('opens with a heading that names the case, then each part of the case in order', async () => {
    const { bytes } = await summaryPdf('summary-full', summaryCase);
    const pages = await textOf(bytes);
    expect(pages[0]).toContain('Case summary: PSII-2026-014 What the investigation team recorded');
    const text = pages.join(' ');
    const headings = [
      'Moments that matter',
      'Contact log',
      'Family members',
      'Agreement versions',
      'Comments on the draft report',
      'Who has owned the case',
    ];
    const at = headings.map((heading) => text.indexOf(heading));
    expect(at.every((index) => index > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('Case owner: Dr Amara Okafor');
  });

  it('writes dates in plain English, with who recorded each thing and when (table lines as drawn)', async () => {
    const { bytes } = await summaryPdf('summary-full', summaryCase);
    const lines = new Set((await pdfText(bytes)).flatMap((page) => page.runs.map((run) => run.str.trim())));
    for (const shown of [
      'First phone call or letter',
      '20 March 2026',
      'No date yet',
      '2026, 14:00',
      'Contact, corrected:',
      'Earlier text, since',
      'By phone',
      '4 comments.',
      'From Sam Lewis to Dr Amara Okafor',
      'Not recorded',
    ])
      expect(lines.has(shown), shown).toBe(true);
    const text = [...lines].join(' ');
    expect(text).not.toMatch(/undefined|NaN|\d{4}-\d{2}-\d{2}/);
  });

  it('carries the reference and the date at the top of every page, and "Page n of N" at the foot', async () => {
    const { bytes } = await summaryPdf('summary-full', summaryCase);
    const pages = await textOf(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toContain('Reference: PSII-2026-014 Made on 6 December 2026');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('says "Not recorded" where an older case kept no names', async () => {
    const { bytes } = await summaryPdf('summary-without-names', summaryCaseWithoutNames);
    const text = (await textOf(bytes)).join(' ');
    expect(text).toContain('Case owner: Not recorded');
    expect(text).toContain('Whether the family agreed it: not recorded.');
    expect(text.split('Not recorded').length - 1).toBeGreaterThan(10);
    expect(text).not.toContain('Sam Lewis');
  });

  it('is tagged with headings and tables, titled, and in the language of its words', async () => {
    for (const [locale, title] of [
      ['en', 'Case summary: PSII-2026-014'],
      ['cy', "Crynodeb o'r achos: PSII-2026-014"],
    ] as const) {
      const { bytes } = await summaryPdf(`summary-${locale}`, summaryCase, locale);
      const structure = await structureOf(bytes);
      for (const role of ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD'])
        expect(structure.roles.has(role), role).toBe(true);
      expect(structure.unmarkedText).toEqual([]);
      expect(structure.orphanedText).toEqual([]);
      const doc = await openPdf(bytes);
      const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
      await doc.destroy();
      expect(info.Title).toBe(title);
      expect(info.Language).toBe(LOCALES[locale].lang);
      expect(info.Author).toBe('Example NHS Foundation Trust');
    }
  });

  it('renders every page with poppler; the pictures are kept in tests/.output/pdf/render-summary-full', async () => {
    const { file } = await summaryPdf('summary-full', summaryCase);
    expect(poppler('pdfinfo', file)).toMatch(/Tagged:\s+yes/);
    const pages = Number(poppler('pdfinfo', file).match(/^Pages:\s+(\d+)$/m)![1]);
    const dir = join(PDF_OUTPUT, 'render-summary-full');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const run = spawnSync('pdftoppm', ['-r', '60', '-png', file, join(dir, 'page')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/error/i);
    const pictures = readdirSync(dir).filter((entry) => entry.endsWith('.png'));
    expect(pictures).toHaveLength(pages);
    for (const picture of pictures) expect(statSync(join(dir, picture)).size).toBeGreaterThan(4_000);
  });
});
