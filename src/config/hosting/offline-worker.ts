/*
 * The service worker at /sw.js, as a function the build writes out whole with its list of files
 * (write-service-worker.ts): it runs in the browser, so it uses nothing from outside its own body.
 *
 * Ours rather than Workbox: @vite-pwa/astro has not moved past Astro 5 and Workbox adds a runtime of its
 * own; this is a few dozen lines, from the site's own origin, so the pages' Content Security Policy needs
 * nothing new. It keeps only the site's own files, fetched with GET from the list made at build: never an
 * answer, a case, an address's query or fragment, or anything sent.
 */

export interface OfflineManifest {
  /** Changes with every build that changes a file, so a new deploy changes this file's bytes. */
  version: string;
  /** The cache's name starts with this (the storage register lists it). */
  cachePrefix: string;
  /** What every language needs: the hashed assets (the code loaded later too, the PDF's fonts), the icon, the 404 page. */
  shared: string[];
  /** Each language's pages and files, by the first part of their path ("en"). */
  languages: Record<string, string[]>;
  /** Where "/" goes (the server redirects it). */
  root: string;
  notFound: string;
  hashedPrefix: string;
  /** How long a page waits for the network before a kept copy is shown instead (patchy signal). */
  waitForNetworkMs: number;
}

interface FetchEvent extends Event {
  request: Request;
  respondWith(response: Promise<Response>): void;
  waitUntil(work: Promise<unknown>): void;
}
interface WorkerScope {
  addEventListener(type: string, listener: (event: FetchEvent & { data?: unknown }) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: object): Promise<{ url: string }[]> };
  location: Location;
}

export function offlineWorker(manifest: OfflineManifest): void {
  const scope = self as unknown as WorkerScope;
  const cacheName = manifest.cachePrefix + manifest.version;
  const ours = new Set([...manifest.shared, ...Object.values(manifest.languages).flat()]);
  const languageOf = (path: string) => path.split('/')[1] ?? '';
  const open = () => caches.open(cacheName);
  const done = new Set<string>();

  /** Adds a language's pages, once per worker; what is there already is not fetched again. */
  async function keepLanguage(language: string): Promise<void> {
    const files = manifest.languages[language];
    if (!files || done.has(language)) return;
    const cache = await open();
    const missing = [];
    for (const file of files) if (!(await cache.match(file))) missing.push(file);
    await cache.addAll(missing);
    done.add(language);
  }

  /** The languages of the open pages, and those an earlier version kept (a new version keeps them too). */
  async function visitedLanguages(): Promise<string[]> {
    const found = new Set<string>();
    for (const client of await scope.clients.matchAll({ type: 'window', includeUncontrolled: true }))
      found.add(languageOf(new URL(client.url).pathname));
    for (const name of await caches.keys()) {
      if (!name.startsWith(manifest.cachePrefix) || name === cacheName) continue;
      const earlier = await caches.open(name);
      for (const language of Object.keys(manifest.languages))
        if (await earlier.match(`/${language}/`)) found.add(language);
    }
    return [...found];
  }

  scope.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        await (await open()).addAll(manifest.shared);
        for (const language of await visitedLanguages()) await keepLanguage(language);
      })(),
    );
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        for (const name of await caches.keys())
          if (name.startsWith(manifest.cachePrefix) && name !== cacheName) await caches.delete(name);
        await scope.clients.claim();
      })(),
    );
  });

  // The page asks for this only when the person chooses "Reload", so no page changes version mid-question.
  scope.addEventListener('message', (event) => {
    if (event.data === 'skip-waiting') void scope.skipWaiting();
  });

  const pagePath = (path: string) =>
    path === '/' ? manifest.root : path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;

  /** The network first; a kept copy when it fails, or when it is slow and a copy is kept. */
  async function fromNetworkOr(request: Request, path: string): Promise<Response> {
    const cache = await open();
    const kept = cache.match(path);
    const network = fetch(request);
    network.catch(() => undefined); // Failing after a kept copy was shown is not an error.
    const slow = new Promise<'slow'>((resolve) => setTimeout(() => resolve('slow'), manifest.waitForNetworkMs));
    try {
      const first = await Promise.race([network, slow]);
      if (first !== 'slow') return first;
      const copy = await kept;
      return copy ?? (await network);
    } catch {
      const notFound = request.mode === 'navigate' ? await cache.match(manifest.notFound) : undefined;
      return (await kept) ?? notFound ?? Response.error();
    }
  }

  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== scope.location.origin) return;
    if (request.mode === 'navigate') {
      const language = languageOf(url.pathname);
      if (manifest.languages[language]) event.waitUntil(keepLanguage(language).catch(() => undefined));
      event.respondWith(fromNetworkOr(request, pagePath(url.pathname)));
      return;
    }
    if (!ours.has(url.pathname)) return;
    if (url.pathname.startsWith(manifest.hashedPrefix))
      event.respondWith(open().then(async (cache) => (await cache.match(url.pathname)) ?? fetch(request)));
    else event.respondWith(fromNetworkOr(request, url.pathname));
  });
}
