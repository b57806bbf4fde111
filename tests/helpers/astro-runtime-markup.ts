/*
 * Markup Astro's island runtime writes into a page, which an HTML validator reads differently from a browser.
 */

/** The style Astro writes before a page's first island (islands lay out as their children do). */
export const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

const SLOT_COPY = /<template data-astro-template(?:="[\w-]+")?>([\s\S]*?)<\/template>/g;

/**
 * The page as a browser lays it out, for a validator: without Astro's island style (a <style> in the body,
 * which every browser applies but HTML allows only in the head; Astro puts it there, not us) and without
 * the inert copies of an island's fallback Astro keeps in a <template> for the island to read. A template's
 * contents are not part of the document, yet a validator counts them: a second <main>, a second <h1>. Each
 * copy must repeat the fallback just before it, which is validated where it is shown; anything else throws.
 */
export function withoutAstroIslandCopies(html: string): string {
  const page = html.replaceAll(ASTRO_ISLAND_STYLE, '');
  return page.replace(SLOT_COPY, (copy, contents: string, at: number) => {
    if (!contents || !page.slice(0, at).endsWith(contents) || contents.includes('<template'))
      throw new Error(`An Astro slot template that is not a copy of the fallback before it: ${copy.slice(0, 200)}`);
    return '';
  });
}
