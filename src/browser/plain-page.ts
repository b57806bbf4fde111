/*
 * The one small script of pages that are otherwise plain HTML (the home and start pages). It must stay
 * tiny and import nothing: a size test holds it to 2 KB of gzip.
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
