import { CharacterCount } from '~/ui/form/CharacterCount';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { Hint, describedBy } from '~/ui/form/Hint';
import { LabelHeading } from './Headings';
import type { QuestionProps } from './question-props';
import { maxLengthOf } from '~/core/questions/long-text/rules';

/** Free text in the person's own words, with a character count near the limit. */
export function LongTextQuestion({
  question,
  value,
  onChange,
  words,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'longText'>) {
  const id = question.id;
  const hint = words.hint(question);
  const error = errorFor('');
  return (
    <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
      <LabelHeading caption={caption} headingRef={headingRef} htmlFor={id}>
        {words.label(question)}
      </LabelHeading>
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} prefix={words.t('ui:errorPrefix')} text={error} />
      <textarea
        class={error ? 'ltw-textarea ltw-input--error' : 'ltw-textarea'}
        id={id}
        name={id}
        rows={8}
        dir="auto"
        value={value ?? ''}
        aria-describedby={describedBy(hint && `${id}-hint`, `${id}-info`, error && `${id}-error`)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <CharacterCount id={`${id}-info`} text={value ?? ''} max={maxLengthOf(question)} t={words.t} />
    </div>
  );
}
