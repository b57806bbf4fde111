/*
 * What the deployment check page (src/pages/deployment-check.astro) reads about the site it is served
 * from: its own response and a few others of the same origin, fetched fresh, and the service worker's
 * registration. Nothing goes to any other origin.
 */

export interface Answer {
  status: number;
  headers: Headers;
  /** Where the request ended after any redirect. */
  url: string;
  redirected: boolean;
  text: string;
}

export interface WorkerState {
  /** False where the browser offers no service workers (an insecure address). */
  supported: boolean;
  scope?: string;
  scriptURL?: string;
  state?: string;
  waiting?: boolean;
}

export interface DeploymentFacts {
  origin: string;
  https: boolean;
  /** The page's own <meta> Content-Security-Policy, or undefined. */
  metaPolicy?: string;
  page?: Answer;
  /** The path of a hashed file this page loads (its style sheet), and the answer for it. */
  assetPath?: string;
  asset?: Answer;
  serviceWorkerFile?: Answer;
  missingPage?: Answer;
  root?: Answer;
  securityTxt?: Answer;
  worker: WorkerState;
}

/** A fresh answer from the server (never the browser's cache), or undefined when the request fails. */
async function ask(url: string, withText = false): Promise<Answer | undefined> {
  try {
    const response = await fetch(url, { cache: 'no-store', credentials: 'omit' });
    return {
      status: response.status,
      headers: response.headers,
      url: response.url,
      redirected: response.redirected,
      text: withText ? await response.text() : '',
    };
  } catch {
    return undefined;
  }
}

async function workerState(): Promise<WorkerState> {
  if (!('serviceWorker' in navigator)) return { supported: false };
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  if (!registration) return { supported: true };
  const worker = registration.active ?? registration.waiting ?? registration.installing;
  return {
    supported: true,
    scope: registration.scope,
    scriptURL: worker?.scriptURL,
    state: worker?.state,
    waiting: Boolean(registration.waiting),
  };
}

export async function readDeployment(paths: {
  hashedAssetsPrefix: string;
  serviceWorker: string;
}): Promise<DeploymentFacts> {
  const own = (path: string) => new URL(path, location.origin).href;
  const hashed = [
    ...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel="stylesheet"], script[src]'),
  ]
    .map((element) => new URL(element instanceof HTMLLinkElement ? element.href : element.src))
    .find((url) => url.origin === location.origin && url.pathname.startsWith(paths.hashedAssetsPrefix));
  // An address no build has: a random tail, so no host or cache can have a page for it.
  const missing = own(`/deployment-check-missing-${Math.random().toString(36).slice(2)}/`);
  const [page, asset, serviceWorkerFile, missingPage, root, securityTxt, worker] = await Promise.all([
    ask(location.href),
    hashed ? ask(hashed.href) : undefined,
    ask(own(paths.serviceWorker)),
    ask(missing, true),
    ask(own('/')),
    ask(own('/.well-known/security.txt'), true),
    workerState(),
  ]);
  return {
    origin: location.origin,
    https: location.protocol === 'https:',
    metaPolicy:
      document.querySelector<HTMLMetaElement>('meta[http-equiv="content-security-policy" i]')?.content ?? undefined,
    page,
    assetPath: hashed?.pathname,
    asset,
    serviceWorkerFile,
    missingPage,
    root,
    securityTxt,
    worker,
  };
}
