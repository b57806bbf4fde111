import { fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComponentChildren } from 'preact';
import { createFormatter } from '~/i18n/messages';
import { investigatorMessages } from '~/i18n/investigator-resources';
import { newCase, type AgreementVersion, type CaseRecord, type ContactLogEntry } from '~/core/cases/record';
import { WorkingAsPrompt } from '~/team/people/WorkingAsPrompt';
import { ContactLogView } from '~/team/case/ContactLogView';
import { AgreedForm } from '~/team/family/AgreedForm';
import type { CaseViewProps } from '~/team/view-props';

const t = createFormatter('en-GB', investigatorMessages('en'));
const plain = (el: Element | null) => (el?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');

/** The area's props with a page that draws its heading, error summary and content, and a save that keeps the record. */
function viewProps(record: CaseRecord = newCase(new Date())) {
  const saved: CaseRecord[] = [];
  const props = {
    t,
    lang: 'en-GB',
    workingAs: 'Sam Patel',
    stored: { ok: true, record, mode: 'tab', savedAt: '' },
    headingRef: { current: null },
    page: ({
      heading,
      errors = [],
      children,
    }: {
      heading: string;
      errors?: { text: string }[];
      children: ComponentChildren;
    }) => (
      <main>
        <ul data-summary>
          {errors.map((e) => (
            <li key={e.text}>{e.text}</li>
          ))}
        </ul>
        <h1>{heading}</h1>
        {children}
      </main>
    ),
    save: (next: CaseRecord) => saved.push(next) > 0,
  } as unknown as CaseViewProps;
  return { props, saved };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-04T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('"What is your name?"', () => {
  it('will not go on without a name, and gives the name it was given, tidied', () => {
    const onName = vi.fn();
    const { container, getByLabelText, getByText } = render(<WorkingAsPrompt {...viewProps().props} onName={onName} />);
    fireEvent.submit(container.querySelector('form')!);
    expect(onName).not.toHaveBeenCalled();
    expect(plain(container.querySelector('#working-as-error'))).toContain('Enter a name');
    expect(getByLabelText('What is your name?').getAttribute('aria-describedby')).toBe(
      'working-as-hint working-as-error',
    );
    fireEvent.input(getByLabelText('What is your name?'), { target: { value: 'x'.repeat(201) } });
    fireEvent.submit(container.querySelector('form')!);
    expect(plain(container.querySelector('#working-as-error'))).toContain('200 characters or fewer');
    fireEvent.input(getByLabelText('What is your name?'), { target: { value: '  Sam   Patel ' } });
    fireEvent.submit(container.querySelector('form')!);
    expect(onName).toHaveBeenCalledWith('Sam Patel');
    expect(getByText(/It is not a signature/)).toBeTruthy();
  });
});

describe('correcting a contact log entry', () => {
  const entry: ContactLogEntry = {
    id: 'call0001',
    date: '2026-12-01',
    time: '10:30',
    method: 'phone',
    who: 'Siân',
    summary: 'Spoke about Fridya.',
    by: 'Ana Jones',
    at: '2026-12-01T10:40:00.000Z',
  };

  it('fills the form with the entry, and saves the correction with the earlier text kept and the name of who corrected it', () => {
    const { props, saved } = viewProps({ ...newCase(new Date()), log: [entry] });
    const { container, getByText, getByLabelText } = render(<ContactLogView {...props} />);
    expect(plain(container.querySelector('[data-log-by]'))).toBe('Recorded by Ana Jones on 1 December 2026.');
    fireEvent.click(getByText('Correct'));
    expect(container.querySelector('[data-log-form="correct"]')).not.toBeNull();
    expect((getByLabelText('Day') as HTMLInputElement).value).toBe('1');
    expect((getByLabelText('Month') as HTMLInputElement).value).toBe('12');
    expect((getByLabelText('Summary') as HTMLTextAreaElement).value).toBe('Spoke about Fridya.');
    fireEvent.input(getByLabelText('Summary'), { target: { value: 'Spoke about Friday.' } });
    fireEvent.submit(container.querySelector('form')!);
    expect(saved).toHaveLength(1);
    const [corrected] = saved[0]!.log;
    expect(corrected).toMatchObject({ id: 'call0001', summary: 'Spoke about Friday.', by: 'Sam Patel', time: '10:30' });
    const { id: _id, ...before } = entry;
    expect(corrected!.earlier).toEqual([before]);
  });

  it('shows a corrected entry with who corrected it and its earlier text in a details element', () => {
    const { id: _id, ...before } = entry;
    const corrected = { ...entry, summary: 'Spoke about Friday.', by: 'Sam Patel', at: '2026-12-02T09:00:00.000Z' };
    const old = { id: 'call0002', date: '2026-11-20', method: 'letter' as const, who: '', summary: 'Letter sent.' };
    const { props } = viewProps({ ...newCase(new Date()), log: [{ ...corrected, earlier: [before] }, old] });
    const { container } = render(<ContactLogView {...props} />);
    const [first, second] = [...container.querySelectorAll('[data-log-by]')].map(plain);
    expect(first).toBe('Corrected by Sam Patel on 2 December 2026.');
    // An entry made before names were kept reads as before, saying only that the name was not recorded.
    expect(second).toBe('Recorded by: not recorded.');
    const details = container.querySelector('details[data-log-earlier]')!;
    expect(plain(details.querySelector('summary'))).toBe('Earlier text (1)');
    expect(plain(details)).toContain('Spoke about Fridya.');
    expect(plain(details)).toContain('Recorded by Ana Jones on 1 December 2026.');
  });

  it('asks for an exact day in the day, month and year boxes, and saves nothing without one', () => {
    const { props, saved } = viewProps();
    const { container, getByLabelText } = render(<ContactLogView {...props} />);
    fireEvent.input(getByLabelText('Day'), { target: { value: '' } });
    fireEvent.input(getByLabelText('Summary'), { target: { value: 'Called.' } });
    fireEvent.submit(container.querySelector('form')!);
    expect(saved).toHaveLength(0);
    expect(plain(container.querySelector('[data-summary]'))).toBe('Enter a day as well as a month and year');
    expect(getByLabelText('Day').className).toContain('ltw-input--error');
  });
});

describe('how the family agreed a version', () => {
  const version = {
    id: 'version1',
    number: 1,
    madeAt: '2026-12-01T10:00:00.000Z',
    familyId: 'member01',
  } as AgreementVersion;

  it('needs a choice, and a day unless it is not agreed yet', () => {
    const onSave = vi.fn(() => true);
    const onErrors = vi.fn();
    const { container, getByLabelText } = render(
      <AgreedForm t={t} version={version} onErrors={onErrors} onSave={onSave} />,
    );
    const submit = () => fireEvent.submit(container.querySelector('form')!);
    submit();
    expect(onErrors).toHaveBeenLastCalledWith([
      expect.objectContaining({ href: '#agreed-how', text: expect.stringContaining('Choose how') }),
    ]);
    fireEvent.click(getByLabelText('At a meeting'));
    submit();
    expect(onErrors).toHaveBeenLastCalledWith([
      expect.objectContaining({ href: '#agreed-on-day', text: 'Enter the date the family agreed this version' }),
    ]);
    fireEvent.input(getByLabelText('Day'), { target: { value: '3' } });
    fireEvent.input(getByLabelText('Month'), { target: { value: '12' } });
    fireEvent.input(getByLabelText('Year'), { target: { value: '2027' } });
    submit();
    expect(onErrors).toHaveBeenLastCalledWith([
      expect.objectContaining({ text: expect.stringContaining('today or in the past') }),
    ]);
    fireEvent.input(getByLabelText('Year'), { target: { value: '2026' } });
    submit();
    expect(onSave).toHaveBeenLastCalledWith({ how: 'meeting', on: '2026-12-03' });
    expect(plain(container.querySelector('[role=status]'))).toContain('Saved');
    fireEvent.click(getByLabelText('Not agreed yet'));
    expect(container.querySelector('#agreed-on-day')).toBeNull();
    submit();
    expect(onSave).toHaveBeenLastCalledWith({ how: 'not-yet' });
  });
});
