import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '~/core/store/answers-migrations';
// The complete stories as version 4 saved them (today's are in complete-family.ts; version 5 is answers-v5.test.ts).
import version4 from '../../fixtures/answers/complete-family.v4.json';
import { strings } from '../../helpers/pseudo';
import saved from '../../fixtures/answers/complete-family.v3.json';

const toVersion4 = MIGRATIONS[3]!;
const upgrade = (answers: unknown, skipped: string[] = []) =>
  toVersion4({ schemaVersion: 3, answers, skipped }) as {
    answers: Record<string, unknown>;
    skipped: string[];
  };

describe('answers saved before stage 2 asked about supporters once (schema 3 to 4)', () => {
  it('become the answers of today, person for person', () => {
    expect(upgrade(saved.completeFamily).answers).toEqual(version4.completeFamily);
    expect(upgrade(saved.completeFamilyOther).answers).toEqual(version4.completeFamilyOther);
  });

  it('keep every word the person wrote', () => {
    for (const before of [saved.completeFamily, saved.completeFamilyOther]) {
      const after = JSON.stringify(upgrade(before).answers);
      const typed = strings(before).filter((w) => !/^[a-z0-9-]+$/.test(w));
      expect(typed.length).toBeGreaterThan(10);
      for (const words of typed) expect(after).toContain(JSON.stringify(words).slice(1, -1));
    }
  });

  it('makes one person of someone named twice, joining what was said of them', () => {
    const { answers } = upgrade({
      'other-people': { items: [{ name: 'Eleri', relationship: 'Nain' }] },
      'support-person-wanted': 'yes',
      'support-person': { name: ' eleri ', phone: '01970 000111' },
    });
    expect(answers['other-people']).toEqual({
      items: [{ name: 'Eleri', relationship: 'Nain', phone: '01970 000111', meetings: 'yes' }],
    });
  });

  it('keeps the interpreter asked for when only the language was saved, and drops skips of questions now gone', () => {
    const { answers, skipped } = upgrade({ 'interpreter-language': 'Arabic' }, ['has-advocate', 'what-happened']);
    expect(answers['support-needs']).toEqual({ choices: ['interpreter'], note: 'Arabic' });
    expect(skipped).toEqual(['what-happened']);
  });

  it('brings someone who left on "Have you completed this section?" back to that stage\'s check page', () => {
    const moved = toVersion4({ schemaVersion: 3, answers: {}, skipped: [], position: 'complete-understanding-you' });
    expect(moved.position).toBe('check-understanding-you');
  });

  it('leaves a "no one else" answer alone when there is no one to add', () => {
    const { answers } = upgrade({ 'other-people': { items: [], noOneElse: true }, 'has-advocate': 'no' });
    expect(answers['other-people']).toEqual({ items: [], noOneElse: true });
  });
});
