/*
 * The header's language links go to the same page in another language. On a page with a place (?step=,
 * ?view=, #...), the link takes that place along; answers that only this page holds go too (carry).
 * Loaded after the page starts: nothing here is needed for the first paint.
 */
import { CARRY_PREFIX } from './carry-prefix';

// Read back, once, by takeCarried (language-carry.ts) on the next page.
const writeCarry = (to: string, text: string) =>
  (window.name = CARRY_PREFIX + JSON.stringify({ to, at: Date.now(), text }));

const plainClick = (event: MouseEvent) =>
  event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;

/**
 * Call once per page with a function that returns what must be carried, if anything, and optionally
 * where the person is when the address no longer says (?step=...#...). Returns a cleanup.
 */
export function keepPlaceOnLanguageSwitch(
  carry: () => string | undefined = () => undefined,
  place: () => string = () => window.location.search + window.location.hash,
): () => void {
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-language-link]');
    if (!link) return;
    const to = link.dataset.languageLink!;
    link.href = to + place();
    const text = plainClick(event) ? carry() : undefined;
    if (text !== undefined) writeCarry(to, text);
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}
