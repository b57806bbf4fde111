import { describe, expect, it } from 'vitest';
import type { Typeface } from '~/core/pdf/fonts';
import { fillPageOf } from '~/core/pdf/page-furniture';
import { safeLine, safeText } from '~/core/pdf/safe-text';
import { wrapText } from '~/core/pdf/wrap';

/** One point per code point, so widths are easy to reason about. */
const measure = (text: string) => Array.from(text).length;

/** A font with every character below U+2000 plus the replacement character. */
const face = { covers: (codePoint: number) => codePoint < 0x2000 || codePoint === 0xfffd } as Typeface;

describe('wrapText', () => {
  it('fills each line with as many whole words as fit', () => {
    expect(wrapText('one two three four five', measure, 9)).toEqual(['one two', 'three', 'four five']);
  });

  it('keeps explicit newlines and blank lines', () => {
    expect(wrapText('first\n\nsecond line', measure, 20)).toEqual(['first', '', 'second line']);
  });

  it('breaks a word longer than a line between characters, without losing any', () => {
    const url = 'https://example.nhs.uk/' + 'x'.repeat(60);
    const lines = wrapText(`see ${url} now`, measure, 20);
    expect(lines.every((line) => measure(line) <= 20)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe(`see${url}now`);
  });

  it('never splits a character outside the Basic Multilingual Plane in two', () => {
    const lines = wrapText('𝒜'.repeat(25), measure, 10);
    expect(lines).toEqual(['𝒜'.repeat(10), '𝒜'.repeat(10), '𝒜'.repeat(5)]);
  });

  it('makes progress even when not one character fits', () => {
    expect(wrapText('abc', measure, 0.5)).toEqual(['a', 'b', 'c']);
  });

  it('starts on the next line when the first word does not fit a shorter first line', () => {
    expect(wrapText('value here', measure, 20, 3)).toEqual(['', 'value here']);
    expect(wrapText('ab cd', measure, 20, 3)).toEqual(['ab', 'cd']);
  });

  it('splits a 20,000-character word without measuring ever-longer pieces (work grows with the text, not its square)', () => {
    let measured = 0;
    const counting = (text: string) => {
      measured += Array.from(text).length;
      return measure(text);
    };
    const lines = wrapText('y'.repeat(20_000), counting, 80);
    expect(lines).toHaveLength(250);
    // Characters measured, summed over every call: linear work stays within a small multiple of the text.
    expect(measured).toBeLessThan(20_000 * 20); // a quadratic split would measure about 200 million
  });
});

describe('safeText', () => {
  it('removes control characters but keeps newlines, and turns tabs into spaces', () => {
    expect(safeText('a\u0000b\u0007c\td\r\ne\u2028f\u007f\u0085', face)).toBe('abc d\ne\nf');
  });

  it('replaces each character the font lacks with a visible replacement it has', () => {
    expect(safeText('ok 🙂 \u4e2d', face)).toBe('ok \uFFFD \uFFFD');
  });

  it('drops joiners, variation selectors and skin tones instead of showing boxes for them', () => {
    expect(safeText('👨‍👩‍👧 👍🏽 ❤️', face)).toBe('\uFFFD\uFFFD\uFFFD \uFFFD \uFFFD');
  });

  it('replaces a lone surrogate rather than passing it on', () => {
    expect(safeText('a\uD800b', face)).toBe('a\uFFFDb');
  });

  it('accepts anything, turning missing values into empty text', () => {
    expect(safeText(undefined, face)).toBe('');
    expect(safeText(42, face)).toBe('42');
  });

  it('puts header text on one line', () => {
    expect(safeLine('  Reference:\n  PSII-1 \n', face)).toBe('Reference: PSII-1');
  });
});

describe('fillPageOf', () => {
  it('puts the page number and total into the footer wording', () => {
    expect(fillPageOf('Page {{page}} of {{total}}', 2, 4)).toBe('Page 2 of 4');
    expect(fillPageOf('Tudalen {{page}} o {{total}}', 1, 1)).toBe('Tudalen 1 o 1');
  });

  it('still numbers pages when the wording has no placeholders', () => {
    expect(fillPageOf('', 3, 7)).toBe('3/7');
  });
});
