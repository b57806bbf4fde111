import { eraseEverything, hasAnything } from '~/core/store/access';
import { browserBackends } from './storage-backends';

/**
 * "Delete everything saved on this device": shows whether anything is saved, deletes it all on
 * confirmation, then checks that nothing is left before saying so. Every access to storage is guarded
 * (src/core/store/access.ts), so a blocked storage reads as "could not check", never as an exception.
 */
export function startErasePage(): void {
  const root = document.querySelector<HTMLElement>('[data-erase-root]');
  if (!root) return;
  const show = (name: string, visible: boolean) => {
    const element = root.querySelector<HTMLElement>(`[data-erase="${name}"]`);
    if (element) element.hidden = !visible;
    return element;
  };
  const backends = browserBackends();
  show('checking', false);
  const found = hasAnything(backends);
  // "Nothing is saved" only when we could look: a blocked storage may still hold answers.
  show(found === undefined ? 'unknown' : found ? 'has-data' : 'nothing', true);
  root.querySelector('[data-erase-form]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const erased = eraseEverything(backends).ok && hasAnything(backends) === false;
    show('has-data', false);
    if (!erased) {
      show('failed', true)?.focus();
      return;
    }
    // The page's one h1 becomes the confirmation and takes focus, so screen readers hear it at once.
    const heading = root.querySelector<HTMLElement>('[data-erase-heading]')!;
    const done = heading.dataset.doneTitle ?? '';
    document.title = document.title.replace(heading.textContent ?? '', done);
    heading.textContent = done;
    show('done', true);
    show('start-again', true);
    heading.focus();
  });
}
