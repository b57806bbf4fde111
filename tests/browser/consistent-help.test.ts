import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/built-pages';
import { attributeValues } from '../helpers/html';
import { DIST } from '../helpers/paths';

const pages = builtPages(DIST).filter((p) => p !== '/');
const html = (path: string) => readFileSync(join(DIST, path.endsWith('/') ? path + 'index.html' : path), 'utf8');
const section = (page: string, tag: string) => page.slice(page.indexOf(`<${tag}`), page.indexOf(`</${tag}>`));

describe.each(pages)('%s', (path) => {
  const page = html(path);
  // A page outside any language (the 404 page, the deployment check) is in English.
  const locale = /^\/[a-z]{2}\//.test(path) ? path.split('/')[1] : 'en';

  it('has "Get help" as the last header link, in the same place as every other page (WCAG 3.2.6)', () => {
    const links = attributeValues(section(page, 'header'), 'a', 'href');
    expect(links.at(-1)).toBe(`/${locale}/help/`);
  });

  it('has the footer links to accessibility, privacy, deleting saved data and contact, and the urgent help note', () => {
    const footer = section(page, 'footer');
    expect(attributeValues(footer, 'a', 'href')).toEqual(
      expect.arrayContaining(['accessibility', 'privacy', 'delete', 'contact'].map((p) => `/${locale}/${p}/`)),
    );
    expect(footer).toContain('999');
    expect(footer).toContain('111');
    expect(footer).toContain('116 123');
  });

  it('has a "Paper forms" link in the footer, to the blank form a family can print and fill in with a pen', () => {
    expect(attributeValues(section(page, 'footer'), 'a', 'href')).toContain(`/${locale}/agreement/blank/`);
  });
});

describe.each(['en', 'cy'])('the %s home and start pages', (locale) => {
  it.each(['', 'start/'])('/%s offers the paper forms in the page itself, not only in the footer', (page) => {
    const main = section(html(`/${locale}/${page}`), 'main');
    expect(attributeValues(main, 'a', 'href')).toContain(`/${locale}/agreement/blank/`);
  });
});
