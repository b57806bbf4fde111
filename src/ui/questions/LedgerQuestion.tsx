import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { TextField } from '~/ui/form/TextField';
import { Hint } from '~/ui/form/Hint';
import { RadioItems } from '~/ui/form/RadioItems';
import type { QuestionProps } from './question-props';
import { LEDGER_STATUSES, ledgerRows, sourceList, type LedgerRow } from '~/core/questions/ledger/rules';
import { teamLedgerNotes } from '~/core/questions/draft-comments/replies';

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
      <ErrorMessage id={`${id}-error`} prefix={t('ui:errorPrefix')} text={errorFor('')} />
      {rows.length === 0 && (
        <p id={`${id}-empty`}>
          {t('ui:ledger.empty')} <a href="?step=family-questions">{t('ui:ledger.addQuestions')}</a>
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
              <span class="ltw-caption">{t('ui:list.item.question', { number })}</span>{' '}
              <span class="ltw-ledger__question" dir="auto">
                {row.question}
              </span>
            </legend>
            {teamWhere && (
              <p class="ltw-inset" id={`${rowId}-team`}>
                {t('ui:ledger.teamSays', { where: teamWhere })}
              </p>
            )}
            <RadioItems
              name={`${rowId}-status`}
              small
              options={LEDGER_STATUSES.map((s) => ({ id: s, label: t(`ui:ledger.status.${s}`) }))}
              value={row.status}
              onChange={(status) => change(index, { status: status as LedgerRow['status'] })}
            />
            <TextField
              id={`${rowId}-where`}
              label={t('ui:ledger.where')}
              value={row.where ?? ''}
              onInput={(where) => change(index, { where })}
              error={whereError}
              errorPrefix={t('ui:errorPrefix')}
            />
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
        label={t('ui:ledger.overallNote')}
        value={value?.note ?? ''}
        onInput={(note) => onChange({ ...value, rows, note })}
        error={errorFor('note')}
        errorPrefix={t('ui:errorPrefix')}
        rows={3}
      />
    </>
  );
}
