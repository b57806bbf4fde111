import type { BrowserContext, Page } from 'playwright-core';

/** Records every Content Security Policy violation in the context's pages (securitypolicyviolation events). */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`.trim()),
    );
  });
}

/** The violations recorded so far in this page's document. */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['the watcher is not installed'],
  );

/** The policy the page declares in its <meta http-equiv="content-security-policy">, as directive -> values. */
export async function declaredPolicy(page: Page): Promise<Record<string, string[]>> {
  const text = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
  return Object.fromEntries(
    (text ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}
