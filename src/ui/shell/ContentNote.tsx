/** A gentle note before hard content (GOV.UK inset): what is coming, and that the person can stop. */
export function ContentNote({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <div class="ltw-inset ltw-content-note">
      <p class="ltw-content-note__label">{label}</p>
      <p>{text}</p>
    </div>
  );
}
