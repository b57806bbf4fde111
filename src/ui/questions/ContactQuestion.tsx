import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { describedBy } from '~/ui/form/Hint';
import { QuestionFieldset } from './QuestionFieldset';
import type { QuestionProps } from './question-props';
import type { ContactField } from '~/core/questions/contact/rules';

// Tokens only for the person's own details (WCAG 1.3.5); someone else's must not be filled from theirs.
const AUTOCOMPLETE: Partial<Record<ContactField, string>> = {
  name: 'name',
  phone: 'tel',
  email: 'email',
  address: 'street-address',
};
const TYPE: Partial<Record<ContactField, string>> = { phone: 'tel', email: 'email' };

export function ContactQuestion({
  question,
  value,
  onChange,
  words,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'contact'>) {
  const id = question.id;
  const hint = words.hint(question);
  return (
    <QuestionFieldset
      id={id}
      caption={caption}
      headingRef={headingRef}
      label={words.label(question)}
      hint={hint}
      error={errorFor('')}
      t={words.t}
    >
      {question.fields.map((field) => {
        const inputId = `${id}-${field}`;
        const error = errorFor(field);
        const common = {
          id: inputId,
          name: inputId,
          class: error ? 'ltw-input ltw-input--error' : 'ltw-input',
          value: value?.[field] ?? '',
          autocomplete: question.own ? (AUTOCOMPLETE[field] ?? 'off') : 'off',
          'aria-describedby': describedBy(error && `${inputId}-error`),
          onInput: (event: Event) => onChange({ ...value, [field]: (event.currentTarget as HTMLInputElement).value }),
        };
        return (
          <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'} key={field}>
            <label class="ltw-label" for={inputId}>
              {words.contactField(question, field)}
            </label>
            <ErrorMessage id={`${inputId}-error`} prefix={words.t('ui:errorPrefix')} text={error} />
            {field === 'address' ? (
              <textarea {...common} class={`ltw-textarea${error ? ' ltw-input--error' : ''}`} rows={3} />
            ) : (
              <input
                {...common}
                type={TYPE[field] ?? 'text'}
                spellcheck={field === 'email' ? false : undefined}
                dir={field === 'name' ? 'auto' : undefined}
              />
            )}
          </div>
        );
      })}
    </QuestionFieldset>
  );
}
