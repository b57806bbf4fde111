import { useState } from 'preact/hooks';
import {
  CONTACT_METHODS,
  LOG_SUMMARY_MAX,
  LOG_WHO_MAX,
  newId,
  type ContactMethod,
  type ContactLogEntry,
} from '~/core/cases/record';
import { cleanText, dateFormat } from '~/core/text/text';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import type { CaseViewProps } from '~/team/view-props';

type Field = 'date' | 'summary' | 'who';

/** The contact log: every call, meeting, letter and message with the family, newest first. */
export function ContactLogView(props: CaseViewProps) {
  const { t, stored, lang } = props;
  const { record } = stored;
  const today = new Date().toISOString().slice(0, 10);
  const [entry, setEntry] = useState({ date: today, time: '', method: 'phone' as ContactMethod, who: '', summary: '' });
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const [added, setAdded] = useState(false);
  const errorFor = (field: Field) => errors.find((e) => e.href === `#log-${field}`)?.text;
  const submit = () => {
    const found: { field: Field; text: string }[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) found.push({ field: 'date', text: t('investigator:log.errors.date') });
    else if (entry.date > today) found.push({ field: 'date', text: t('investigator:log.errors.future') });
    if (entry.who.length > LOG_WHO_MAX)
      found.push({ field: 'who', text: t('investigator:log.errors.whoLong', { max: LOG_WHO_MAX }) });
    if (!cleanText(entry.summary)) found.push({ field: 'summary', text: t('investigator:log.errors.summary') });
    else if (entry.summary.length > LOG_SUMMARY_MAX)
      found.push({ field: 'summary', text: t('investigator:log.errors.summaryLong', { max: LOG_SUMMARY_MAX }) });
    setErrors(found.map((e) => ({ href: `#log-${e.field}`, text: e.text })));
    setAdded(false);
    if (found.length) return;
    const logged: ContactLogEntry = {
      id: newId(),
      date: entry.date,
      ...(entry.time ? { time: entry.time } : {}),
      method: entry.method,
      who: cleanText(entry.who),
      summary: cleanText(entry.summary),
    };
    // Not kept at all (deleted in another tab): what was typed stays in the form, and nothing says "added".
    if (!props.save({ ...record, log: [...record.log, logged] })) return;
    setEntry({ ...entry, who: '', summary: '', time: '' });
    setAdded(true);
  };
  const entries = [...record.log].sort((a, b) => (b.date + (b.time ?? '')).localeCompare(a.date + (a.time ?? '')));
  const day = (iso: string) =>
    dateFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const group = (field: Field) => (errorFor(field) ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group');
  return props.page({
    heading: t('investigator:log.title'),
    back: { view: 'case', caseId: record.id },
    errors,
    children: (
      <>
        <p>{t('investigator:log.intro')}</p>
        <form
          noValidate
          class="ltw-no-print"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <h2>{t('investigator:log.addTitle')}</h2>
          <div class={group('date')}>
            <label class="ltw-label" for="log-date">
              {t('investigator:log.date')}
            </label>
            <ErrorMessage id="log-date-error" prefix={t('ui:errorPrefix')} text={errorFor('date')} />
            <input
              class="ltw-input ltw-input--width-10"
              id="log-date"
              type="date"
              max={today}
              value={entry.date}
              aria-describedby={errorFor('date') ? 'log-date-error' : undefined}
              onInput={(e) => setEntry({ ...entry, date: e.currentTarget.value })}
            />
          </div>
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
            <ErrorMessage id="log-who-error" prefix={t('ui:errorPrefix')} text={errorFor('who')} />
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
            <ErrorMessage id="log-summary-error" prefix={t('ui:errorPrefix')} text={errorFor('summary')} />
            <textarea
              class="ltw-textarea"
              id="log-summary"
              rows={5}
              value={entry.summary}
              aria-describedby={errorFor('summary') ? 'log-summary-error' : undefined}
              onInput={(e) => setEntry({ ...entry, summary: e.currentTarget.value })}
            />
          </div>
          <button type="submit" class="ltw-button">
            {t('investigator:log.add')}
          </button>
        </form>
        <p role="status">{added ? t('investigator:log.added') : ''}</p>
        <h2>{t('investigator:log.listTitle', { count: entries.length })}</h2>
        {entries.length === 0 ? (
          <p>{t('investigator:log.none')}</p>
        ) : (
          // A table wider than a phone scrolls; the keyboard must reach it (axe: scrollable-region-focusable).
          <div
            class="ltw-table-wrap"
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            role="region"
            aria-label={t('investigator:log.listTitle', { count: entries.length })}
          >
            <table class="ltw-table" data-contact-log>
              <thead>
                <tr>
                  <th scope="col">{t('investigator:log.date')}</th>
                  <th scope="col">{t('investigator:log.method')}</th>
                  <th scope="col">{t('investigator:log.who')}</th>
                  <th scope="col">{t('investigator:log.summary')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id}>
                    <td>
                      {day(e.date)}
                      {e.time ? ` ${e.time}` : ''}
                    </td>
                    <td>{t(`investigator:log.methods.${e.method}`)}</td>
                    <td>
                      <bdi>{e.who}</bdi>
                    </td>
                    <td class="ltw-answer-text">
                      <bdi>{e.summary}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <button type="button" class="ltw-button ltw-button--secondary ltw-no-print" onClick={() => print()}>
          {t('investigator:log.print')}
        </button>
      </>
    ),
  });
}
