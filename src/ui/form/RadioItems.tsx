export interface RadioOption {
  id: string;
  label: string;
  hint?: string;
}

interface Props {
  name: string;
  options: readonly RadioOption[];
  value: string | undefined;
  onChange: (id: string) => void;
  /** Smaller radios, for a choice that is part of a page rather than its question. */
  small?: boolean;
}

/**
 * GOV.UK radios, the inputs only (the fieldset, legend and error are the page's). The first input's id
 * is the name itself, so an error summary link to `#name` lands on the first choice.
 */
export function RadioItems({ name, options, value, onChange, small = false }: Props) {
  return (
    <div class={small ? 'ltw-choices ltw-choices--small' : 'ltw-choices'}>
      {options.map((option, index) => {
        const id = index === 0 ? name : `${name}-${option.id}`;
        return (
          <div class="ltw-choices__item" key={option.id}>
            <input
              class="ltw-choices__input"
              id={id}
              name={name}
              type="radio"
              value={option.id}
              checked={value === option.id}
              aria-describedby={option.hint ? `${id}-item-hint` : undefined}
              onChange={() => onChange(option.id)}
            />
            <label class="ltw-choices__label" for={id}>
              {option.label}
            </label>
            {option.hint && (
              <div class="ltw-hint ltw-choices__hint" id={`${id}-item-hint`}>
                {option.hint}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
