import { describe, expect, it } from 'vitest';
import { buildBlankModel } from '~/core/agreement/build-model';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { paperNumbers, paperQuestion } from '~/core/agreement/paper-questions';
import { questionWords } from '~/core/questions/question-words';
import { AGREEMENT_SECTIONS } from '~/core/agreement/sections';
import { ALL_QUESTIONS, type QuestionId } from '~/core/journey/schema';
import type { SignpostOrganisation } from '~/core/journey/signposts';
import { blankAgreementModel, paperOrganisations } from '~/site/blank-agreement';
import { trust } from '~/config/trust';
import { createWizardTranslator } from '~/i18n/wizard-resources';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { pdfText } from '../../helpers/pdf-text';

/** The PDF's words, page by page, with line breaks and runs of spaces (no-break ones too) as one space. */
async function pdfPages(model: Parameters<typeof buildAgreementPdf>[0]) {
  const pages = await pdfText(await buildAgreementPdf(model, openSansBytes()));
  return pages.map((page) => page.text.replace(/\s+/g, ' '));
}

/** A trust's support file as it would fill it in: one organisation with everything, one with a website only. */
const organisations: SignpostOrganisation[] = [
  {
    id: 'helpline',
    name: 'Example Helpline',
    description: 'Someone to talk to.',
    website: 'https://helpline.example.org/',
    phone: '0808 196 0000',
    address: 'Freepost EXAMPLE\nPO Box 123\nExampletown EX1 2AB',
    checked: '2026-03-31',
  },
  { id: 'web-only', name: 'Web Only Charity', description: 'Online help.', website: 'https://web.example.org/' },
];
const team = { name: 'Patient Safety Team', contact: '01632 960 000 (Monday to Friday, 9am to 5pm)' };

describe('the blank form on paper', () => {
  const model = buildBlankModel(agreementInputs({ team, signposting: { organisations, guidance: [] } }));
  const pages = pdfPages(model);

  it("prints each organisation's phone number, postal address and when the trust checked them", async () => {
    const text = (await pages).join(' ');
    expect(text).toContain('Example Helpline · 0808 196 0000 · helpline.example.org');
    expect(text).toContain('Freepost EXAMPLE, PO Box 123, Exampletown EX1 2AB');
    expect(text).toContain('Contact details checked on 31 March 2026');
    // Nothing is made up for an organisation the trust has no number or address for.
    expect(text).toMatch(/Web Only Charity · web\.example\.org (?!·)/);
    expect(text.match(/checked on/g)).toHaveLength(1);
  });

  it('names the trust and how to reach its team, and sends a family to that team, not to "this website"', async () => {
    const text = (await pages).join(' ');
    expect(text).toContain(
      'If you have a question about this form, contact the Patient Safety Team at Example NHS Foundation Trust: 01632 960 000 (Monday to Friday, 9am to 5pm).',
    );
    expect(text).toContain('For help finding other support, contact the Patient Safety Team: 01632 960 000');
    expect(text).not.toContain('this website');
  });

  it('ends with a sheet of lines for more room, which the long answers point to', async () => {
    const last = (await pages).at(-1)!;
    expect(last).toContain(
      'More room to write If you need more room, carry on here. Write the question number beside what you write.',
    );
    expect((await pages).join(' ')).toMatch(
      /carry on on the last page of this form and write “Question \d+” beside it/,
    );
    expect(model.sections.at(-1)).toMatchObject({ id: 'more-room', newPage: true });
  });

  it('gives large print two sheets of lines for more room (a page of its own each)', async () => {
    const standard = await pdfPages(buildBlankModel(agreementInputs({ team })));
    const large = await pdfPages(buildBlankModel(agreementInputs({ team, largePrint: true })));
    const sheets = (p: string[]) => p.length - p.findIndex((text) => text.includes('More room to write'));
    expect(sheets(standard)).toBe(1);
    expect(sheets(large)).toBe(2);
  });

  it('says when to write on the line under a question: only if the box that opens it on screen was ticked', async () => {
    const numbers = paperNumbers();
    // Any choice question with a line under it, opened by its first option: the rule is the schema's, not one question's.
    const withNote = ALL_QUESTIONS.find((q) => q.type === 'multiChoice' && q.note)!;
    if (withNote.type !== 'multiChoice') throw new Error('no choice question has a line under it');
    const opened = { ...withNote, note: { ...withNote.note!, revealedBy: withNote.options[0]! } };
    const words = questionWords(agreementInputs().t, {}, 'en-GB');
    const [boxes, line] = paperQuestion(words, opened, numbers);
    expect(line).toMatchObject({
      kind: 'writingSpace',
      hint: `Only answer this if you ticked “${boxes!.kind === 'tickBoxes' && boxes!.options[0]}” at question\u00a0${numbers.get(withNote.id as QuestionId)}.`,
    });
    expect(paperQuestion(words, { ...withNote, note: { maxLength: 100 } }, numbers)[1]).not.toHaveProperty('hint');

    // And on the printed form, for every question the schema gives a line opened by one of its options.
    const notes = ALL_QUESTIONS.flatMap((q) => (q.type === 'multiChoice' && q.note?.revealedBy ? [q] : []));
    const text = (await pages).join(' ');
    const blocks = model.sections.flatMap((s) => s.blocks);
    // Today the two interpreter questions (the person's and the patient's): a loop over nothing checks nothing.
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const question of notes) {
      const boxes = blocks.find((b) => b.kind === 'tickBoxes' && b.question === question.id)!;
      const option = boxes.kind === 'tickBoxes' && boxes.options[question.options.indexOf(question.note!.revealedBy!)];
      const only = `Only answer this if you ticked “${option}” at question ${numbers.get(question.id as QuestionId)}.`;
      const line = blocks[blocks.indexOf(boxes) + 1]!;
      expect(line).toMatchObject({ kind: 'writingSpace', hint: only.replace(/ (\d+)\.$/, '\u00a0$1.') });
      expect(text).toContain(only);
    }
  });
});

describe('the blank agreement from both sides, for a meeting', () => {
  const model = buildBlankModel(agreementInputs({ team }), 'bothSides');
  const teamFields = AGREEMENT_SECTIONS.flatMap((plan) => plan.teamFields ?? []);

  it("gathers the team's details and promises into a part of their own, before the signatures", async () => {
    const part = model.sections.find((s) => s.id === 'team-part')!;
    expect(part.heading).toBe('The investigation team’s part');
    const labels = part.blocks.map((b) => (b.kind === 'writingSpace' ? b.label : ''));
    expect(labels).toEqual(expect.arrayContaining(['Lead investigator', 'Engagement lead or family liaison officer']));
    expect(labels).toContain('How often the team will give you an update, even if there is no news');
    expect(labels.length).toBe(teamFields.length + 2);
    expect(model.sections.map((s) => s.id).slice(-3)).toEqual(['team-part', 'signatures', 'more-room']);
    // The family's part asks only the family's questions.
    const familyBlocks = model.sections.filter((s) => s.id !== 'team-part').flatMap((s) => s.blocks);
    expect(familyBlocks.filter((b) => b.kind === 'writingSpace' && labels.includes(b.label))).toEqual([]);

    const text = (await pdfPages(model)).join(' ');
    expect(text).toContain('The agreement from both sides, to fill in together at a meeting');
    expect(text).toContain(
      'The investigation team’s part Organisation Date this agreement was made When we will look at this agreement again Lead investigator',
    );
    expect(text).toContain('For the investigation team');
    expect(model.fileName).toBe('how-we-will-work-together-both-sides-blank-2026-11-23.pdf');
  });
});

describe("the site's blank forms", () => {
  it('print every phone number the support content has for the trust’s nation', async () => {
    const phones = paperOrganisations('en').flatMap((o) => (o.phone ? [o.phone] : []));
    expect(phones.length).toBeGreaterThan(0);
    const text = (await pdfPages(blankAgreementModel('en', false, new URL('https://example.nhs.uk/')))).join(' ');
    for (const phone of phones) expect(text).toContain(phone);
    expect(text).toContain(trust.patientSafetyTeam.phone!);
  });
});

// Large print wraps often: "question" at the end of one line and its number on the next is easy to misread.
describe.each(['en', 'cy'] as const)('skip instructions in %s', (locale) => {
  it('keep "question" and its number together with a no-break space', () => {
    const t = createWizardTranslator(locale);
    for (const key of ['ticked', 'notTicked', 'answered'] as const) {
      const words = t(`agreement:paper.skip.${key}`, { options: '“Yes”', number: 7 });
      expect(words).toMatch(/\p{L}\u00a07$/u);
      expect(words).not.toMatch(/ 7$/);
    }
    expect(t('agreement:paper.moreRoom', { number: 7 })).toMatch(/\p{L}\u00a07”/u);
  });
});
