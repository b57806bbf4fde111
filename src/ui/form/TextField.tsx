import { ErrorMessage } from './ErrorMessage';
import { describedBy } from './Hint';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** The field's error, shown above it and read with it. */
  error?: string;
  /** "Error:", read before the message. */
  errorPrefix: string;
  /** A textarea of this many rows; a one-line input when not given. */
  rows?: number;
}

/** One labelled text box with its error (GOV.UK form group), typed left to right or right to left. */
export function TextField({ id, label, value, onInput, error, errorPrefix, rows }: Props) {
  const shared = {
    id,
    dir: 'auto',
    value,
    'aria-describedby': describedBy(error && `${id}-error`),
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  } as const;
  return (
    <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
      <label class="ltw-label ltw-label--s" for={id}>
        {label}
      </label>
      <ErrorMessage id={`${id}-error`} prefix={errorPrefix} text={error} />
      {rows ? (
        <textarea class={error ? 'ltw-textarea ltw-input--error' : 'ltw-textarea'} rows={rows} {...shared} />
      ) : (
        <input class={error ? 'ltw-input ltw-input--error' : 'ltw-input'} type="text" {...shared} />
      )}
    </div>
  );
}
