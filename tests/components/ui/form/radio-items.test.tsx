import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { RadioItems } from '~/ui/form/RadioItems';

const options = [
  { id: 'parent', label: 'Their parent' },
  { id: 'carer', label: 'Their carer', hint: 'Paid or unpaid' },
  { id: 'other', label: 'Something else' },
];

describe('radios (GOV.UK)', () => {
  it('give the first choice the name as its id, so an error summary link to #name lands on it', () => {
    render(<RadioItems name="relationship" options={options} value={undefined} onChange={() => {}} />);
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((r) => r.id)).toEqual(['relationship', 'relationship-carer', 'relationship-other']);
    expect(radios.every((r) => r.name === 'relationship')).toBe(true);
  });

  it('are labelled by their own words, and described by their hint where there is one', () => {
    render(<RadioItems name="relationship" options={options} value={undefined} onChange={() => {}} />);
    const carer = screen.getByLabelText('Their carer');
    expect(document.getElementById(carer.getAttribute('aria-describedby')!)!.textContent).toBe('Paid or unpaid');
    expect(screen.getByLabelText('Their parent').hasAttribute('aria-describedby')).toBe(false);
  });

  it('show the answer chosen, and say which choice is picked', () => {
    const onChange = vi.fn();
    render(<RadioItems name="relationship" options={options} value="carer" onChange={onChange} />);
    expect(screen.getByLabelText<HTMLInputElement>('Their carer').checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Their parent').checked).toBe(false);
    fireEvent.click(screen.getByLabelText('Something else'));
    expect(onChange).toHaveBeenCalledWith('other');
  });
});
