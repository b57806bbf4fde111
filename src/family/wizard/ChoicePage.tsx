import { useState } from 'preact/hooks';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { RadioItems, type RadioOption } from '~/ui/form/RadioItems';
import { Hint, describedBy } from '~/ui/form/Hint';
import { LegendHeading } from '~/ui/questions/Headings';
import type { PageProps } from '~/ui/page-props';
import type { ComponentChildren } from 'preact';

interface Props extends PageProps {
  name: string;
  caption: string;
  title: string;
  hint?: string;
  options: RadioOption[];
  errorText: string;
  initial?: string;
  children?: ComponentChildren;
}

/** A one-question radio page that is not part of the answers (save choice, "Have you completed this section?"). */
export function ChoicePage({
  name,
  caption,
  title,
  hint,
  options,
  errorText,
  initial,
  context,
  send,
  t,
  headingRef,
  children,
}: Props) {
  const [value, setValue] = useState<string | undefined>((context.draft as string | undefined) ?? initial);
  const error = context.errors.length > 0 ? errorText : undefined;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send({ type: 'CONTINUE', value });
      }}
    >
      <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
        <fieldset class="ltw-fieldset" aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)}>
          <LegendHeading caption={caption} headingRef={headingRef}>
            {title}
          </LegendHeading>
          <Hint id={`${name}-hint`} text={hint} />
          <ErrorMessage id={`${name}-error`} prefix={t('errorPrefix')} text={error} />
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
