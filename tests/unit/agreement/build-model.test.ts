import { describe, expect, it } from 'vitest';
import { buildAgreementModel, buildBlankModel } from '~/core/agreement/build-model';
import { AGREEMENT_SECTIONS } from '~/core/agreement/sections';
import type { AgreementModel } from '~/core/agreement/model';
import { ALL_QUESTIONS, type Answers } from '~/core/journey/schema';
import { applies } from '~/core/journey/journey';
import { FAMILY, questionById } from '~/core/journey/family';
import { completeFamily, completeFamilyOther } from '../../fixtures/answers/complete-family';
import { minimal } from '../../fixtures/answers/minimal';
import { hostile } from '../../fixtures/answers/hostile';
import { agreementInputs } from '../../helpers/agreement-inputs';

const textOf = (model: AgreementModel) =>
  JSON.stringify(model.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => JSON.stringify(b))]));

describe('the agreement model', () => {
  const model = buildAgreementModel(completeFamily, agreementInputs());

  it('has sections A to L, in order, titled "How we will work together", and says it is not legally binding', () => {
    expect(model.title).toBe('How we will work together');
    expect(model.sections.map((s) => s.heading[0])).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
      'I',
      'J',
      'K',
      'L',
    ]);
    expect(model.intro.join(' ')).toContain('not legally binding');
    expect(model.intro.join(' ')).toContain('change it at any time');
  });

  it("includes every answer the agreement uses, in the person's own words", () => {
    const text = textOf(model);
    expect(text).toContain('Siân Dŵr');
    expect(text).toContain('Why was I told to wait for the morning round');
    expect(text).toContain('1. ');
    const used = AGREEMENT_SECTIONS.flatMap((s) => s.questions);
    for (const id of used)
      expect(
        ALL_QUESTIONS.some((q) => q.id === id),
        id,
      ).toBe(true);
  });

  it('shows the other people to include as a table', () => {
    const tables = model.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table');
    expect(tables.length).toBeGreaterThan(0);
  });

  it('states what was agreed as sentences to the person, leaving out what was not discussed', () => {
    const statements = model.sections
      .flatMap((s) => s.blocks)
      .filter((b) => b.kind === 'statement')
      .map((b) => (b as { text: string }).text);
    expect(statements).toContain(
      'The team can leave a message asking you to call back, without saying what it is about.',
    );
    expect(statements).toContain('The team will update you every 2 weeks, even when there is no news.');
    expect(statements).toContain('You would like the team to get in touch by:');
    expect(textOf(model)).not.toMatch(/Who is filling this in|Not discussed yet|I am a family member/);
    const sparse = buildAgreementModel(minimal, agreementInputs());
    const meetings = sparse.sections.find((s) => s.id === 'meetings')!;
    expect(meetings.blocks).toEqual([
      { kind: 'paragraph', text: 'Nothing has been agreed about this yet.', says: { key: 'notAgreedYet' } },
    ]);
    // Rhys has died, so whether he can take part is not asked and not in the agreement.
    expect(applies(FAMILY, questionById('patient-can-take-part'), completeFamily)).toBe(false);
    expect(textOf(model)).not.toContain('can take part');
  });

  it("leaves the team's details for the team to fill in, giving each once", () => {
    const fields = model.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'teamField');
    expect(fields.find((f) => f.label === 'Organisation')).toMatchObject({ value: 'Example NHS Foundation Trust' });
    expect(fields.find((f) => f.label === 'Lead investigator')).not.toHaveProperty('value');
    expect(model.labels.toFillIn).toBe('To be filled in with your investigation team');
    // The reference is at the top of the agreement (and every PDF page), not repeated in a section.
    expect(JSON.stringify(model.sections)).not.toContain('Investigation reference');
    const filled = buildAgreementModel(
      completeFamily,
      agreementInputs({ caseDetails: { reference: 'PSII-7', leadInvestigator: 'Dr A Jones' } }),
    );
    expect(filled.reference).toBe('Reference: PSII-7');
    expect(
      filled.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'teamField' && b.label === 'Lead investigator'),
    ).toMatchObject({ value: 'Dr A Jones' });
  });

  it.each([
    ['the patient', minimal, 'Nothing has been agreed', /\{\{|the person this happened to's/],
    ['someone else, whose relative is alive', completeFamilyOther, 'You are Dafydd', /\{\{/],
    ['a bereaved parent', completeFamily, "You are Rhys's parent.", /\{\{|Rhys can take part/],
  ] as const)('reads correctly for %s', (_, answers, expected, never) => {
    const text = textOf(buildAgreementModel(answers, agreementInputs())).replace(/[\u2066-\u2069]/g, '');
    expect(text).toContain(expected);
    expect(text).not.toMatch(never);
  });

  it('keeps hostile text as plain text and makes a sensible file name', () => {
    const risky = buildAgreementModel({ ...completeFamily, ...hostile }, agreementInputs({ largePrint: true }));
    expect(textOf(risky)).toContain('<script>');
    expect(risky.fileName).toBe('how-we-will-work-together-large-print-2026-11-23.pdf');
    expect(risky.pageOf).toBe('Page {{page}} of {{total}}');
  });

  it("gives the support page's full address; on paper without one, the trust's team to ask instead (paper cannot follow a path)", () => {
    const support = (m: AgreementModel) => JSON.stringify(m.sections.find((s) => s.id === 'support'));
    expect(support(model)).toContain('https://learn-together.example.nhs.uk/en/support/');
    const team = { name: 'Patient Safety Team', contact: '01632 960 000' };
    const noSite = buildBlankModel(agreementInputs({ supportUrl: '/en/support/', team }));
    expect(support(noSite)).toContain('contact the Patient Safety Team: 01632 960 000');
    expect(support(noSite)).not.toContain('/en/support/');
    expect(support(noSite)).not.toContain('this website');
  });

  it('has a blank paper form asking the real questions, with boxes to tick, lines to write on and signatures', () => {
    const blank = buildBlankModel(agreementInputs());
    // A to L, then a sheet of more room to write.
    expect(blank.sections).toHaveLength(13);
    const blocks = blank.sections.flatMap((s) => s.blocks);
    const boxes = blocks.filter((b) => b.kind === 'tickBoxes');
    expect(boxes.find((b) => b.label.endsWith('. How would you like to get the draft report?'))?.options).toEqual([
      'Talk it through in a meeting first',
      'By post',
      'By email',
      'Collect it in person',
    ]);
    expect(blocks.filter((b) => b.kind === 'writingSpace').length).toBeGreaterThan(10);
    expect(blank.sections.at(-2)!.blocks.some((b) => b.kind === 'signatures')).toBe(true);
    expect(blank.fileName).toBe('how-we-will-work-together-blank-2026-11-23.pdf');
  });

  it('keeps on paper what the screen asks on the same page: the notes under choices, and what to say of each person', () => {
    const blocks = buildBlankModel(agreementInputs()).sections.flatMap((s) => s.blocks);
    const spaces = blocks.flatMap((b) => (b.kind === 'writingSpace' ? [b] : []));
    for (const note of [
      'Which language, and which dialect? For example, Sylheti or Mirpuri',
      'When is it best to contact you, and are there times to avoid?',
      'Are there any places you would rather not go to for meetings? For example, the ward where it happened',
    ])
      expect(spaces.map((b) => b.label)).toContain(note);
    const people = spaces.find((b) => b.label.endsWith('. Who supports you, or should be included?'));
    expect(people?.hint).toMatch(/whether they will come to meetings with you, and whether the team can talk to them/);
  });
});

describe('communication needs (the Accessible Information Standard)', () => {
  const needsOf = (answers: Answers) =>
    buildAgreementModel(answers, agreementInputs()).sections.find((s) => s.id === 'needs')!;
  const said = (answers: Answers) => JSON.stringify(needsOf(answers).blocks).replace(/[\u2066-\u2069]/g, '');

  it("has a section of its own, C, with the person's needs in plain words, the interpreter's language with them", () => {
    const section = needsOf(completeFamily);
    expect(section.heading).toBe('C. Communication needs');
    const text = said(completeFamily);
    expect(text).toContain('To talk with the team, you would like:');
    expect(text).toContain('An interpreter for a spoken language');
    expect(text).toContain("The interpreter's language and dialect: Polish, for my husband Tomasz.");
    expect(text).toContain('The team will book a trained professional interpreter. It will not ask a child');
    expect(text).toContain('It does not matter to you whether the interpreter is a woman or a man.');
    expect(text).toContain('Talking and writing in Welsh');
    // Rhys has died: nothing is asked or said about his needs.
    expect(text).not.toContain('Rhys would');
  });

  it("states a living patient's needs after the person's own, by name", () => {
    const text = said(completeFamilyOther);
    expect(text).toContain('Standard print is fine for you.');
    expect(text).toContain('The team will send Dafydd letters and information as:');
    expect(text).toContain('Large print');
    expect(text).toContain('A British Sign Language (BSL) interpreter');
    expect(text).toContain('Dafydd would prefer a man as their interpreter.');
    expect(text.indexOf('Standard print is fine for you.')).toBeLessThan(text.indexOf('Dafydd letters'));
  });

  it('keeps a line for the language to fill in with the team when an interpreter was asked for without one', () => {
    const blocks = needsOf({
      ...completeFamily,
      'communication-support': { choices: ['spoken-interpreter'] },
    }).blocks;
    expect(blocks).toContainEqual(
      expect.objectContaining({ kind: 'teamField', label: 'The language and dialect for the interpreter' }),
    );
  });

  it('asks the same questions on the blank form, numbered, with when to answer the interpreter and patient ones', () => {
    const blocks = buildBlankModel(agreementInputs()).sections.find((s) => s.id === 'needs')!.blocks;
    const labels = blocks.map((b) => ('label' in b ? b.label : ''));
    expect(labels.filter((l) => /^\d+\. /.test(l))).toHaveLength(10);
    const formats = blocks.find((b) => b.kind === 'tickBoxes' && b.label.includes('How would you like to get letters'));
    expect(formats).toMatchObject({ hint: expect.stringContaining('Tick all that apply') });
    const number = (text: string) => Number(labels.find((l) => l.includes(text))!.split('.')[0]);
    const support = number('What support would help you talk with the team?');
    const professional = blocks.find(
      (b) => 'label' in b && b.label.includes('Would you like a professional interpreter?'),
    );
    // The paper form keeps "question 14" on one line with a no-break space.
    const plain = (text: string) => text.replace(/\u00a0/g, ' ');
    expect(plain(professional && 'hint' in professional ? (professional.hint ?? '') : '')).toContain(
      `at question ${support}`,
    );
    const patient = blocks.find(
      (b) => 'label' in b && b.label.includes('like to get letters and information?') && b !== formats,
    );
    expect(patient).toMatchObject({ hint: expect.stringMatching(/^Only answer this if/) });
  });
});

describe('private answers (marked sensitive in the schema)', () => {
  const sensitive = ALL_QUESTIONS.filter((q) => q.sensitive);
  const fixtures: Record<string, Answers> = { completeFamily, hostile: { ...completeFamily, ...hostile } };
  const valueOf = (answers: Answers, id: string) => String((answers as Record<string, unknown>)[id]);

  it('include at least "who should not get information"', () => {
    expect(sensitive.map((q) => q.id)).toContain('do-not-share');
  });

  it.each(Object.entries(fixtures))('never reach the family copy (%s), nor the blank form', (_, answers) => {
    const text = JSON.stringify(buildAgreementModel(answers, agreementInputs()));
    for (const q of sensitive) expect(text).not.toContain(valueOf(answers, q.id));
    expect(text).not.toContain('who should not get information');
    expect(JSON.stringify(buildBlankModel(agreementInputs()))).not.toContain('should not get information');
    const family = JSON.stringify(buildAgreementModel(answers, agreementInputs({ copy: { for: 'family' } })));
    for (const q of sensitive) expect(family).not.toContain(valueOf(answers, q.id));
  });

  it.each(Object.entries(fixtures))(
    'stay off the team copy too unless the person chose to include them (%s)',
    (_, answers) => {
      const notChosen = buildAgreementModel(answers, agreementInputs({ copy: { for: 'team', includePrivate: false } }));
      for (const q of sensitive) expect(JSON.stringify(notChosen)).not.toContain(valueOf(answers, q.id));
      const chosen = buildAgreementModel(answers, agreementInputs({ copy: { for: 'team', includePrivate: true } }));
      for (const q of sensitive)
        expect(JSON.stringify(chosen)).toContain(JSON.stringify(valueOf(answers, q.id)).slice(1, -1));
      expect(chosen.copyNote).toContain('includes private information');
      expect(chosen.fileName).toContain('team-copy');
      const statement = chosen.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'statement' && b.private);
      // The renderers put the "Private:" label before it, so the sentence itself must not say it again.
      expect(statement).toMatchObject({ text: 'Who should not get information, or only some of it:', private: true });
    },
  );
});
