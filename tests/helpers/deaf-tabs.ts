import type { BrowserContext, Page } from 'playwright-core';

/**
 * Lets a test stop a tab hearing other tabs' storage events (as a frozen or sleeping tab does), so two tabs
 * save blind. Install it on a page, or on a context for every tab it opens, before the site loads.
 */
export const canBeDeafened = (where: Page | BrowserContext) =>
  where.addInitScript(() => {
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      add(
        type,
        type === 'storage' ? (event) => !(window as { deaf?: boolean }).deaf && listener(event) : listener,
        options,
      )) as typeof window.addEventListener;
  });

/** From now on this tab hears no other tab's storage events. */
export const deafen = (page: Page) => page.evaluate(() => ((window as { deaf?: boolean }).deaf = true));
