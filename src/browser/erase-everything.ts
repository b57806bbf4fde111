import { eraseEverything, hasAnything } from '~/core/store/access';
import { copiesToOffer, deleteKeptCopies, keptCopiesText, markDownloaded } from '~/core/store/kept-offer';
import { STORAGE_KEYS, type Backends } from '~/core/store/types';
import { browserBackends } from './storage-backends';
import { forgetAllCaseFiles, remembersCaseFiles } from './case-file-handles';

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
  // The case files a team's browser remembers on a drive are in IndexedDB, which only answers later.
  if (found === false)
    void remembersCaseFiles().then((remembered) => {
      if (!remembered) return;
      show('nothing', false);
      show('has-data', true);
    });
  offerKeptCopies(root, backends, () => {
    show('has-data', false);
    show(hasAnything(backends) === false ? 'nothing' : 'has-data', true);
  });
  root.querySelector('[data-erase-form]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const stored = eraseEverything(backends).ok;
    void Promise.all([forgetAllCaseFiles(), forgetOfflineCopy()]).then(([forgotten, offline]) =>
      finish(forgotten && offline && stored && hasAnything(backends) === false),
    );
  });
  const finish = (erased: boolean) => {
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
  };
}

/**
 * The service worker's copy of the site (its own files, never answers) goes too, as the storage register
 * promises; the worker is registered again by the next page that carries the shared script.
 */
async function forgetOfflineCopy(): Promise<boolean> {
  try {
    for (const registration of (await navigator.serviceWorker?.getRegistrations()) ?? [])
      await registration.unregister();
    if (typeof caches === 'undefined') return true;
    for (const name of await caches.keys())
      if (name.startsWith(STORAGE_KEYS.offlineCachePrefix)) await caches.delete(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * A copy of answers that could not be read, not yet downloaded: offered here too, to download or to
 * delete on its own, before anything else is deleted.
 */
function offerKeptCopies(root: HTMLElement, backends: Backends, afterDelete: () => void): void {
  const box = root.querySelector<HTMLElement>('[data-kept]');
  const copies = copiesToOffer(backends);
  if (!box || copies.length === 0) return;
  const date = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long' }).format(
    new Date(copies[0]!.keptAt),
  );
  box.querySelector('[data-kept-message]')!.textContent = (box.dataset.keptText ?? '').replace('{date}', date);
  box.hidden = false;
  box.querySelector('[data-kept-download]')?.addEventListener('click', () => {
    void import('./download-file').then((m) => {
      const day = new Date().toISOString().slice(0, 10);
      m.downloadFile(`${box.dataset.fileName}-${day}.json`, keptCopiesText(copies), 'application/json');
      markDownloaded(backends, copies);
    });
  });
  box.querySelector('[data-kept-delete]')?.addEventListener('click', () => {
    if (!deleteKeptCopies(backends)) return;
    box.hidden = true;
    const done = root.querySelector<HTMLElement>('[data-kept-deleted]');
    afterDelete();
    if (done) done.hidden = false;
    // The button is gone with its box: focus goes to what happened.
    done?.focus();
  });
}
