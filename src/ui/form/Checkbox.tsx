/** One GOV.UK-style checkbox with its label (and hint), for a choice that changes what a page shows. */
export function Checkbox(props: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { id, label, hint, checked, onChange } = props;
  return (
    <div class="ltw-choices__item">
      <input
        class="ltw-choices__input"
        type="checkbox"
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label class="ltw-choices__label" for={id}>
        {label}
      </label>
      {hint && (
        <div class="ltw-hint ltw-choices__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
    </div>
  );
}
