import { describe, expect, it } from 'vitest';
import { visualRuns } from '~/core/pdf/scripts/bidi-runs';

/** Each run's text, left to right on the page, marked ← when drawn right to left (spaces are runs of their own here). */
function picture(text: string, base: 'ltr' | 'rtl' | 'auto') {
  const isArabic = (index: number) => /\p{scx=Arabic}/u.test(text[index]!);
  const { rightToLeft, runs } = visualRuns(text, base, (index) => (isArabic(index) ? 'arabic' : 'latin'));
  return { rightToLeft, runs: runs.map((run) => `${run.rightToLeft ? '←' : '→'}${text.slice(run.start, run.end)}`) };
}

describe('a line cut into runs in visual order', () => {
  it('keeps the digits of a year in order inside Arabic, and sets the Arabic words right to left', () => {
    expect(picture('موعدنا يوم 9 ديسمبر 2026', 'auto')).toEqual({
      rightToLeft: true,
      runs: ['→2026', '← ', '←ديسمبر', '← ', '→9', '← ', '←يوم', '← ', '←موعدنا'],
    });
  });

  it('puts an Arabic name inside English where it belongs, in a left-to-right paragraph', () => {
    expect(picture('Name: محمد علی.', 'auto')).toEqual({
      rightToLeft: false,
      runs: ['→Name: ', '←علی', '← ', '←محمد', '→.'],
    });
  });

  it("keeps a phone number's groups in order in right-to-left text, as the HTML shows it (not 000 960 01632)", () => {
    const runs = picture('رابطہ کریں: 01632 960 000 یا ای میل', 'rtl').runs;
    expect(runs).toContain('→01632 960 000');
    expect(runs.join('')).not.toContain('→000');
  });

  it('sets an English name inside an Urdu document right to left as a whole line', () => {
    expect(picture('Siân', 'rtl').rightToLeft).toBe(true);
  });
});
