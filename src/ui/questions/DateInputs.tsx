import type { Translate } from '~/core/questions/types';
import type { DateAnswer } from '~/core/questions/date/rules';

interface Props {
  /** Prefix for the three inputs' ids: `${id}-day`, `${id}-month`, `${id}-year`. */
  id: string;
  value: DateAnswer | undefined;
  onChange: (value: DateAnswer) => void;
  /** Which part the error is about, to mark that input. */
  errorField?: string;
  t: Translate;
}

/** GOV.UK date input: three short numeric boxes; the day may be left blank for "around March 2026". */
export function DateInputs({ id, value, onChange, errorField, t }: Props) {
  const parts = [
    { part: 'day', label: t('ui:values.day'), width: 2 },
    { part: 'month', label: t('ui:values.month'), width: 2 },
    { part: 'year', label: t('ui:values.year'), width: 4 },
  ] as const;
  return (
    <div class="ltw-date-input">
      {parts.map(({ part, label, width }) => (
        <div class="ltw-date-input__item" key={part}>
          <label class="ltw-label ltw-date-input__label" for={`${id}-${part}`}>
            {label}
          </label>
          <input
            class={`ltw-input ltw-input--width-${width}${errorField === part || errorField === '' ? ' ltw-input--error' : ''}`}
            id={`${id}-${part}`}
            name={`${id}-${part}`}
            type="text"
            inputMode="numeric"
            autocomplete="off"
            value={value?.[part] ?? ''}
            onInput={(event) => onChange({ ...value, [part]: event.currentTarget.value })}
          />
        </div>
      ))}
    </div>
  );
}
