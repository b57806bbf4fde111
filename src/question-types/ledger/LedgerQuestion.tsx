import { ErrorMessage } from '../../components/form/ErrorMessage';
import { Hint, describedBy } from '../../components/form/Hint';
import { RadioItems } from '../../components/form/RadioItems';
import type { QuestionProps } from '../../components/questions/types';
import { LEDGER_STATUSES, ledgerRows, sourceList, type LedgerRow } from './rules';
import { teamLedgerNotes } from '../draft-comments/replies';

/** Stage 4: each of the family's questions, one by one: was it answered, where in the draft, a note. */
export function LedgerQuestion({
  question,
  value,
  onChange,
  words,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'ledger'>) {
  const { t } = words;
  const id = question.id;
  const rows = ledgerRows(sourceList(words, question.source), value);
  const team = teamLedgerNotes(words.answers);
  const hint = words.hint(question);
  const change = (index: number, part: Partial<LedgerRow>) =>
    onChange({ ...value, rows: rows.map((row, i) => (i === index ? { ...row, ...part } : row)) });
  return (
    <>
      <span class="ltw-caption">{caption}</span>
      <h1 tabIndex={-1} ref={headingRef}>
        {words.label(question)}
      </h1>
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} prefix={t('errorPrefix')} text={errorFor('')} />
      {rows.length === 0 && (
        <p id={`${id}-empty`}>
          {t('ledger.empty')} <a href="?step=family-questions">{t('ledger.addQuestions')}</a>
        </p>
      )}
      {rows.map((row, index) => {
        const number = index + 1;
        const rowId = `${id}-${number}`;
        const whereError = errorFor(`${number}-where`);
        const noteError = errorFor(`${number}-note`);
        const teamWhere = team.get(row.id);
        return (
          <fieldset class="ltw-fieldset ltw-fieldset--nested" key={row.id}>
            <legend class="ltw-fieldset__legend ltw-fieldset__legend--s">
              <span class="ltw-caption">{t('list.item.question', { number })}</span>{' '}
              <span class="ltw-ledger__question" dir="auto">
                {row.question}
              </span>
            </legend>
            {teamWhere && (
              <p class="ltw-inset" id={`${rowId}-team`}>
                {t('ledger.teamSays', { where: teamWhere })}
              </p>
            )}
            <RadioItems
              name={`${rowId}-status`}
              small
              options={LEDGER_STATUSES.map((s) => ({ id: s, label: t(`ledger.status.${s}`) }))}
              value={row.status}
              onChange={(status) => change(index, { status: status as LedgerRow['status'] })}
            />
            <div class={whereError ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
              <label class="ltw-label ltw-label--s" for={`${rowId}-where`}>
                {t('ledger.where')}
              </label>
              <ErrorMessage id={`${rowId}-where-error`} prefix={t('errorPrefix')} text={whereError} />
              <input
                class={whereError ? 'ltw-input ltw-input--error' : 'ltw-input'}
                id={`${rowId}-where`}
                type="text"
                dir="auto"
                value={row.where ?? ''}
                aria-describedby={describedBy(whereError && `${rowId}-where-error`)}
                onInput={(event) => change(index, { where: event.currentTarget.value })}
              />
            </div>
            <div class={noteError ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
              <label class="ltw-label ltw-label--s" for={`${rowId}-note`}>
                {t('ledger.note')}
              </label>
              <ErrorMessage id={`${rowId}-note-error`} prefix={t('errorPrefix')} text={noteError} />
              <textarea
                class={noteError ? 'ltw-textarea ltw-input--error' : 'ltw-textarea'}
                id={`${rowId}-note`}
                rows={2}
                dir="auto"
                value={row.note ?? ''}
                aria-describedby={describedBy(noteError && `${rowId}-note-error`)}
                onInput={(event) => change(index, { note: event.currentTarget.value })}
              />
            </div>
          </fieldset>
        );
      })}
      <div class={errorFor('note') ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
        <label class="ltw-label ltw-label--s" for={`${id}-note`}>
          {t('ledger.overallNote')}
        </label>
        <ErrorMessage id={`${id}-note-error`} prefix={t('errorPrefix')} text={errorFor('note')} />
        <textarea
          class={errorFor('note') ? 'ltw-textarea ltw-input--error' : 'ltw-textarea'}
          id={`${id}-note`}
          rows={3}
          dir="auto"
          value={value?.note ?? ''}
          aria-describedby={describedBy(errorFor('note') && `${id}-note-error`)}
          onInput={(event) => onChange({ ...value, rows, note: event.currentTarget.value })}
        />
      </div>
    </>
  );
}
