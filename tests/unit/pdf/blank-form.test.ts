import { describe, expect, it } from 'vitest';
import { blankModel } from '../../fixtures/agreement/models';
import { agreementPdf, poppler } from '../../helpers/agreement-pdf';
import { structureOf } from '../../helpers/pdf-structure';
import { pdfText } from '../../helpers/pdf-text';
import { ruledLines } from '../../helpers/pdf-rules';

const MM = 72 / 25.4;
const pdf = () => agreementPdf('blank', blankModel);

describe('the blank paper form', () => {
  it('has every label to write against and the signature labels', async () => {
    // A long label wraps onto a second line: compared with its spaces and line breaks as one space.
    const spaced = (words: string) => words.replace(/\s+/g, ' ');
    const text = spaced((await pdfText((await pdf()).bytes)).map((page) => page.text).join('\n'));
    for (const section of blankModel.sections) {
      expect(text).toContain(section.heading);
      for (const block of section.blocks)
        if (block.kind === 'writingSpace') expect(text).toContain(spaced(block.label));
    }
    const signatures = blankModel.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'signatures')!;
    for (const label of [...signatures.parties.map((p) => p.heading), ...Object.values(signatures.labels)]) {
      expect(text).toContain(label);
    }
  });

  it('rules full-width lines about 10mm apart, one for each line asked for', async () => {
    const pages = await ruledLines((await pdf()).bytes);
    const fullWidth = pages.flatMap((lines) => lines.filter((line) => line.length > 160 * MM));
    const asked = blankModel.sections
      .flatMap((s) => s.blocks)
      .reduce((n, b) => n + (b.kind === 'writingSpace' ? b.lines : 0), 0);
    // Writing lines plus one "agreed by phone" line per party (the header rule is shorter than the body column).
    expect(fullWidth.length).toBeGreaterThanOrEqual(asked + 2);
    const gaps = pages.flatMap((lines) => {
      const ys = lines.filter((line) => line.length > 160 * MM).map((line) => line.y);
      return ys.slice(1).map((y, i) => ys[i]! - y);
    });
    // Within a space of several lines, each rule sits 10mm below the one before (a page break may split one).
    const within = blankModel.sections
      .flatMap((s) => s.blocks)
      .reduce((n, b) => n + (b.kind === 'writingSpace' ? b.lines - 1 : 0), 0);
    expect(gaps.filter((gap) => Math.abs(gap - 10 * MM) < 0.5).length).toBeGreaterThanOrEqual(within - 3);
  });

  it('is tagged, with the labels as paragraphs and the lines as artifacts', async () => {
    const structure = await structureOf((await pdf()).bytes);
    expect(structure.roles).toContain('P');
    expect(structure.roles).toContain('H3');
    expect(structure.unmarkedText).toEqual([]);
    const rules = (await ruledLines((await pdf()).bytes)).flat();
    expect(rules.length).toBeGreaterThan(30);
    expect(rules.filter((rule) => !rule.artifact)).toEqual([]);
    expect(poppler('pdfinfo', (await pdf()).file)).toMatch(/^Tagged:\s+yes$/m);
  });
});
