import { createRef } from 'preact';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from '~/ui/form/ErrorSummary';

const errors = [
  { href: '#when-it-happened-month', text: 'Month must be a number from 1 to 12' },
  { href: '#relationship', text: 'Select how you are related' },
];

function page() {
  return render(
    <>
      <ErrorSummary title="There is a problem" errors={errors} summaryRef={createRef()} />
      <label for="when-it-happened-month">Month</label>
      <input id="when-it-happened-month" />
      <fieldset>
        <legend>How are you related?</legend>
        <input type="radio" id="relationship" name="relationship" />
      </fieldset>
    </>,
  );
}

describe('the error summary (GOV.UK)', () => {
  it('is not there when nothing is wrong', () => {
    const { container } = render(<ErrorSummary title="There is a problem" errors={[]} summaryRef={createRef()} />);
    expect(container.innerHTML).toBe('');
  });

  it('names itself by its title, is announced (role=alert inside), and can take focus', () => {
    page();
    const summary = document.querySelector<HTMLElement>('.ltw-error-summary')!;
    expect(summary.getAttribute('tabindex')).toBe('-1');
    expect(document.getElementById(summary.getAttribute('aria-labelledby')!)!.textContent).toBe('There is a problem');
    expect(screen.getByRole('alert').contains(screen.getByText('There is a problem'))).toBe(true);
    expect(screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual(
      errors.map((e) => [e.text, e.href]),
    );
  });

  it('moves focus to the field a link names, showing its label; for a choice, the question (its legend)', () => {
    page();
    const shown = vi.fn();
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      shown(this.textContent);
    });
    expect(fireEvent.click(screen.getByText(errors[0]!.text))).toBe(false); // default prevented: no jump
    expect(document.activeElement?.id).toBe('when-it-happened-month');
    expect(shown).toHaveBeenLastCalledWith('Month');
    fireEvent.click(screen.getByText(errors[1]!.text));
    expect(document.activeElement?.id).toBe('relationship');
    expect(shown).toHaveBeenLastCalledWith('How are you related?');
  });

  it('leaves a link to a field that is not on the page to the browser', () => {
    render(
      <ErrorSummary title="There is a problem" errors={[{ href: '#gone', text: 'Gone' }]} summaryRef={createRef()} />,
    );
    expect(fireEvent.click(screen.getByText('Gone'))).toBe(true);
  });
});
