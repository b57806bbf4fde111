import { describe, expect, it } from 'vitest';
import { typedDiffers } from '~/core/questions/typed-part';

describe('what was typed, as against what was chosen (the unsaved-draft note shows only for typing)', () => {
  it('a different choice alone is not typing', () => {
    expect(typedDiffers('singleChoice', { choice: 'partner' }, { choice: 'parent' })).toBe(false);
    expect(typedDiffers('singleChoice', { choice: 'partner' }, undefined)).toBe(false);
    expect(typedDiffers('multiChoice', { choices: ['grief'] }, { choices: ['work', 'distance'] })).toBe(false);
    expect(typedDiffers('yesNo', 'yes', 'no')).toBe(false);
  });

  it('the "please say" words of a choice are typing', () => {
    expect(typedDiffers('singleChoice', { choice: 'other', other: 'Godmother' }, { choice: 'parent' })).toBe(true);
    expect(typedDiffers('multiChoice', { choices: ['other'], other: 'A' }, { choices: ['other'], other: 'B' })).toBe(
      true,
    );
    expect(typedDiffers('multiChoice', { choices: ['other'], other: '' }, { choices: ['grief'] })).toBe(false);
  });

  it('text, dates, contact details and lists are typing', () => {
    expect(typedDiffers('text', 'Ward 7', 'Ward 8')).toBe(true);
    expect(typedDiffers('longText', 'What happened', undefined)).toBe(true);
    expect(typedDiffers('date', { month: '3', year: '2026' }, { month: '4', year: '2026' })).toBe(true);
    expect(typedDiffers('contact', { phone: '01632 960 001' }, { phone: '01632 960 002' })).toBe(true);
    expect(typedDiffers('list', { items: ['a'] }, { items: ['a', 'b'] })).toBe(true);
    expect(typedDiffers('text', 'Same', 'Same')).toBe(false);
  });
});
