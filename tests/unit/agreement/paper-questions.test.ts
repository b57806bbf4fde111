import { describe, expect, it } from 'vitest';
import { buildBlankModel } from '~/core/agreement/build-model';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { questionById } from '~/core/journey/family';
import type { QuestionId } from '~/core/journey/schema';
import type { AgreementBlock } from '~/core/agreement/model';
import { createWizardTranslator } from '~/i18n/wizard-resources';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { pdfText } from '../../helpers/pdf-text';

type Asked = Extract<AgreementBlock, { kind: 'tickBoxes' | 'writingSpace' }>;
const askedIn = (largePrint = false, locale: 'en' | 'cy' = 'en') =>
  buildBlankModel(agreementInputs({ largePrint, t: createWizardTranslator(locale) }))
    .sections.flatMap((s) => s.blocks)
    .filter((b): b is Asked & { question: string } => 'question' in b && b.question !== undefined);

describe('the blank paper form, question by question', () => {
  it('numbers every question 1, 2, 3 … straight through the form, the number first in its label', () => {
    const asked = askedIn();
    expect(asked.length).toBeGreaterThan(20);
    expect(asked.map((b) => Number(/^(\d+)\. /.exec(b.label)?.[1]))).toEqual(asked.map((_, i) => i + 1));
  });

  it('says "Tick one" on every one-answer question and "Tick all that apply" on every question with several', () => {
    const asked = askedIn();
    const choices = asked.filter((b) => {
      const type = questionById(b.question as QuestionId).type;
      return type === 'singleChoice' || type === 'yesNo' || type === 'multiChoice';
    });
    expect(choices.length).toBeGreaterThan(10);
    for (const block of choices) {
      const type = questionById(block.question as QuestionId).type;
      expect({ id: block.question, kind: block.kind, hint: block.hint }).toEqual({
        id: block.question,
        kind: 'tickBoxes',
        hint: expect.stringMatching(type === 'multiChoice' ? /(^|\n)Tick all that apply$/ : /(^|\n)Tick one$/),
      });
    }
  });

  it('says it in Welsh on the Welsh form', () => {
    const hints = askedIn(false, 'cy').map((b) => b.hint ?? '');
    expect(hints.filter((h) => h.endsWith('Ticiwch un')).length).toBeGreaterThan(10);
    expect(hints).toContain("Ticiwch bob un sy'n berthnasol");
  });

  it('ticks a yes/no question with its own Welsh answers, which echo its verb ("Hoffwn", "Oes")', () => {
    const welsh = askedIn(false, 'cy');
    const boxes = (id: string) => welsh.find((b) => b.question === id);
    expect(boxes('warn-before-draft')).toMatchObject({ kind: 'tickBoxes', options: ['Hoffwn', 'Na hoffwn'] });
    expect(boxes('need-more-time')).toMatchObject({ kind: 'tickBoxes', options: ['Oes', 'Nac oes'] });
    expect(askedIn().find((b) => b.question === 'need-more-time')).toMatchObject({ options: ['Yes', 'No'] });
  });

  it.each([false, true])('prints the numbers and "Tick one" in the PDF (large print: %s)', async (largePrint) => {
    const bytes = await buildAgreementPdf(buildBlankModel(agreementInputs({ largePrint })), openSansBytes());
    const text = (await pdfText(bytes)).map((p) => p.text).join('\n');
    const asked = askedIn(largePrint);
    const last = asked.at(-1)!.label.split(' ').slice(0, 3).join(' ');
    expect(text).toContain(asked[0]!.label.split(' ').slice(0, 3).join(' '));
    expect(text).toContain(last);
    const tickOne = asked.filter((b) => b.hint?.endsWith('Tick one')).length;
    expect(tickOne).toBeGreaterThan(10);
    expect(text.match(/Tick one/g)?.length).toBe(tickOne);
  });
});
