import type { Page } from 'playwright-core';

/**
 * What only works on screen but still shows on paper: every visible link, button or field outside
 * `content`, the words being printed (whose links read as words). The site's name is printed at the top
 * as a title on purpose. Call with the page's media emulated as print.
 */
export function controlsOnPaper(page: Page, content: string): Promise<string[]> {
  return page.evaluate(
    (content) =>
      [...document.querySelectorAll<HTMLElement>('a, button, input, select, textarea, summary')]
        .filter((el) => el.checkVisibility() && !el.closest(content) && !el.matches('.ltw-header__service'))
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`),
    content,
  );
}
