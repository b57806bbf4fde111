import { PERSON_NAME_MAX } from '~/core/cases/record';
import { cleanText } from '~/core/text/text';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { Hint, describedBy } from '~/ui/form/Hint';
import type { Translate } from '~/core/questions/types';
import type { ComponentChildren } from 'preact';

/** A person's name as typed, or why it cannot be used: the key of the error message. */
export function checkName(text: string): { ok: true; name: string } | { ok: false; error: 'nameMissing' | 'nameLong' } {
  const name = cleanText(text).replace(/\s+/g, ' ');
  if (!name) return { ok: false, error: 'nameMissing' };
  if (name.length > PERSON_NAME_MAX) return { ok: false, error: 'nameLong' };
  return { ok: true, name };
}

interface Props {
  id: string;
  /** The label: plain text, or the page's h1 holding it (GOV.UK "label as page heading"). */
  label: (input: { htmlFor: string; children: string }) => ComponentChildren;
  text: string;
  hint?: string;
  error?: string;
  value: string;
  onInput: (value: string) => void;
  t: Translate;
}

/** One person's name: a text box with its hint and error, never autocompleted from another person's. */
export function NameInput({ id, label, text, hint, error, value, onInput, t }: Props) {
  return (
    <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
      {label({ htmlFor: id, children: text })}
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} prefix={t('ui:errorPrefix')} text={error} />
      <input
        class={error ? 'ltw-input ltw-input--error' : 'ltw-input'}
        id={id}
        name={id}
        type="text"
        dir="auto"
        spellcheck={false}
        autocomplete="off"
        value={value}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
