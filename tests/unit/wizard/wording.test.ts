import { describe, expect, it } from 'vitest';
import { buildAgreementModel } from '~/core/agreement/build-model';
import { questionWords } from '~/core/questions/question-words';
import { describeAnswer } from '~/core/questions/rules';
import '~/core/questions/all-rules';
import { wordingVariant } from '~/core/journey/family';
import { applicableQuestions, applies } from '~/core/journey/journey';
import { FAMILY } from '~/core/journey/family';
import { stageKey } from '~/core/journey/schema/keys';
import { STAGES, type Answers } from '~/core/journey/schema';
import { createWizardTranslator } from '~/i18n/wizard-resources';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { agreementInputs } from '../../helpers/agreement-inputs';

/*
 * The words each kind of person reads, written out whole for review: the person themselves, a family
 * member, a bereaved family member, and someone else helping (a carer). A change to any introduction, hint,
 * summary row or agreement sentence shows up in the snapshot's diff, to be read as that person would.
 */
const t = createWizardTranslator('en');
const { 'patient-name': _name, relationship: _relationship, ...ownAnswers } = completeFamily;
const PEOPLE: [string, Answers][] = [
  ['self', { ...ownAnswers, 'who-is-filling-in': { choice: 'patient' } }],
  ['family member', { ...completeFamily, 'patient-name': 'Daniel', 'patient-alive': { choice: 'yes' } }],
  ['bereaved family member', { ...completeFamily, 'patient-name': 'Daniel', 'patient-alive': { choice: 'no' } }],
  [
    'someone else (a carer)',
    {
      ...completeFamily,
      'who-is-filling-in': { choice: 'carer' },
      'patient-name': 'Daniel',
      'patient-alive': { choice: 'yes' },
    },
  ],
];

function wordsFor(answers: Answers): string {
  const words = questionWords(t, answers, 'en-GB');
  const patientName = typeof answers['patient-name'] === 'string' ? answers['patient-name'] : t('ui:thePerson');
  const lines: string[] = [`variant: ${wordingVariant(answers) ?? 'default'}`];
  for (const stage of STAGES.slice(0, 2)) {
    lines.push('', `## ${t(stageKey(stage.id, 'title'))}`);
    lines.push(`intro: ${t(stageKey(stage.id, 'intro'), { context: wordingVariant(answers), patientName })}`);
    for (const step of stage.steps.filter((s) => applies(FAMILY, s, answers))) {
      if (step.type === 'notice') {
        lines.push(`[${step.id}] ${words.notice(step.id, 'title')} / ${words.notice(step.id, 'body')}`);
        continue;
      }
      lines.push(`[${step.id}] ${words.label(step)}`, `  hint: ${words.hint(step)}`);
    }
    lines.push('check answers:');
    for (const question of applicableQuestions(FAMILY, stage, answers)) {
      const value = answers[question.id as keyof Answers];
      if (value === undefined) continue;
      const described = describeAnswer(question, value, words);
      const text =
        described.kind === 'text'
          ? described.text
          : described.kind === 'list'
            ? described.items.join('; ')
            : described.rows.map((r) => r.join(' | ')).join('; ');
      lines.push(`  ${words.short(question)}: ${text}`);
    }
  }
  lines.push('', '## Agreement');
  for (const section of buildAgreementModel(answers, agreementInputs()).sections)
    for (const block of section.blocks)
      if (block.kind === 'statement' || block.kind === 'paragraph') lines.push(`  ${block.text}`);
  return lines.join('\n').replace(/[\u2066-\u2069]/g, '');
}

describe('the words each person reads', () => {
  it.each(PEOPLE)('for %s', async (name, answers) => {
    await expect(wordsFor(answers)).toMatchFileSnapshot(`./__snapshots__/wording/${name.replace(/\W+/g, '-')}.txt`);
  });

  it('never tells a family member or a carer that the questions are about them as the person this happened to', () => {
    for (const [name, answers] of PEOPLE.slice(1))
      expect(wordsFor(answers), name).not.toMatch(/you, the person this happened to/);
  });

  it('never shows the person themselves the page for a death, even with an answer left from before', () => {
    expect(wordsFor(PEOPLE[0]![1])).not.toContain('acknowledge-death');
  });

  it('says the person has died in words, never a bare "No"', () => {
    const bereaved = wordsFor(PEOPLE[2]![1]);
    expect(bereaved).toContain('About Daniel: Daniel has died');
    expect(bereaved).not.toMatch(/: No, /);
  });
});
