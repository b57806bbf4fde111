import type { Page } from 'playwright-core';
import { PSEUDO_MARK } from '~/i18n/pseudo';
import { trust } from '~/config/trust';

/** Pages of the test-only pseudo-locales (src/i18n/locales.ts). */
export const PSEUDO_PATH = /^\/x[ab]\//;

/** Every string anywhere in a value (a resource, an answer), in order. */
export const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

/**
 * Names and addresses from the trust's settings: not words the site translates. Not its language codes
 * ("en" would be cut out of the middle of other words, leaving English that was allowed look unallowed).
 */
export const TRUST_VALUES = strings({ ...trust, languages: [] }).filter((s) => /[a-z]{2}/i.test(s));

/**
 * Every visible text node on the page that is English where pseudo text should be: not pseudo-localised,
 * not marked as another language (English standing in, a language's own name), not a number, and not one
 * of `allowed` (the trust's names, what the person typed).
 */
export function untranslatedText(page: Page, allowed: string[] = []): Promise<string[]> {
  return page.evaluate(
    ([mark, allowedList]) => {
      const pseudo = new RegExp(mark);
      const found = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const htmlLang = document.documentElement.lang;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.replace(/\s+/g, ' ').trim();
        if (!/[a-z]{2}/i.test(text) || pseudo.test(text)) continue;
        const element = node.parentElement!;
        if (element.closest('script, style, template, noscript')) continue;
        // Marked not to be translated: a storage key, a file name shown as the code writes it.
        if (element.closest('[translate="no"]')) continue;
        const marked = element.closest('[lang]');
        if (marked && marked.getAttribute('lang') !== htmlLang) continue;
        if (!element.getClientRects().length || getComputedStyle(element).visibility === 'hidden') continue;
        // Allowed text, alone or joined with others ("01632 960 000, pals@example.nhs.uk").
        const allowed = allowedList;
        if (allowed.some((a) => a.includes(text))) continue;
        if (!/[a-z]{2}/i.test(allowed.reduce((rest, a) => rest.split(a).join(' '), text))) continue;
        found.add(text.slice(0, 100));
      }
      return [...found];
    },
    [PSEUDO_MARK.source, allowed] as const,
  );
}
