import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Translate } from '~/core/questions/types';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { ErrorSummary } from '~/ui/form/ErrorSummary';
import { Hint, describedBy } from '~/ui/form/Hint';
import { RadioItems, type RadioOption } from '~/ui/form/RadioItems';

interface Props {
  t: Translate;
  name: string;
  legend: string;
  hint?: string;
  options: RadioOption[];
  errorText: string;
  /** Called with the chosen option; Continue with none chosen shows the error instead. */
  onChoose: (id: string) => void;
  /** Told when the error shows or goes, so the page title can start with "Error:". */
  onError?: (shown: boolean) => void;
  children?: ComponentChildren;
}

/** GOV.UK radios with Continue: an error summary (focused) and an inline error when nothing is chosen. */
export function RadiosForm({ t, name, legend, hint, options, errorText, onChoose, onError, children }: Props) {
  const [value, setValue] = useState<string | undefined>();
  const [error, setError] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (error) summaryRef.current?.focus();
    onError?.(error);
  }, [error, attempt]);
  const errorId = `${name}-error`;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (value === undefined) {
          setError(true);
          setAttempt((n) => n + 1);
          return;
        }
        setError(false);
        onChoose(value);
      }}
    >
      <ErrorSummary
        title={t('errorSummaryTitle')}
        errors={error ? [{ href: `#${name}`, text: errorText }] : []}
        summaryRef={summaryRef}
      />
      <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
        <fieldset class="ltw-fieldset" aria-describedby={describedBy(hint && `${name}-hint`, error && errorId)}>
          <legend class="ltw-fieldset__legend">
            <h2 class="ltw-family-link__question">{legend}</h2>
          </legend>
          <Hint id={`${name}-hint`} text={hint} />
          <ErrorMessage id={errorId} prefix={t('errorPrefix')} text={error ? errorText : undefined} />
          <RadioItems name={name} options={options} value={value} onChange={setValue} />
        </fieldset>
      </div>
      {children}
      <button type="submit" class="ltw-button">
        {t('continue')}
      </button>
    </form>
  );
}
