import { describe, expect, it } from 'vitest';
import { date } from '../../../src/wizard/questions/date';
import { normaliseAnswer, validateAnswer } from '../../../src/wizard/questions';
import type { Question } from '../../../src/wizard/schema';

const now = new Date('2026-11-23T12:00:00Z');
const past = { allowFuture: false };

describe('dates', () => {
  it.each([
    [{ day: '27', month: '3', year: '2026' }, []],
    [{ month: '3', year: '2026' }, []],
    [{ year: '2025' }, []],
    [{ day: ' 03 ', month: '03', year: '2026' }, []],
    [{ day: '30', month: '2', year: '2026' }, ['dayRange']],
    [{ day: '29', month: '2', year: '2024' }, []],
    [{ month: '13', year: '2026' }, ['monthRange']],
    [{ month: '3', year: '26' }, ['yearFormat']],
    [{ day: '3', year: '2026' }, ['missingMonth']],
    [{ day: '3', month: '4' }, ['missingYear']],
    [{ month: '12', year: '2026' }, ['inFuture']],
    [{ year: '1850' }, ['tooEarly']],
  ])('%j gives %j', (value, codes) => {
    expect(date.validateAt(past, value, now).map((e) => e.code)).toEqual(codes);
  });

  it('allows dates to come when the question is about the future', () => {
    expect(date.validateAt({ allowFuture: true }, { day: '1', month: '2', year: '2027' }, now)).toEqual([]);
  });

  it('keeps a month-and-year answer as "around" that month', () => {
    expect(date.normalise({ month: '03', year: '2026' })).toEqual({ month: '3', year: '2026', approximate: true });
    expect(date.normalise({ day: '5', month: '3', year: '2026' })).toEqual({ day: '5', month: '3', year: '2026' });
  });
});

describe('answers', () => {
  const name: Question = { id: 'n', type: 'text', required: true, maxLength: 10 };
  const about: Question = { id: 'a', type: 'longText', maxLength: 20000 };
  const contact: Question = { id: 'c', type: 'contact', fields: ['phone', 'email'] };
  const many: Question = { id: 'm', type: 'multiChoice', options: ['a', 'b', 'none'], exclusiveOption: 'none' };

  it('asks for a required answer and says how far over a length limit it is', () => {
    expect(validateAnswer(name, '   ')).toEqual([{ field: '', code: 'required' }]);
    expect(validateAnswer(name, 'x'.repeat(12))).toEqual([
      { field: '', code: 'tooLong', params: { max: 10, over: 2 } },
    ]);
  });

  it('accepts a 20,000-character answer with emoji and keeps it exactly', () => {
    const text = '🙂 ŵŷ '.repeat(2000).slice(0, 20000);
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

  it('keeps <script> in a name as text: answers are data, never markup', () => {
    expect(normaliseAnswer(name, '<script>x</script>')).toBe('<script>x</script>');
  });
});
