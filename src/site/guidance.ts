import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '~/i18n/locales';

export type GuidanceEntry = CollectionEntry<'guidance'>;

/** Guidance paths that have their own page file (they add trust details or data to the Markdown). */
export const DEDICATED_PAGES = new Set(['home', 'support', 'your-rights', 'help', 'accessibility', 'start']);

/** The entry's path inside its locale: 'en/stages/1-understanding-you' -> 'stages/1-understanding-you'. */
export function guidancePath(entry: GuidanceEntry): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

/**
 * A locale's guidance pages. A page not yet written in this locale is the English one, shown with a
 * notice and marked lang="en" (see GuidanceArticle), so a new language can go live page by page.
 */
export async function guidanceFor(locale: Locale): Promise<GuidanceEntry[]> {
  const own = await getCollection('guidance', (entry) => entry.id.startsWith(`${locale}/`));
  if (locale === DEFAULT_LOCALE) return own;
  const written = new Set(own.map(guidancePath));
  const english = await getCollection('guidance', (entry) => entry.id.startsWith(`${DEFAULT_LOCALE}/`));
  return [...own, ...english.filter((entry) => !written.has(guidancePath(entry)))];
}

/** True when the entry is English standing in for a page this locale does not have yet. */
export const isFallback = (entry: GuidanceEntry, locale: Locale) => !entry.id.startsWith(`${locale}/`);

/** One guidance entry by path; a missing page is a build error, not a blank page. */
export async function requireGuidance(locale: Locale, path: string): Promise<GuidanceEntry> {
  const entry = (await guidanceFor(locale)).find((e) => guidancePath(e) === path);
  if (!entry) throw new Error(`Missing guidance page content/guidance/${locale}/${path}.md`);
  return entry;
}

/** The stage pages beside this one (same folder), in stage order. */
export async function stageSiblings(entry: GuidanceEntry, locale: Locale): Promise<GuidanceEntry[]> {
  const folder = guidancePath(entry).split('/').slice(0, -1).join('/');
  return (await guidanceFor(locale))
    .filter((e) => e.data.stage !== undefined && guidancePath(e).split('/').slice(0, -1).join('/') === folder)
    .sort((a, b) => (a.data.stage ?? 0) - (b.data.stage ?? 0));
}
