import { createBrowserStore, type CaseStore } from '~/core/store';

/**
 * "Delete everything saved on this device": shows whether anything is saved, deletes it all on
 * confirmation, then checks that nothing is left before saying so.
 */
export function startErasePage(): void {
  const root = document.querySelector<HTMLElement>('[data-erase-root]');
  if (!root) return;
  const show = (name: string, visible: boolean) => {
    const element = root.querySelector<HTMLElement>(`[data-erase="${name}"]`);
    if (element) element.hidden = !visible;
    return element;
  };
  let store: CaseStore;
  try {
    store = createBrowserStore(
      { local: () => window.localStorage, session: () => window.sessionStorage },
      { maxAgeDays: Number(root.dataset.expireDays) || 90 },
    );
  } catch {
    show('checking', false);
    show('unknown', true);
    return;
  }
  show('checking', false);
  const found = store.hasAnything();
  // "Nothing is saved" only when we could look: a blocked storage may still hold answers.
  show(found === undefined ? 'unknown' : found ? 'has-data' : 'nothing', true);
  root.querySelector('[data-erase-form]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const erased = store.erase().ok && store.hasAnything() === false;
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
