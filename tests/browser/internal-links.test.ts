import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/built-pages';
import { attributeValues, idsIn } from '../helpers/html';
import { DIST } from '../helpers/paths';

const pages = builtPages(DIST);

function fileFor(urlPath: string): string | undefined {
  const base = join(DIST, decodeURIComponent(urlPath));
  if (existsSync(base) && statSync(base).isFile()) return base;
  const index = join(base, 'index.html');
  return existsSync(index) ? index : undefined;
}

function htmlOf(urlPath: string): string {
  return readFileSync(fileFor(urlPath)!, 'utf8');
}

describe.each(pages)('links on %s', (pagePath) => {
  it('every internal link, stylesheet and image resolves inside dist/, and every #fragment exists', () => {
    const html = htmlOf(pagePath);
    const targets = [
      ...attributeValues(html, 'a', 'href'),
      ...attributeValues(html, 'link', 'href'),
      ...attributeValues(html, 'img', 'src'),
      ...attributeValues(html, 'script', 'src'),
    ];
    const broken: string[] = [];
    for (const target of targets) {
      if (/^(https?:|mailto:|tel:)/.test(target)) continue;
      const url = new URL(target, `http://site${pagePath}`);
      if (url.host !== 'site') {
        broken.push(`${target} (points at another site without https)`);
        continue;
      }
      if (!fileFor(url.pathname)) {
        broken.push(`${target} (no file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && url.pathname.endsWith('/') && !idsIn(htmlOf(url.pathname)).has(fragment)) {
        broken.push(`${target} (no element with id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links to other sites only over https', () => {
    const insecure = attributeValues(htmlOf(pagePath), 'a', 'href').filter((href) => href.startsWith('http:'));
    expect(insecure).toEqual([]);
  });
});
