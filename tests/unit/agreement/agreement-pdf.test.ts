import { describe, expect, it } from 'vitest';
import { buildAgreementModel } from '~/core/agreement/build-model';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import type { AgreementModel } from '~/core/agreement/model';
import type { Answers } from '~/core/journey/schema';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { hostile } from '../../fixtures/answers/hostile';
import { minimal } from '../../fixtures/answers/minimal';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { openPdf, pdfText } from '../../helpers/pdf-text';
import { structureOf } from '../../helpers/pdf-structure';

// The whole pipeline the family uses: answers -> agreement model -> PDF bytes -> text read back.
const squash = (text: string) => text.replace(/\s+/g, '');
const pdfFor = (answers: Answers, largePrint = false) => {
  const model = buildAgreementModel(answers, agreementInputs({ largePrint }));
  return buildAgreementPdf(model, openSansBytes()).then((bytes) => ({ model, bytes }));
};
const fieldLines = (model: AgreementModel) =>
  model.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) =>
      b.kind === 'statement'
        ? [b.text, ...(!b.value ? [] : b.value.kind === 'text' ? [b.value.text] : b.value.items)]
        : b.kind === 'table'
          ? // A cell that wraps is read back interleaved with its neighbours' lines: its words are checked one by one.
            b.rows
              .flat()
              .flatMap((cell) => cell.split(/\s+/))
              .filter(Boolean)
          : [],
    );

describe("the family's agreement PDF", () => {
  it("contains every answered field of a complete family's agreement, and the words they used", async () => {
    const { model, bytes } = await pdfFor(completeFamily);
    const text = squash((await pdfText(bytes)).map((p) => p.text).join(''));
    // Names are wrapped in direction isolates, which a PDF (without bidi) leaves out.
    const missing = fieldLines(model).filter((line) => !text.includes(squash(line.replace(/[\u2066-\u2069]/g, ''))));
    expect(missing).toEqual([]);
    expect(text).toContain(squash('Siân Dŵr'));
  });

  it("leaves lines to write the team's details on, and says what has not been agreed yet", async () => {
    const { bytes } = await pdfFor(minimal);
    const text = (await pdfText(bytes)).map((p) => p.text).join(' ');
    expect(text).toContain('Lead investigator');
    // On paper the team's details are written in by hand, not labelled "to be filled in".
    expect(text).not.toContain('To be filled in');
    expect(text.split('Nothing has been agreed about this yet.').length - 1).toBeGreaterThan(3);
  });

  it('is tagged, titled and in the right language', async () => {
    const { bytes } = await pdfFor(completeFamily);
    const structure = await structureOf(bytes);
    for (const role of ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD'])
      expect(structure.roles.has(role), role).toBe(true);
    expect(structure.unmarkedText).toEqual([]);
    expect(structure.orphanedText).toEqual([]);
    const doc = await openPdf(bytes);
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
    expect(info.Title).toBe('How we will work together');
    expect(info.Language).toBe('en-GB');
  });

  it('builds from hostile answers without throwing, in large print too, with all text inside the page', async () => {
    for (const large of [false, true]) {
      const { bytes } = await pdfFor({ ...completeFamily, ...hostile }, large);
      const pages = await pdfText(bytes);
      const outside = pages.flatMap((page) =>
        page.runs.filter((r) => r.x < 0 || r.x + r.width > page.width || r.y < 0 || r.y > page.height),
      );
      expect(outside).toEqual([]);
      expect(squash(pages.map((p) => p.text).join(''))).toContain(squash('<script>alert(1)</script>'));
    }
  });
});
