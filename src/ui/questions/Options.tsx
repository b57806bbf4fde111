import { Fragment } from 'preact';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import type { Translate } from '~/core/questions/types';

/** A text box revealed under an option while it is chosen; `field` is its id after the question's. */
export interface Reveal {
  option: string;
  field: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  error?: string;
}

interface OptionsProps {
  name: string;
  kind: 'radio' | 'checkbox';
  options: { id: string; label: string }[];
  isChecked: (option: string) => boolean;
  toggle: (option: string, checked: boolean) => void;
  /** An option that reveals a text box when chosen. */
  other?: Reveal;
  /** A second option that reveals a box of its own (the question's note, such as "Which language?"). */
  note?: Reveal;
  /** "None of these": shown after an "or" divider. */
  exclusive?: string;
  inline?: boolean;
  t: Translate;
}

/** GOV.UK radios or checkboxes. The first input carries the question's own id, so an error links to it. */
export function Options({ name, kind, options, isChecked, toggle, other, note, exclusive, inline, t }: OptionsProps) {
  return (
    <div class={inline ? 'ltw-choices ltw-choices--inline' : 'ltw-choices'}>
      {options.map((option, index) => {
        const id = index === 0 ? name : `${name}-${option.id}`;
        return (
          <Fragment key={option.id}>
            {option.id === exclusive && <div class="ltw-choices__divider">{t('ui:choice.or')}</div>}
            <div class="ltw-choices__item">
              <input
                class="ltw-choices__input"
                id={id}
                name={name}
                type={kind}
                value={option.id}
                checked={isChecked(option.id)}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              />
              <label class="ltw-choices__label" for={id}>
                {option.label}
              </label>
            </div>
            {[other, note].map(
              (reveal) =>
                reveal &&
                reveal.option === option.id &&
                isChecked(option.id) && <Revealed key={reveal.field} name={name} reveal={reveal} t={t} />,
            )}
          </Fragment>
        );
      })}
    </div>
  );
}

function Revealed({ name, reveal, t }: { name: string; reveal: Reveal; t: Translate }) {
  const id = `${name}-${reveal.field}`;
  return (
    <div class="ltw-choices__conditional">
      <label class="ltw-label" for={id}>
        {reveal.label}
      </label>
      <ErrorMessage id={`${id}-error`} prefix={t('ui:errorPrefix')} text={reveal.error} />
      <input
        class={reveal.error ? 'ltw-input ltw-input--error' : 'ltw-input'}
        id={id}
        type="text"
        dir="auto"
        autocomplete="off"
        value={reveal.value}
        aria-describedby={reveal.error ? `${id}-error` : undefined}
        onInput={(event) => reveal.onChange(event.currentTarget.value)}
      />
    </div>
  );
}
