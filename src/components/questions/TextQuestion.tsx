import { CharacterCount } from '../form/CharacterCount';
import { ErrorMessage } from '../form/ErrorMessage';
import { Hint, describedBy } from '../form/Hint';
import { LabelHeading } from './Headings';
import type { QuestionProps } from './types';
import { DEFAULT_LONG_TEXT_MAX } from '../../wizard/questions/text';

export function TextQuestion({
  question,
  value,
  onChange,
  words,
  t,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'text'>) {
  const id = question.id;
  const hint = words.hint(question);
  const error = errorFor('');
  return (
    <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
      <LabelHeading caption={caption} headingRef={headingRef} htmlFor={id}>
        {words.label(question)}
      </LabelHeading>
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} prefix={t('errorPrefix')} text={error} />
      <input
        class={error ? 'ltw-input ltw-input--error' : 'ltw-input'}
        id={id}
        name={id}
        type="text"
        value={value ?? ''}
        spellcheck={question.autocomplete ? false : undefined}
        autocomplete={question.autocomplete ?? 'off'}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}

export function LongTextQuestion({
  question,
  value,
  onChange,
  words,
  t,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'longText'>) {
  const id = question.id;
  const hint = words.hint(question);
  const error = errorFor('');
  const max = question.maxLength ?? DEFAULT_LONG_TEXT_MAX;
  return (
    <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
      <LabelHeading caption={caption} headingRef={headingRef} htmlFor={id}>
        {words.label(question)}
      </LabelHeading>
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} prefix={t('errorPrefix')} text={error} />
      <textarea
        class={error ? 'ltw-textarea ltw-input--error' : 'ltw-textarea'}
        id={id}
        name={id}
        rows={8}
        value={value ?? ''}
        aria-describedby={describedBy(hint && `${id}-hint`, `${id}-info`, error && `${id}-error`)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <CharacterCount id={`${id}-info`} length={(value ?? '').length} max={max} t={t} />
    </div>
  );
}
