/*
 * The one small script of pages that are otherwise plain HTML (the home and start pages), which the pages
 * with islands carry too, to keep the site for use offline. It must stay tiny and import nothing: a size
 * test holds it to 2 KB of gzip. Guidance pages carry no script at all.
 */

/** Whether answers are kept in this browser under `key`: their presence only, never what they say. */
function hasSavedAnswers(key: string): boolean {
  try {
    return localStorage.getItem(key) !== null || sessionStorage.getItem(key) !== null;
  } catch {
    return false; // Site data blocked: nothing can have been saved.
  }
}

/**
 * "Continue where you left off" is in the page from the start, taking its space but unseen, so showing
 * it moves nothing (no layout shift); it is shown only when answers are saved.
 */
export function startPlainPage(): void {
  for (const link of document.querySelectorAll<HTMLElement>('[data-continue-link]')) {
    if (hasSavedAnswers(link.dataset.continueLink ?? '')) link.classList.add('ltw-continue--shown');
  }
}

/**
 * Keeps the site for use offline (the service worker at /sw.js, written at build), and when a new version
 * has been deployed, says so and waits for the person to choose "Reload": never a reload mid-question.
 */
export function keepOffline(): void {
  const workers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!workers || !import.meta.env.PROD) return;
  // Only once the page has loaded: copying the site never competes with what the person came to see.
  if (document.readyState === 'complete') register(workers);
  else addEventListener('load', () => register(workers), { once: true });
}

function register(workers: ServiceWorkerContainer): void {
  workers.register('/sw.js').then(
    // Undefined where registering is switched off (the tests' browser blocks it outside the offline test).
    (registration?: ServiceWorkerRegistration) => {
      if (!registration) return;
      const offer = () => {
        if (registration.waiting && workers.controller) offerNewVersion(registration.waiting);
      };
      offer();
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => installing.state === 'installed' && offer());
      });
      // A page left open for days (the wizard never leaves its page) looks again when it is shown again.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
      });
    },
    () => undefined, // Offline, or workers blocked: the site works as before, online.
  );
}

/** "A new version is ready": the words are in the page (a template), shown in its polite live region. */
function offerNewVersion(waiting: ServiceWorker): void {
  const region = document.querySelector<HTMLElement>('[data-new-version]');
  const banner = region?.querySelector('template');
  if (!region || !banner || region.querySelector('[data-new-version-reload]')) return;
  region.append(banner.content.cloneNode(true));
  region.querySelector('[data-new-version-reload]')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    waiting.postMessage('skip-waiting');
  });
}
