interface Props {
  id: string;
  prefix: string;
  text?: string;
}

/** Inline error with a hidden, translated "Error:" so screen readers announce what it is. */
export function ErrorMessage({ id, prefix, text }: Props) {
  if (!text) return null;
  return (
    <p class="ltw-error-message" id={id}>
      <span class="ltw-visually-hidden">{prefix} </span>
      {text}
    </p>
  );
}
