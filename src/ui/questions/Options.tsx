import { Fragment } from 'preact';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import type { Translate } from '~/core/questions/types';

interface OptionsProps {
  name: string;
  kind: 'radio' | 'checkbox';
  options: { id: string; label: string }[];
  isChecked: (option: string) => boolean;
  toggle: (option: string, checked: boolean) => void;
  /** An option that reveals a text box when chosen. */
  other?: { option: string; label: string; value: string; onChange: (text: string) => void; error?: string };
  /** "None of these": shown after an "or" divider. */
  exclusive?: string;
  inline?: boolean;
  t: Translate;
}

/** GOV.UK radios or checkboxes. The first input carries the question's own id, so an error links to it. */
export function Options({ name, kind, options, isChecked, toggle, other, exclusive, inline, t }: OptionsProps) {
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
            {other && other.option === option.id && isChecked(option.id) && (
              <div class="ltw-choices__conditional">
                <label class="ltw-label" for={`${name}-other-detail`}>
                  {other.label}
                </label>
                <ErrorMessage id={`${name}-other-detail-error`} prefix={t('ui:errorPrefix')} text={other.error} />
                <input
                  class={other.error ? 'ltw-input ltw-input--error' : 'ltw-input'}
                  id={`${name}-other-detail`}
                  type="text"
                  dir="auto"
                  autocomplete="off"
                  value={other.value}
                  aria-describedby={other.error ? `${name}-other-detail-error` : undefined}
                  onInput={(event) => other.onChange(event.currentTarget.value)}
                />
              </div>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
