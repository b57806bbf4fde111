export function Hint({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <div class="ltw-hint" id={id}>
      {text}
    </div>
  );
}

/** Joins ids for aria-describedby, leaving out the ones that are not on the page. */
export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
