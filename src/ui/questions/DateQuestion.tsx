import { joinSentences } from '~/core/text/text';
import { DateInputs } from './DateInputs';
import { QuestionFieldset } from './QuestionFieldset';
import type { QuestionProps } from './question-props';

/** A GOV.UK date (day optional), "approximate", and "Not yet" for things that may not have happened. */
export function DateQuestion({
  question,
  value,
  onChange,
  words,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'date'>) {
  const { t } = words;
  const id = question.id;
  const hint = joinSentences([words.hint(question), t('ui:values.dateHint')]);
  const errorField = ['', 'day', 'month', 'year'].find((f) => errorFor(f));
  const error = errorField !== undefined ? errorFor(errorField) : undefined;
  const dateValue = value?.notYet ? {} : value;
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
      <DateInputs
        id={id}
        value={dateValue}
        onChange={(date) => onChange({ ...date, notYet: undefined })}
        errorField={errorField}
        t={t}
      />
      <div class="ltw-choices ltw-choices--small">
        <div class="ltw-choices__item">
          <input
            class="ltw-choices__input"
            id={`${id}-approximate`}
            type="checkbox"
            checked={Boolean(value?.approximate) && !value?.notYet}
            onChange={(event) => onChange({ ...dateValue, approximate: event.currentTarget.checked })}
          />
          <label class="ltw-choices__label" for={`${id}-approximate`}>
            {t('ui:values.approximate')}
          </label>
        </div>
        {question.notYet && (
          <>
            <div class="ltw-choices__divider">{t('ui:choice.or')}</div>
            <div class="ltw-choices__item">
              <input
                class="ltw-choices__input"
                id={`${id}-not-yet`}
                type="checkbox"
                checked={Boolean(value?.notYet)}
                onChange={(event) => onChange(event.currentTarget.checked ? { notYet: true } : {})}
              />
              <label class="ltw-choices__label" for={`${id}-not-yet`}>
                {t('ui:values.notYetOption')}
              </label>
            </div>
          </>
        )}
      </div>
    </QuestionFieldset>
  );
}
