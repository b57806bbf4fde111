import { describe, expect, it, vi } from 'vitest';
import { dateRules } from '~/core/questions/date/rules';
import {
  FIRST_RULES,
  boundAnswer,
  describeAnswer,
  errorTarget,
  isAnswerShape,
  isAnswered,
  normaliseAnswer,
  validateAnswer,
} from '~/core/questions/rules';
import { LATER_RULES } from '~/core/questions/later-rules';
import { SAMPLES, type Samples } from '~/core/questions/samples';
import type { AnswerWords, Question, QuestionType } from '~/core/questions/types';
import { ALL_QUESTIONS } from '~/core/journey/schema';
import { createWizardTranslator } from '~/i18n/wizard-resources';
import { questionWords } from '~/core/questions/question-words';

const now = new Date('2026-11-23T12:00:00Z');
const words: AnswerWords = questionWords(createWizardTranslator('en'), {}, 'en-GB');
const samples = (q: Question) => SAMPLES[q.type] as Samples<QuestionType>;

describe('every question type', () => {
  it('has rules, a component and samples (a registry missing one does not compile)', () => {
    expect(Object.keys({ ...FIRST_RULES, ...LATER_RULES }).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it("outside the first load's types, has its rules only once they are loaded, and says so before", async () => {
    // A fresh copy of the registry, as the wizard's first load has it (the tests' setup loads them all).
    vi.resetModules();
    const fresh = await import('~/core/questions/rules');
    const date = ALL_QUESTIONS.find((q) => q.type === 'date')!;
    const name = ALL_QUESTIONS.find((q) => q.type === 'text')!;
    expect(fresh.questionRulesReady()).toBe(false);
    expect(fresh.validateAnswer(name, 'Sam')).toEqual([]);
    expect(() => fresh.validateAnswer(date, undefined)).toThrow(/date questions are not loaded/);
    await fresh.loadQuestionRules();
    expect(fresh.questionRulesReady()).toBe(true);
    expect(fresh.isAnswerShape(date, { day: '1', month: '2', year: '2026' })).toBe(true);
  });
});

describe.each(ALL_QUESTIONS.map((q) => [q.id, q] as const))('the rules of %s', (_id, question) => {
  const valid = samples(question).valid(question);
  const invalid = samples(question).invalid(question);

  it('accept every sample answer, keep it the same when normalised twice, and put it into words', () => {
    for (const value of valid) {
      expect(isAnswerShape(question, value)).toBe(true);
      expect(validateAnswer(question, value, now)).toEqual([]);
      const once = normaliseAnswer(question, value)!;
      expect(isAnswered(question, once)).toBe(true);
      expect(normaliseAnswer(question, once)).toEqual(once);
      expect(boundAnswer(question, once)).toEqual({ value: once, capped: false });
      expect(JSON.stringify(describeAnswer(question, once, words))).not.toMatch(/questions\.|values\.|"text":""/);
    }
  });

  it('reject the sample mistake, pointing at an input of the question', () => {
    // Only a choice with nothing to type (no "other") or a yes/no cannot be answered wrongly.
    if (!invalid)
      return expect(question.type === 'yesNo' || !('otherOption' in question && question.otherOption)).toBe(true);
    const errors = validateAnswer(question, invalid.answer, now);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(errorTarget(question, error.field)).toMatch(new RegExp(`^${question.id}(-|$)`));
  });

  it('treat nothing, or only spaces and invisible characters, as not answered', () => {
    expect(isAnswered(question, undefined)).toBe(false);
    expect(isAnswerShape(question, null)).toBe(false);
    expect(isAnswerShape(question, 42)).toBe(false);
  });
});

describe('dates', () => {
  const past = { id: 'd', type: 'date' } as const;
  it.each([
    [{ day: '27', month: '3', year: '2026' }, []],
    [{ month: '3', year: '2026' }, []],
    [{ year: '2025' }, []],
    [{ day: ' 03 ', month: '03', year: '2026' }, []],
    [{ day: '30', month: '2', year: '2026' }, ['day:dayRange']],
    [{ day: '29', month: '2', year: '2024' }, []],
    [{ month: '13', year: '2026' }, ['month:monthRange']],
    [{ month: '3', year: '26' }, ['year:yearFormat']],
    [{ day: '3', year: '2026' }, ['month:missingMonth']],
    [{ day: '3', month: '4' }, ['year:missingYear']],
    [{ month: '12', year: '2026' }, ['month:inFuture']],
    [{ year: '1850' }, ['year:tooEarly']],
  ])('%j gives %j', (value, codes) => {
    expect(dateRules.validate(past, value, now).map((e) => `${e.field}:${e.code}`)).toEqual(codes);
  });

  it('allows dates to come when the question is about the future', () => {
    expect(dateRules.validate({ ...past, allowFuture: true }, { day: '1', month: '2', year: '2027' }, now)).toEqual([]);
  });

  it('keeps a month-and-year answer as "around" that month', () => {
    expect(dateRules.normalise(past, { month: '03', year: '2026' })).toEqual({
      month: '3',
      year: '2026',
      approximate: true,
    });
    expect(dateRules.normalise(past, { day: '5', month: '3', year: '2026' })).toEqual({
      day: '5',
      month: '3',
      year: '2026',
    });
  });

  it('offers "Not yet" only where the schema says so', () => {
    expect(dateRules.validate({ ...past, notYet: true }, { notYet: true }, now)).toEqual([]);
    expect(dateRules.validate(past, { notYet: true }, now).map((e) => e.code)).toEqual(['unknownOption']);
    expect(dateRules.describe(past, { notYet: true }, words)).toEqual({ kind: 'text', text: 'Not yet' });
  });
});

describe('answers', () => {
  const name = { id: 'n', type: 'text', required: true, maxLength: 10 } as const;
  const about = { id: 'a', type: 'longText', maxLength: 20000 } as const;
  const contact = { id: 'c', type: 'contact', fields: ['phone', 'email'] } as const;
  const many = { id: 'm', type: 'multiChoice', options: ['a', 'b', 'none'], exclusiveOption: 'none' } as const;
  const people = { id: 'p', type: 'people', maxPeople: 2 } as const;

  it('asks for a required answer and says how far over a length limit it is, counting as people do', () => {
    expect(validateAnswer(name, '   ')).toEqual([{ field: '', code: 'required' }]);
    expect(validateAnswer(name, 'x'.repeat(12))).toEqual([
      { field: '', code: 'tooLong', params: { max: 10, over: 2 } },
    ]);
    // Ten family emoji are ten characters to a reader, though 80 UTF-16 code units.
    expect(validateAnswer(name, '👨‍👩‍👧'.repeat(10))).toEqual([]);
  });

  it("puts a yes/no answer in the question's own words: Welsh echoes the verb, English says Yes or No", () => {
    const cy = questionWords(createWizardTranslator('cy'), {}, 'cy-GB');
    const q = (id: string) => ALL_QUESTIONS.find((question) => question.id === id)!;
    const supporters = q('other-people');
    const person = { items: [{ name: 'Sam', meetings: 'no', talk: 'yes' }] };
    expect(describeAnswer(q('need-more-time'), 'no', cy)).toEqual({ kind: 'text', text: 'Nac oes' });
    expect(describeAnswer(q('final-meeting-wanted'), 'yes', cy)).toEqual({ kind: 'text', text: 'Hoffwn' });
    expect(describeAnswer(q('final-meeting-wanted'), 'yes', words)).toEqual({ kind: 'text', text: 'Yes' });
    expect(JSON.stringify(describeAnswer(supporters, person as never, cy))).toMatch(/Na ddylai.*Ydy/);
  });

  it('treats a name made only of invisible characters as no name', () => {
    expect(validateAnswer(name, '\u200B\u200D\u2060\uFEFF\u00A0')).toEqual([{ field: '', code: 'required' }]);
    expect(normaliseAnswer(name, '\u200B\u200B')).toBeUndefined();
  });

  it('accepts a 20,000-character answer with emoji and keeps it exactly', () => {
    const text = '🙂 ŵŷ '.repeat(4000).slice(0, 20000);
    expect(validateAnswer(about, text)).toEqual([]);
    expect(normaliseAnswer(about, `  ${text}  `)).toBe(text.trim());
  });

  it('accepts phone numbers as people write them, and points at the field that is wrong', () => {
    expect(validateAnswer(contact, { phone: '+44 (0)1632 960 001', email: 'siân@example.cymru' })).toEqual([]);
    expect(validateAnswer(contact, { phone: 'call me', email: 'nope' }).map((e) => [e.field, e.code])).toEqual([
      ['phone', 'phoneFormat'],
      ['email', 'emailFormat'],
    ]);
  });

  it('does not let "none of these" be chosen with other options', () => {
    expect(validateAnswer(many, { choices: ['a', 'none'] }).map((e) => e.code)).toEqual(['exclusive']);
  });

  it('takes "No one else" as an answer, and asks for a name for anyone added', () => {
    expect(validateAnswer(people, { items: [], noOneElse: true })).toEqual([]);
    expect(describeAnswer(people, { items: [], noOneElse: true }, words)).toEqual({
      kind: 'text',
      text: 'No one else',
    });
    expect(validateAnswer(people, { items: [{ phone: '01632 960 001' }] }).map((e) => `${e.field}:${e.code}`)).toEqual([
      'item-1-name:nameMissing',
    ]);
  });

  it('keeps <script> in a name as text: answers are data, never markup', () => {
    expect(normaliseAnswer(name, '<script>x</script>')).toBe('<script>x</script>');
  });

  it('caps loaded answers at the schema limits and says so', () => {
    const list = ALL_QUESTIONS.find((q) => q.id === 'family-questions')!;
    const tooMany = { items: Array.from({ length: 500 }, (_, i) => `Question ${i}`) };
    const bounded = boundAnswer(list, tooMany);
    expect(bounded.capped).toBe(true);
    expect((bounded.value as { items: string[] }).items).toHaveLength(30);
    expect(boundAnswer(name, 'x'.repeat(5000))).toEqual({ value: 'x'.repeat(10), capped: true });
  });
});
