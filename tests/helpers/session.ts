import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { watchCsp } from './csp';
import { TEST_ROUTES } from '../tools/serve.mjs';

/*
 * One Chromium, one context and one page for a whole test file. A new context costs half a second and a
 * new page a cold renderer (axe compiled again); resetting the page between cases costs a tenth of that.
 * What a reset clears is everything a case can leave behind that a later case could see: storage of every
 * kind, window.name (the language switch carries answers in it), the back history, other tabs, routes,
 * listeners, emulated media, permissions and the viewport.
 */

/** A page of the site's origin that starts no island: where storage is seeded and cleared. */
export const BLANK_PAGE = `${TEST_ROUTES}blank.html`;

/**
 * True for the test-only files (the blank page, axe), from the test server or from nginx (which serves axe):
 * tests that count requests leave exactly these out.
 */
export const isTestRoute = (url: string) =>
  [inject('baseUrl'), inject('nginxUrl')].some((origin) => url.startsWith(origin + TEST_ROUTES));

export type Viewport = { width: number; height: number };
const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 800 };
/** Events a case may listen to; their listeners go at the next reset. */
const EVENTS = ['pageerror', 'console', 'dialog', 'download', 'popup', 'request', 'response', 'requestfailed'];

export interface SessionOptions {
  /** The page's size after every reset (a case may still change it). */
  viewport?: Viewport;
  /** Permissions the whole file needs, granted for the site's origin. */
  permissions?: string[];
}

export interface Session {
  /**
   * The file's page, reset: on the blank page, nothing stored, no history behind it; `width` (or a whole
   * viewport) for this case only.
   */
  page(size?: number | Viewport): Promise<Page>;
  /** Another tab in the same context (storage shared with `page()`), closed at the next reset. */
  newTab(size?: number | Viewport): Promise<Page>;
  /**
   * A context of its own, for what one page cannot do: JavaScript off, another user agent, a second
   * device whose storage is apart. Closed at the next reset or at the end of the file.
   */
  freshContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context (see freshContext). */
  freshPage(options?: BrowserContextOptions): Promise<Page>;
  browser(): Browser;
}

/** Empties every kind of storage the site could use, from a page of its origin. */
async function clearOrigin(page: Page) {
  await page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    window.name = '';
    for (const { name } of await indexedDB.databases())
      await new Promise((done) => {
        const request = indexedDB.deleteDatabase(name!);
        request.onsuccess = request.onerror = request.onblocked = done;
      });
    if ('caches' in window) for (const key of await caches.keys()) await caches.delete(key);
    for (const registration of (await navigator.serviceWorker?.getRegistrations()) ?? [])
      await registration.unregister();
  });
}

const sizeOf = (size: number | Viewport | undefined, fallback: Viewport): Viewport =>
  typeof size === 'number' ? { width: size, height: fallback.height } : (size ?? fallback);

export function browserSession(options: SessionOptions = {}): Session {
  const viewport = options.viewport ?? DEFAULT_VIEWPORT;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page | undefined;
  let history: CDPSession;
  const fresh: BrowserContext[] = [];

  const baseUrl = () => inject('baseUrl');
  const grant = () => context.grantPermissions(options.permissions ?? [], { origin: baseUrl() });

  async function openPage() {
    page = await context.newPage();
    history = await context.newCDPSession(page);
    return page;
  }

  async function reset(size: Viewport): Promise<Page> {
    // Other tabs and contexts first: an open wizard tab would save its answers again after the clearing.
    await Promise.all(fresh.splice(0).map((c) => c.close()));
    const current = page && !page.isClosed() ? page : await openPage();
    await Promise.all(
      context
        .pages()
        .filter((p) => p !== current)
        .map((p) => p.close()),
    );
    await current.unrouteAll({ behavior: 'ignoreErrors' });
    for (const event of EVENTS) current.removeAllListeners(event);
    await current.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
    await context.clearPermissions();
    await grant();
    await context.clearCookies();
    const now = current.viewportSize();
    if (now?.width !== size.width || now.height !== size.height) await current.setViewportSize(size);
    await current.mouse.move(0, 0);
    await current.goto(baseUrl() + BLANK_PAGE);
    await clearOrigin(current);
    // Back from a case's first page must not land in the case before (the blank page is all that is left).
    await history.send('Page.resetNavigationHistory');
    return current;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport });
    await watchCsp(context);
    await grant();
    await openPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const session: Session = {
    page: (size) => reset(sizeOf(size, viewport)),
    async newTab(size) {
      const tab = await context.newPage();
      await tab.setViewportSize(sizeOf(size, viewport));
      return tab;
    },
    async freshContext(contextOptions = {}) {
      const created = await session.browser().newContext({ viewport, ...contextOptions });
      await watchCsp(created);
      fresh.push(created);
      return created;
    },
    async freshPage(contextOptions = {}) {
      return (await session.freshContext(contextOptions)).newPage();
    },
    browser() {
      if (!browser) throw new Error('The browser is only available inside tests');
      return browser;
    },
  };
  return session;
}
