import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The pages without an island that carry the one shared script such a page may have
 * (src/browser/plain-page.ts: "Continue where you left off"): each language's home and start pages.
 */
export const WITH_PLAIN_PAGE_SCRIPT = /^\/[a-z]{2}\/(start\/)?$/;

/** Every HTML file in a built site, as the URL path a static host serves it at. */
export function builtPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push(urlPathOf(relative(dist, full)));
    }
  };
  walk(dist);
  return pages.sort();
}

function urlPathOf(file: string): string {
  const path = '/' + file.split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every family guidance page's slug ("stages/1-understanding-you"), from the English content files. */
export const GUIDANCE_SLUGS: string[] = (() => {
  const base = join(process.cwd(), 'content/guidance/en');
  const slugs: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name))
        slugs.push(
          relative(base, full)
            .split(sep)
            .join('/')
            .replace(/(\/index)?\.mdx?$/, ''),
        );
    }
  };
  walk(base);
  return slugs;
})();
