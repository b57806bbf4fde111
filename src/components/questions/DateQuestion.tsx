import { DateInputs } from './DateInputs';
import { QuestionFieldset } from './QuestionFieldset';
import type { QuestionProps } from './types';

export function DateQuestion({
  question,
  value,
  onChange,
  words,
  t,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'date'>) {
  const id = question.id;
  const hint = [words.hint(question), t('values.dateHint')].filter(Boolean).join('. ');
  const errorField = ['', 'day', 'month', 'year'].find((f) => errorFor(f));
  const error = errorField !== undefined ? errorFor(errorField) : undefined;
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
      <DateInputs id={id} value={value} onChange={onChange} errorField={errorField} t={t} />
      <div class="ltw-choices ltw-choices--small">
        <div class="ltw-choices__item">
          <input
            class="ltw-choices__input"
            id={`${id}-approximate`}
            type="checkbox"
            checked={Boolean(value?.approximate)}
            onChange={(event) => onChange({ ...value, approximate: event.currentTarget.checked })}
          />
          <label class="ltw-choices__label" for={`${id}-approximate`}>
            {t('values.approximate')}
          </label>
        </div>
      </div>
    </QuestionFieldset>
  );
}
