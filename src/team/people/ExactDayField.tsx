import { dateErrors, normaliseDate, type DateAnswer } from '~/core/questions/date/rules';
import type { Translate } from '~/core/questions/types';
import { ERROR_WORDS } from '~/core/questions/shared';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { Hint, describedBy } from '~/ui/form/Hint';
import { DateInputs } from '~/ui/questions/DateInputs';

/** The parts of an ISO day, as the three boxes show them ("2026-12-03" is 3, 12, 2026). */
export const dayParts = (iso: string | undefined): DateAnswer => {
  const [year, month, day] = (iso ?? '').split('-');
  return iso ? { day: String(Number(day)), month: String(Number(month)), year } : {};
};

export type DayCheck = { ok: true; iso: string } | { ok: false; field: string; message: string };

/**
 * One exact day typed into GOV.UK's day, month and year boxes, as an ISO day, or the one problem to
 * show (on the box it is about). `missing` words an empty date, `future` a date after today.
 */
export function exactDayFrom(
  value: DateAnswer,
  t: Translate,
  now: Date,
  words: { missing: string; future?: string },
): DayCheck {
  const blank = ![value.day, value.month, value.year].some((part) => part?.trim());
  if (blank) return { ok: false, field: '', message: words.missing };
  const [error] = dateErrors(value, !words.future, now);
  if (error)
    return {
      ok: false,
      field: error.field,
      message: error.code === 'inFuture' && words.future ? words.future : t(`errors:${ERROR_WORDS[error.code]}`),
    };
  const date = normaliseDate(value);
  if (!date?.day || !date.month) return { ok: false, field: 'day', message: t('investigator:people.dayMissing') };
  const two = (n: string) => n.padStart(2, '0');
  return { ok: true, iso: `${date.year}-${two(date.month)}-${two(date.day)}` };
}

interface Props {
  id: string;
  legend: string;
  hint?: string;
  error?: { field: string; message: string };
  value: DateAnswer;
  onChange: (value: DateAnswer) => void;
  t: Translate;
}

/** A date question on a team page: legend, hint, error and the three boxes (the first one gets the error link). */
export function ExactDayField({ id, legend, hint, error, value, onChange, t }: Props) {
  return (
    <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
      <fieldset
        class="ltw-fieldset"
        role="group"
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      >
        <legend class="ltw-fieldset__legend ltw-fieldset__legend--s">{legend}</legend>
        <Hint id={`${id}-hint`} text={hint} />
        <ErrorMessage id={`${id}-error`} prefix={t('ui:errorPrefix')} text={error?.message} />
        <DateInputs id={id} value={value} onChange={onChange} errorField={error?.field} t={t} />
      </fieldset>
    </div>
  );
}
