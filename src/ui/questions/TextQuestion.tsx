import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { Hint, describedBy } from '~/ui/form/Hint';
import { LabelHeading } from './Headings';
import type { QuestionProps } from './question-props';

/** One line of text, with the question as the label in the h1 (GOV.UK "label as page heading"). */
export function TextQuestion({
  question,
  value,
  onChange,
  words,
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
      <ErrorMessage id={`${id}-error`} prefix={words.t('ui:errorPrefix')} text={error} />
      <input
        class={error ? 'ltw-input ltw-input--error' : 'ltw-input'}
        id={id}
        name={id}
        type="text"
        dir="auto"
        value={value ?? ''}
        spellcheck={question.autocomplete ? false : undefined}
        autocomplete={question.autocomplete ?? 'off'}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
