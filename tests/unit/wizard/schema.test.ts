import { describe, expect, it } from 'vitest';
import { ALL_QUESTIONS, STAGES } from '../../../src/wizard/schema';
import { questionsIn } from '../../../src/wizard/conditions';
import { POSITIONS } from '../../../src/wizard/machine';
import { WIZARD_RESOURCES } from '../../../src/i18n/create-wizard-translator';
import { LOCALE_CODES } from '../../../src/i18n/locales';

const ids = ALL_QUESTIONS.map((q) => q.id);

describe('the question schema', () => {
  it('has five stages in the Learn Together order', () => {
    expect(STAGES.map((s) => s.id)).toEqual([
      'understanding-you',
      'agreeing-how-you-work-together',
      'giving-and-getting-information',
      'checking-and-finalising-the-report',
      'next-steps',
    ]);
  });

  it('gives every question a unique, URL-safe id that cannot be mistaken for another page', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(id).not.toMatch(/^(check|complete)-|^(hub|answers|save-choice|routing)$/);
    }
  });

  it('only asks a follow-up question after the question it depends on', () => {
    const problems: string[] = [];
    ALL_QUESTIONS.forEach((question, index) => {
      if (!question.showIf) return;
      for (const dependency of questionsIn(question.showIf)) {
        const at = ids.indexOf(dependency);
        if (at === -1) problems.push(`${question.id} depends on unknown ${dependency}`);
        else if (at >= index) problems.push(`${question.id} depends on later ${dependency}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('marks a choice question\'s "other" and "none" options from its own options', () => {
    for (const q of ALL_QUESTIONS) {
      if (q.type !== 'singleChoice' && q.type !== 'multiChoice') continue;
      if (q.otherOption) expect(q.options).toContain(q.otherOption);
      if (q.type === 'multiChoice' && q.exclusiveOption) expect(q.options).toContain(q.exclusiveOption);
      expect(new Set(q.options).size).toBe(q.options.length);
    }
  });

  it('has a page in the machine for every question, check answers and completion page', () => {
    const expected = [
      ...ids,
      ...STAGES.flatMap((s) => [`check-${s.id}`, `complete-${s.id}`]),
      'hub',
      'answers',
      'save-choice',
      'agreement',
    ];
    expect([...POSITIONS].sort()).toEqual(expected.sort());
  });
});

describe.each(LOCALE_CODES)('wizard strings in %s', (locale) => {
  const { wizard } = WIZARD_RESOURCES[locale];
  const strings = wizard.questions as Record<string, Record<string, unknown>>;

  it('has a label and a short name for every question, and nothing for questions that do not exist', () => {
    for (const q of ALL_QUESTIONS) {
      expect(strings[q.id]?.label, q.id).toBeTruthy();
      expect(strings[q.id]?.short, q.id).toBeTruthy();
    }
    expect(Object.keys(strings).sort()).toEqual([...ids].sort());
  });

  it('has words for every option, and an error message for every required question', () => {
    for (const q of ALL_QUESTIONS) {
      const options = (strings[q.id]?.options ?? {}) as Record<string, string>;
      const expected = q.type === 'singleChoice' || q.type === 'multiChoice' ? [...q.options] : [];
      expect(Object.keys(options).sort(), q.id).toEqual(expected.sort());
      expect(Boolean(strings[q.id]?.errorRequired), q.id).toBe(Boolean(q.required));
    }
  });

  it('has a title and a hint for every stage', () => {
    const stages = wizard.stages as Record<string, { title: string; hint: string }>;
    for (const s of STAGES) {
      expect(stages[s.id]?.title).toBeTruthy();
      expect(stages[s.id]?.hint).toBeTruthy();
    }
  });

  it('gives every label that names the patient a version for when the patient is filling it in', () => {
    for (const q of ALL_QUESTIONS) {
      for (const part of ['label', 'hint']) {
        if (String(strings[q.id]?.[part] ?? '').includes('{{patientName}}'))
          expect(strings[q.id]?.[`${part}_self`], `${q.id}.${part}`).toBeTruthy();
      }
    }
  });
});
