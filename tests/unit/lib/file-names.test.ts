import { describe, expect, it } from 'vitest';
import { fileSlug } from '~/browser/calendar-file';

describe('file names made from words', () => {
  it('keep Welsh words readable without accents, and nothing a file system would refuse', () => {
    expect(fileSlug('Y newyddion diweddaraf gan y tîm')).toBe('y-newyddion-diweddaraf-gan-y-tim');
    expect(fileSlug('Cwrdd â’r teulu: Dŵr & Tŷ')).toBe('cwrdd-a-r-teulu-dwr-ty');
    expect(fileSlug('Meeting to talk through the findings')).toBe('meeting-to-talk-through-the-findings');
  });
});
