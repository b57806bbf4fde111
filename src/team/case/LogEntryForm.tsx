import { useState } from 'preact/hooks';
import { CONTACT_METHODS, LOG_SUMMARY_MAX, LOG_WHO_MAX, type ContactMethod } from '~/core/cases/record';
import type { LogText } from '~/core/cases/authorship';
import type { DateAnswer } from '~/core/questions/date/rules';
import type { Translate } from '~/core/questions/types';
import { cleanText } from '~/core/text/text';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import { ExactDayField, dayParts, exactDayFrom } from '~/team/people/ExactDayField';

type Field = 'date' | 'summary' | 'who';
export type LogFields = Pick<LogText, 'date' | 'time' | 'method' | 'who' | 'summary'>;

interface Props {
  t: Translate;
  /** What the form starts with: the entry being corrected, or nothing for a new one. */
  initial?: LogFields;
  heading: string;
  submitText: string;
  /** The page's error summary: the same list until the next submit. */
  onErrors: (errors: readonly SummaryError[]) => void;
  /** The checked entry; false when it was not kept (what was typed then stays in the form). */
  onSubmit: (fields: LogFields) => boolean;
  onCancel?: () => void;
}

/** Adds a contact to the log, or corrects one: GOV.UK day, month and year boxes, how, who and a summary. */
export function LogEntryForm({ t, initial, heading, submitText, onErrors, onSubmit, onCancel }: Props) {
  const [date, setDate] = useState<DateAnswer>(dayParts(initial?.date ?? new Date().toISOString().slice(0, 10)));
  const [entry, setEntry] = useState({
    time: initial?.time ?? '',
    method: initial?.method ?? 'phone',
    who: initial?.who ?? '',
    summary: initial?.summary ?? '',
  });
  const [errors, setErrors] = useState<{ field: Field; text: string; part?: string }[]>([]);
  const errorFor = (field: Field) => errors.find((e) => e.field === field);
  const group = (field: Field) => (errorFor(field) ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group');
  const submit = () => {
    const found: typeof errors = [];
    const day = exactDayFrom(date, t, new Date(), {
      missing: t('investigator:log.errors.date'),
      future: t('investigator:log.errors.future'),
    });
    if (!day.ok) found.push({ field: 'date', text: day.message, part: day.field || 'day' });
    if (entry.who.length > LOG_WHO_MAX)
      found.push({ field: 'who', text: t('investigator:log.errors.whoLong', { max: LOG_WHO_MAX }) });
    if (!cleanText(entry.summary)) found.push({ field: 'summary', text: t('investigator:log.errors.summary') });
    else if (entry.summary.length > LOG_SUMMARY_MAX)
      found.push({ field: 'summary', text: t('investigator:log.errors.summaryLong', { max: LOG_SUMMARY_MAX }) });
    setErrors(found);
    onErrors(
      found.map((e) => ({ href: e.field === 'date' ? `#log-date-${e.part}` : `#log-${e.field}`, text: e.text })),
    );
    if (found.length || !day.ok) return;
    const kept = onSubmit({
      date: day.iso,
      ...(entry.time ? { time: entry.time } : {}),
      method: entry.method,
      who: cleanText(entry.who),
      summary: cleanText(entry.summary),
    });
    if (kept && !initial) {
      setEntry({ ...entry, who: '', summary: '', time: '' });
      setDate(dayParts(new Date().toISOString().slice(0, 10)));
    }
  };
  const dateError = errorFor('date');
  return (
    <form
      noValidate
      class="ltw-no-print"
      data-log-form={initial ? 'correct' : 'add'}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="log-form-title" tabIndex={-1}>
        {heading}
      </h2>
      <ExactDayField
        id="log-date"
        t={t}
        legend={t('investigator:log.date')}
        hint={t('investigator:log.dateHint')}
        error={dateError && { field: dateError.part ?? '', message: dateError.text }}
        value={date}
        onChange={setDate}
      />
      <div class="ltw-form-group">
        <label class="ltw-label" for="log-time">
          {t('investigator:log.time')}
        </label>
        <input
          class="ltw-input ltw-input--width-10"
          id="log-time"
          type="time"
          value={entry.time}
          onInput={(e) => setEntry({ ...entry, time: e.currentTarget.value })}
        />
      </div>
      <div class="ltw-form-group">
        <label class="ltw-label" for="log-method">
          {t('investigator:log.method')}
        </label>
        <select
          class="ltw-select"
          id="log-method"
          value={entry.method}
          onChange={(e) => setEntry({ ...entry, method: e.currentTarget.value as ContactMethod })}
        >
          {CONTACT_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`investigator:log.methods.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <div class={group('who')}>
        <label class="ltw-label" for="log-who">
          {t('investigator:log.who')}
        </label>
        <ErrorMessage id="log-who-error" prefix={t('ui:errorPrefix')} text={errorFor('who')?.text} />
        <input
          class="ltw-input"
          id="log-who"
          value={entry.who}
          aria-describedby={errorFor('who') ? 'log-who-error' : undefined}
          onInput={(e) => setEntry({ ...entry, who: e.currentTarget.value })}
        />
      </div>
      <div class={group('summary')}>
        <label class="ltw-label" for="log-summary">
          {t('investigator:log.summary')}
        </label>
        <ErrorMessage id="log-summary-error" prefix={t('ui:errorPrefix')} text={errorFor('summary')?.text} />
        <textarea
          class="ltw-textarea"
          id="log-summary"
          rows={5}
          value={entry.summary}
          aria-describedby={errorFor('summary') ? 'log-summary-error' : undefined}
          onInput={(e) => setEntry({ ...entry, summary: e.currentTarget.value })}
        />
      </div>
      <div class="ltw-button-group">
        <button type="submit" class="ltw-button">
          {submitText}
        </button>
        {onCancel && (
          <button type="button" class="ltw-button ltw-button--secondary" onClick={onCancel}>
            {t('investigator:people.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
