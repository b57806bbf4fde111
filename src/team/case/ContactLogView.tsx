import { useState } from 'preact/hooks';
import { newId, type ContactLogEntry } from '~/core/cases/record';
import { correctLogEntry, type LogText } from '~/core/cases/authorship';
import { dateFormat } from '~/core/text/text';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import type { CaseViewProps } from '~/team/view-props';
import { LogEntryForm, type LogFields } from './LogEntryForm';

/**
 * The contact log: every call, meeting, letter and message with the family, newest first, each with
 * who recorded it. A correction keeps the entry's earlier text with it, never overwriting it.
 */
export function ContactLogView(props: CaseViewProps) {
  const { t, stored, lang, workingAs } = props;
  const { record } = stored;
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const [done, setDone] = useState<'added' | 'corrected' | null>(null);
  const [correcting, setCorrecting] = useState<ContactLogEntry | null>(null);
  const signed = () => ({ by: workingAs, at: new Date().toISOString() });
  const add = (fields: LogFields) => {
    const logged: ContactLogEntry = { id: newId(), ...fields, ...signed() };
    // Not kept at all (deleted in another tab): what was typed stays in the form, and nothing says "added".
    const kept = props.save({ ...record, log: [...record.log, logged] });
    setDone(kept ? 'added' : null);
    return kept;
  };
  const correct = (entry: ContactLogEntry, fields: LogFields) => {
    const corrected = correctLogEntry(entry, { ...fields, ...signed() });
    const kept = props.save({ ...record, log: record.log.map((e) => (e.id === entry.id ? corrected : e)) });
    if (kept) {
      setCorrecting(null);
      setDone('corrected');
    }
    return kept;
  };
  const startCorrecting = (entry: ContactLogEntry) => {
    setCorrecting(entry);
    setErrors([]);
    setDone(null);
    requestAnimationFrame(() => document.getElementById('log-form-title')?.focus());
  };
  const entries = [...record.log].sort((a, b) => (b.date + (b.time ?? '')).localeCompare(a.date + (a.time ?? '')));
  const day = (iso: string) =>
    dateFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const when = (iso: string) => dateFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
  const byLine = (text: LogText, corrected: boolean) =>
    text.by && text.at
      ? t(corrected ? 'investigator:people.correctedBy' : 'investigator:people.recordedBy', {
          by: text.by,
          date: when(text.at),
        })
      : t('investigator:people.recordedByUnknown');
  return props.page({
    heading: t('investigator:log.title'),
    back: { view: 'case', caseId: record.id },
    errors,
    children: (
      <>
        <p>{t('investigator:log.intro')}</p>
        <p class="ltw-no-print">{t('investigator:people.namesNote')}</p>
        {correcting ? (
          <LogEntryForm
            key={correcting.id}
            t={t}
            initial={correcting}
            heading={t('investigator:people.correctTitle', { date: day(correcting.date) })}
            submitText={t('investigator:people.correctSave')}
            onErrors={setErrors}
            onSubmit={(fields) => correct(correcting, fields)}
            onCancel={() => {
              setCorrecting(null);
              setErrors([]);
            }}
          />
        ) : (
          <LogEntryForm
            t={t}
            heading={t('investigator:log.addTitle')}
            submitText={t('investigator:log.add')}
            onErrors={setErrors}
            onSubmit={add}
          />
        )}
        <p role="status">
          {done ? t(done === 'added' ? 'investigator:log.added' : 'investigator:people.corrected') : ''}
        </p>
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
                  <tr key={e.id} data-log-entry={e.id}>
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
                      <p class="ltw-hint ltw-log-by" data-log-by>
                        {byLine(e, Boolean(e.earlier?.length))}
                      </p>
                      {e.earlier?.length ? (
                        <details class="ltw-details" data-log-earlier>
                          <summary class="ltw-details__summary">
                            {t('investigator:people.earlier', { number: e.earlier.length })}
                          </summary>
                          <ol class="ltw-details__text ltw-log-earlier" reversed>
                            {[...e.earlier].reverse().map((text, index, list) => (
                              <li key={index}>
                                <p>
                                  {day(text.date)}
                                  {text.time ? ` ${text.time}` : ''}, {t(`investigator:log.methods.${text.method}`)}
                                  {text.who ? (
                                    <>
                                      , <bdi>{text.who}</bdi>
                                    </>
                                  ) : null}
                                </p>
                                <p>
                                  <bdi>{text.summary}</bdi>
                                </p>
                                <p class="ltw-hint">{byLine(text, index < list.length - 1)}</p>
                              </li>
                            ))}
                          </ol>
                        </details>
                      ) : null}
                      <button
                        type="button"
                        class="ltw-button ltw-button--secondary ltw-button--small ltw-no-print"
                        onClick={() => startCorrecting(e)}
                      >
                        {t('investigator:people.correct')}
                        <span class="ltw-visually-hidden">
                          {' '}
                          {t('investigator:people.correctWhich', { date: day(e.date) })}
                        </span>
                      </button>
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
