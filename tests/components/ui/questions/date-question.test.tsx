import { createRef } from 'preact';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DateQuestion } from '~/ui/questions/DateQuestion';
import { ErrorSummary } from '~/ui/form/ErrorSummary';
import { FAMILY } from '~/core/journey/family';
import { errorTarget, validateAnswer, type QuestionOf } from '~/core/questions/rules';
import { words } from '../../words';
import { CASE_SETUP } from '~/core/cases/setup-journey';
import { caseSetupWords } from '~/core/cases/setup-words';
import { createFormatter } from '~/i18n/messages';
import { investigatorMessages } from '~/i18n/investigator-resources';

const question = FAMILY.question('when-it-happened') as QuestionOf<'date'>;
const marked = () => [...document.querySelectorAll('.ltw-date-input .ltw-input--error')].map((e) => e.id);

function dateQuestion(
  value: Parameters<typeof DateQuestion>[0]['value'],
  errorField?: string,
  asked: { question: QuestionOf<'date'>; words: typeof words } = { question, words },
) {
  const onChange = vi.fn();
  render(
    <DateQuestion
      question={asked.question}
      value={value}
      onChange={onChange}
      words={asked.words}
      errorFor={(field) => (field === errorField ? 'Month must be a number from 1 to 12' : undefined)}
      caption="Stage 1 of 5"
      headingRef={createRef()}
    />,
  );
  return onChange;
}

describe('a date question (GOV.UK date input)', () => {
  it('with a wrong month marks the month box only, and the error summary links to that box', () => {
    const value = { day: '3', month: '13', year: '2026' };
    const [error] = validateAnswer(question, value);
    expect(error?.field).toBe('month');
    dateQuestion(value, error!.field);
    expect(marked()).toEqual(['when-it-happened-month']);
    const href = `#${errorTarget(question, error!.field)}`;
    render(<ErrorSummary title="There is a problem" errors={[{ href, text: 'Month' }]} summaryRef={createRef()} />);
    expect(screen.getByRole('link', { name: 'Month' }).getAttribute('href')).toBe('#when-it-happened-month');
    expect(document.querySelector(href)).not.toBeNull();
  });

  it('with an error about the whole date marks all three boxes', () => {
    dateQuestion({}, '');
    expect(marked()).toEqual(['when-it-happened-day', 'when-it-happened-month', 'when-it-happened-year']);
  });

  it('labels its boxes Day, Month and Year, and gives back what is typed in each', () => {
    const onChange = dateQuestion({ month: '3', year: '2026' });
    expect(screen.getByLabelText<HTMLInputElement>('Month').value).toBe('3');
    fireEvent.input(screen.getByLabelText('Day'), { target: { value: '27' } });
    expect(onChange).toHaveBeenLastCalledWith({ day: '27', month: '3', year: '2026', notYet: undefined });
  });

  it.each(['en', 'cy'] as const)("puts one full stop between the team's hint and the example (%s)", (locale) => {
    const team = caseSetupWords(createFormatter(locale, investigatorMessages(locale)), locale);
    dateQuestion({}, undefined, { question: CASE_SETUP.question('incident-date') as QuestionOf<'date'>, words: team });
    const hint = document.querySelector('.ltw-hint')?.textContent ?? '';
    expect(hint).toMatch(/\. \S/);
    expect(hint).not.toContain('..');
  });
});
