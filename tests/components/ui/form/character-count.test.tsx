import { act, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CharacterCount } from '~/ui/form/CharacterCount';
import { t } from '../../words';

const visibleCount = () => document.querySelector('.ltw-character-count');
const announced = () => document.querySelector('[aria-live="polite"]')!.textContent;

describe('the character count (GOV.UK)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('always tells screen readers the limit, and shows no count until the text nears it', () => {
    render(<CharacterCount id="what-happened-info" text={'x'.repeat(74)} max={100} t={t} />);
    expect(document.getElementById('what-happened-info')!.textContent).toBe(t('ui:characterCount.limit', { max: 100 }));
    expect(visibleCount()).toBeNull();
  });

  it('shows what is left from three quarters of the limit, and how many too many beyond it', () => {
    const { rerender } = render(<CharacterCount id="c" text={'x'.repeat(75)} max={100} t={t} />);
    expect(visibleCount()!.textContent).toBe('You have 25 characters remaining');
    expect(visibleCount()!.classList.contains('ltw-character-count--over')).toBe(false);
    rerender(<CharacterCount id="c" text={'x'.repeat(101)} max={100} t={t} />);
    expect(visibleCount()!.textContent).toBe('You have 1 character too many');
    expect(visibleCount()!.classList.contains('ltw-character-count--over')).toBe(true);
    // The visible count is for sighted people; screen readers hear the polite copy instead.
    expect(visibleCount()!.getAttribute('aria-hidden')).toBe('true');
  });

  it('counts characters as a person does: an emoji family is one', () => {
    render(<CharacterCount id="c" text={'x'.repeat(79) + '👨‍👩‍👧'} max={100} t={t} />);
    expect(visibleCount()!.textContent).toBe('You have 20 characters remaining');
  });

  it('announces the count only once typing pauses for a second, not on every key', async () => {
    const { rerender } = render(<CharacterCount id="c" text={'x'.repeat(80)} max={100} t={t} />);
    expect(announced()).toBe('');
    await act(() => {
      vi.advanceTimersByTime(500);
    });
    rerender(<CharacterCount id="c" text={'x'.repeat(81)} max={100} t={t} />);
    await act(() => {
      vi.advanceTimersByTime(999);
    });
    expect(announced()).toBe('');
    await act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(announced()).toBe('You have 19 characters remaining');
  });
});
