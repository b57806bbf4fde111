import { useState } from 'preact/hooks';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { describedBy } from '~/ui/form/Hint';
import { DateInputs } from './DateInputs';
import { QuestionFieldset } from './QuestionFieldset';
import type { QuestionProps } from './question-props';
import { useFocusAfterRender } from './use-focus-after-render';
import { LimitReached, addedStatus } from './LimitReached';
import type { LogEntry } from '~/core/questions/log/rules';

const BLANK: LogEntry = { date: {}, note: '' };

/** A dated record (things noticed, updates received): entries in the order the person adds them. */
export function LogQuestion({ question, value, onChange, words, errorFor, caption, headingRef }: QuestionProps<'log'>) {
  const { t } = words;
  const id = question.id;
  const entries = value?.entries.length ? value.entries : [BLANK];
  const [status, setStatus] = useState('');
  const focusLater = useFocusAfterRender();
  const hint = words.hint(question);
  const error = errorFor('');
  const update = (next: LogEntry[]) => onChange({ entries: next });
  const limit = t('ui:log.limit', { max: question.maxEntries });

  return (
    <QuestionFieldset
      id={id}
      caption={caption}
      headingRef={headingRef}
      label={words.label(question)}
      hint={hint}
      error={error}
      t={t}
    >
      <ol class="ltw-list-items">
        {entries.map((entry, index) => {
          const number = index + 1;
          const entryId = `${id}-entry-${number}`;
          const dateError = ['day', 'month', 'year'].map((f) => errorFor(`entry-${number}-${f}`)).find(Boolean);
          const dateErrorField = ['day', 'month', 'year'].find((f) => errorFor(`entry-${number}-${f}`));
          const noteError = errorFor(`entry-${number}-note`);
          return (
            <li class="ltw-list-items__item" key={index}>
              <fieldset class="ltw-fieldset ltw-fieldset--nested">
                <legend class="ltw-fieldset__legend ltw-fieldset__legend--s">{t('ui:log.entry', { number })}</legend>
                <fieldset
                  class={
                    dateError ? 'ltw-fieldset ltw-form-group ltw-form-group--error' : 'ltw-fieldset ltw-form-group'
                  }
                  aria-describedby={describedBy(dateError && `${entryId}-date-error`)}
                >
                  <legend class="ltw-label">{t('ui:log.date')}</legend>
                  <ErrorMessage id={`${entryId}-date-error`} prefix={t('ui:errorPrefix')} text={dateError} />
                  <DateInputs
                    id={entryId}
                    value={entry.date}
                    errorField={dateErrorField}
                    t={t}
                    onChange={(date) => update(entries.map((e, i) => (i === index ? { ...e, date } : e)))}
                  />
                </fieldset>
                <div class={noteError ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
                  <label class="ltw-label" for={`${entryId}-note`}>
                    {t('ui:log.note')}
                  </label>
                  <ErrorMessage id={`${entryId}-note-error`} prefix={t('ui:errorPrefix')} text={noteError} />
                  <textarea
                    class="ltw-textarea"
                    id={`${entryId}-note`}
                    rows={3}
                    dir="auto"
                    value={entry.note}
                    aria-describedby={describedBy(noteError && `${entryId}-note-error`)}
                    onInput={(event) =>
                      update(entries.map((e, i) => (i === index ? { ...e, note: event.currentTarget.value } : e)))
                    }
                  />
                </div>
              </fieldset>
              <button
                type="button"
                class="ltw-button ltw-button--small ltw-button--warning"
                id={`${entryId}-remove`}
                onClick={() => {
                  const next = entries.filter((_, i) => i !== index);
                  update(next.length ? next : [BLANK]);
                  setStatus(t('ui:log.removed', { number }));
                  focusLater(`${id}-add`);
                }}
              >
                {t('ui:log.remove', { number })}
              </button>
            </li>
          );
        })}
      </ol>
      {entries.length < question.maxEntries ? (
        <button
          type="button"
          class="ltw-button ltw-button--secondary"
          id={`${id}-add`}
          onClick={() => {
            update([...entries, BLANK]);
            setStatus(
              addedStatus(
                t('ui:log.added', { number: entries.length + 1 }),
                entries.length + 1,
                question.maxEntries,
                limit,
              ),
            );
            focusLater(`${id}-entry-${entries.length + 1}-day`);
          }}
        >
          {t('ui:log.add')}
        </button>
      ) : (
        <LimitReached id={`${id}-limit`} text={limit} />
      )}
      <div class="ltw-visually-hidden" role="status">
        {status}
      </div>
    </QuestionFieldset>
  );
}
