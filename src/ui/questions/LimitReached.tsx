/** Where "Add another" was, once a list is full: the button never vanishes without a word. */
export function LimitReached({ id, text }: { id: string; text: string }) {
  return (
    <p class="ltw-inset" id={id} data-limit>
      {text}
    </p>
  );
}

/** What the status line says after an add: at the limit, the limit too, so a screen reader hears it. */
export const addedStatus = (added: string, count: number, max: number, limit: string) =>
  count >= max ? `${added} ${limit}` : added;
