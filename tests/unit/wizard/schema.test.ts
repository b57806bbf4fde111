import { describe, expect, it } from 'vitest';
import { ALL_NOTICES, ALL_QUESTIONS, ALL_STEPS, STAGES } from '~/core/journey/schema';
import { questionsIn } from '~/core/journey/conditions';
import { reservedAddresses } from '~/core/journey/position';
import { WORDING_VARIANTS } from '~/core/journey/schema/wording';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';
import { LOCALE_CODES } from '~/i18n/locales';
import { GUIDANCE_SLUGS } from '../../helpers/built-pages';

const ids = ALL_STEPS.map((s) => s.id);

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

  it('gives every step a unique, URL-safe id that cannot be mistaken for another page', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      // Every address the page registry reserves: a fixed page's text, or a stage page's prefix.
      for (const reserved of reservedAddresses())
        expect(reserved.endsWith('-') ? id.startsWith(reserved) : id === reserved, `${id} / ${reserved}`).toBe(false);
    }
  });

  it('only asks a follow-up question after the question it depends on', () => {
    const problems: string[] = [];
    ALL_STEPS.forEach((step, index) => {
      if (!step.showIf) return;
      for (const dependency of questionsIn(step.showIf)) {
        const at = ids.indexOf(dependency);
        if (at === -1) problems.push(`${step.id} depends on unknown ${dependency}`);
        else if (at >= index) problems.push(`${step.id} depends on later ${dependency}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('lists each option of a choice question once', () => {
    for (const q of ALL_QUESTIONS) {
      if (q.type === 'singleChoice' || q.type === 'multiChoice') expect(new Set(q.options).size).toBe(q.options.length);
    }
  });

  it('offers no option that duplicates the skip button', () => {
    for (const q of ALL_QUESTIONS) {
      if (q.type === 'singleChoice' || q.type === 'multiChoice')
        expect(q.options, q.id).not.toContain('prefer-not-to-say');
    }
  });

  it('points every stage at a family guidance page that exists', () => {
    for (const stage of STAGES) expect(GUIDANCE_SLUGS, stage.id).toContain(stage.guidance);
  });

  it('marks "who should not get information" private', () => {
    expect(ALL_QUESTIONS.find((q) => q.id === 'do-not-share')?.sensitive).toBe(true);
  });
});

describe.each(LOCALE_CODES)('wizard strings in %s', (locale) => {
  const { wizard } = WIZARD_RESOURCES[locale];
  const strings = wizard.questions as Record<string, Record<string, unknown>>;
  const variants = WORDING_VARIANTS.map((v) => v.id);

  it('has a label and a short name for every question, and nothing for questions that do not exist', () => {
    for (const q of ALL_QUESTIONS) {
      expect(strings[q.id]?.label, q.id).toBeTruthy();
      expect(strings[q.id]?.short, q.id).toBeTruthy();
    }
    expect(Object.keys(strings).sort()).toEqual(ALL_QUESTIONS.map((q) => q.id).sort());
  });

  it('has words for every option, an error message only for required questions, a note for each content note', () => {
    for (const q of ALL_QUESTIONS) {
      const options = (strings[q.id]?.options ?? {}) as Record<string, string>;
      const expected = q.type === 'singleChoice' || q.type === 'multiChoice' ? [...q.options] : [];
      expect(Object.keys(options).sort(), q.id).toEqual(expected.sort());
      if (strings[q.id]?.errorRequired) expect(q.required, q.id).toBe(true);
      expect(Boolean(strings[q.id]?.contentNote), q.id).toBe(Boolean(q.contentNote));
    }
  });

  it('words every variant key of a known variant only (label_self, hint_bereaved...)', () => {
    for (const [id, words] of Object.entries(strings)) {
      for (const key of Object.keys(words)) {
        const variant = key.split('_')[1];
        if (variant) expect(variants, `${id}.${key}`).toContain(variant);
      }
    }
  });

  it('has a title, hint and introduction for every stage, and words for every notice', () => {
    const stages = wizard.stages as Record<string, Record<string, string>>;
    for (const s of STAGES) {
      for (const part of [
        'title',
        'hint',
        'intro',
        ...(s.later ? ['later', 'laterHint'] : []),
        ...(s.contentNote ? ['contentNote'] : []),
      ]) {
        expect(stages[s.id]?.[part], `${s.id}.${part}`).toBeTruthy();
      }
    }
    const notices = wizard.notices as Record<string, Record<string, string>>;
    for (const n of ALL_NOTICES) expect(notices[n.id]?.title && notices[n.id]?.body, n.id).toBeTruthy();
  });

  it('gives every label that names the patient a version for when the patient is filling it in', () => {
    for (const q of ALL_QUESTIONS) {
      for (const part of ['label', 'hint']) {
        const text = strings[q.id]?.[part];
        if (typeof text === 'string' && text.includes('{{patientName}}'))
          expect(strings[q.id]?.[`${part}_self`], `${q.id}.${part}`).toBeTruthy();
      }
    }
  });
});

describe('hints', () => {
  const strings = WIZARD_RESOURCES.en.wizard.questions as Record<string, Record<string, unknown>>;
  const hints = Object.entries(strings).flatMap(([id, words]) =>
    Object.entries(words)
      .filter(([key]) => key.startsWith('hint'))
      .map(([key, text]) => [`${id}.${key}`, String(text)] as const),
  );

  it.each(hints)('%s is one short sentence', (_, text) => {
    expect(text.split(/[.!?]\s/).length, text).toBe(1);
    expect(text.split(/\s+/).length, text).toBeLessThanOrEqual(16);
  });
});
