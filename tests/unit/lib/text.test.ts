import { describe, expect, it } from 'vitest';
import {
  characterCount,
  cleanText,
  hasVisibleText,
  isolate,
  joinSentences,
  truncateCharacters,
} from '~/core/text/text';

describe('text as people see it', () => {
  it.each([
    ['', false],
    ['   \n\t', false],
    ['\u200B\u200C\u200D\u2060\uFEFF', false],
    ['\u202E\u2066\u2069', false],
    ['\u3164\u115F\u2800', false],
    ['\u0301', false],
    ['a', true],
    ['🙂', true],
    ['ŵ', true],
    ['مريم', true],
  ])('%j has visible text: %s', (text, visible) => {
    expect(hasVisibleText(text)).toBe(visible);
  });

  it('counts grapheme clusters, not UTF-16 units', () => {
    expect(characterCount('👨‍👩‍👧')).toBe(1);
    expect(characterCount('e\u0301')).toBe(1);
    expect(characterCount('ŵŷ')).toBe(2);
    expect(characterCount('🇨🇾🙂')).toBe(2);
  });

  it('cuts long text between characters, never inside one', () => {
    expect(truncateCharacters('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 2)).toBe('👨‍👩‍👧👨‍👩‍👧');
    expect(truncateCharacters('short', 10)).toBe('short');
  });

  it('trims, and empties text with nothing visible in it', () => {
    expect(cleanText('  Siân  ')).toBe('Siân');
    expect(cleanText('\u200B ')).toBe('');
  });

  it('isolates a typed name so its direction cannot leak into the sentence around it', () => {
    expect(isolate('\u202Emalicious')).toBe('\u2068\u202Emalicious\u2069');
  });

  it('joins sentences with one full stop between them, whether or not the first has its own', () => {
    expect(joinSentences(['A rough date is fine', 'For example, 27 3 2026'])).toBe(
      'A rough date is fine. For example, 27 3 2026',
    );
    expect(joinSentences(['Tick that it is approximate.', 'For example, 27 3 2026'])).toBe(
      'Tick that it is approximate. For example, 27 3 2026',
    );
    expect(joinSentences(['Is it?', 'Yes'])).toBe('Is it? Yes');
    expect(joinSentences(['', 'For example, 27 3 2026'])).toBe('For example, 27 3 2026');
  });
});
