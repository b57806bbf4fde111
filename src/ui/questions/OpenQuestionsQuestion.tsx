import { useState } from 'preact/hooks';
import { pageRoutes } from '~/ui/page-data';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { TextField } from '~/ui/form/TextField';
import { Hint } from '~/ui/form/Hint';
import { RadioItems } from '~/ui/form/RadioItems';
import type { QuestionProps } from './question-props';
import { NEXT_ROUTES, openQuestionRows, type OpenQuestionRow } from '~/core/questions/open-questions/rules';

/** Stage 5: the questions the draft did not fully answer, where each could be taken, and the time limits. */
export function OpenQuestionsQuestion({
  question,
  value,
  onChange,
  words,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'openQuestions'>) {
  // Once per page: the routes are data the wizard page was built with.
  const [routes] = useState(pageRoutes);
  const { t } = words;
  const id = question.id;
  const rows = openQuestionRows(question, words.answers, value);
  const offered = NEXT_ROUTES.filter((r) => r === 'not-sure' || r === 'leave-it' || routes.some((x) => x.id === r));
  const change = (index: number, part: Partial<OpenQuestionRow>) =>
    onChange({
      ...value,
      rows: rows.map(({ id: rowId, question: text, next, note }, i) => ({
        id: rowId,
        question: text,
        ...(next ? { next } : {}),
        ...(note !== undefined ? { note } : {}),
        ...(i === index ? part : {}),
      })),
    });
  const overallError = errorFor('note');
  return (
    <>
      <span class="ltw-caption">{caption}</span>
      <h1 tabIndex={-1} ref={headingRef}>
        {words.label(question)}
      </h1>
      <Hint id={`${id}-hint`} text={words.hint(question)} />
      <ErrorMessage id={`${id}-error`} prefix={t('ui:errorPrefix')} text={errorFor('')} />
      {rows.length === 0 && <p id={`${id}-none`}>{t('ui:ledger.noneOpen')}</p>}
      {routes.length > 0 && (
        <details class="ltw-details" id={`${id}-routes`}>
          <summary class="ltw-details__summary">{t('ui:ledger.routesTitle')}</summary>
          <div class="ltw-details__text">
            <dl class="ltw-routes">
              {routes.map((route) => (
                <div key={route.id}>
                  <dt>{route.name}</dt>
                  <dd>
                    <p>{route.what}</p>
                    <p>
                      <strong>{t('ui:ledger.timeLimit')}</strong> {route.timeLimit}
                    </p>
                    {route.organisations.length > 0 && (
                      <ul>
                        {route.organisations.map((o) => (
                          <li key={o.website}>
                            <a href={o.website}>{o.name}</a>
                            {o.phone ? `, ${o.phone}` : ''}
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        </details>
      )}
      {rows.map((row, index) => {
        const number = index + 1;
        const rowId = `${id}-${number}`;
        const noteError = errorFor(`${number}-note`);
        return (
          <fieldset class="ltw-fieldset ltw-fieldset--nested" key={row.id}>
            <legend class="ltw-fieldset__legend ltw-fieldset__legend--s">
              <span class="ltw-caption">{t('ui:list.item.question', { number })}</span>{' '}
              <span dir="auto">{row.question}</span>
            </legend>
            <p class="ltw-hint" id={`${rowId}-status`}>
              {t(`ui:ledger.status.${row.status ?? 'unmarked'}`)}
              {row.where ? ` (${row.where})` : ''}
            </p>
            <p class="ltw-label ltw-label--s" id={`${rowId}-next-label`}>
              {t('ui:ledger.nextQuestion')}
            </p>
            <div role="group" aria-labelledby={`${rowId}-next-label`}>
              <RadioItems
                name={`${rowId}-next`}
                small
                options={offered.map((r) => ({
                  id: r,
                  label: routes.find((x) => x.id === r)?.name ?? t(`ui:ledger.next.${r}`),
                }))}
                value={row.next}
                onChange={(next) => change(index, { next: next as OpenQuestionRow['next'] })}
              />
            </div>
            <TextField
              id={`${rowId}-note`}
              label={t('ui:ledger.note')}
              value={row.note ?? ''}
              onInput={(note) => change(index, { note })}
              error={noteError}
              errorPrefix={t('ui:errorPrefix')}
              rows={2}
            />
          </fieldset>
        );
      })}
      <TextField
        id={`${id}-note`}
        label={t('ui:ledger.otherOpen')}
        value={value?.note ?? ''}
        onInput={(note) => onChange({ rows: value?.rows ?? [], ...value, note })}
        error={overallError}
        errorPrefix={t('ui:errorPrefix')}
        rows={3}
      />
    </>
  );
}
