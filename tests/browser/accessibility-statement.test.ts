import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTOMATED_CHECKS, MANUAL_CHECKS, testFilesOf } from '~/site/accessibility-evidence';
import { LOCALE_CODES } from '~/i18n/locales';
import { builtPages } from '../helpers/built-pages';
import { DIST } from '../helpers/paths';

/*
 * The accessibility statement as built, read from dist/ with no browser: in every language it lists each
 * check of the evidence record with its test files, each check by a person as done or not yet done, and
 * its count of pages is the number of pages the build made in that language (what every-page checks).
 */
const pages = builtPages(DIST);
const statement = (locale: string) => readFileSync(join(DIST, locale, 'accessibility/index.html'), 'utf8');
const section = (html: string) => /<section[^>]*data-accessibility-evidence[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

describe.each(LOCALE_CODES)('the accessibility statement in %s', (locale) => {
  it('gives the number of pages the build made in this language', () => {
    const stated = /data-pages-per-language="(\d+)"/.exec(statement(locale))?.[1];
    expect(Number(stated)).toBe(pages.filter((path) => path.startsWith(`/${locale}/`)).length);
  });

  it('lists every automated check with its test files, and every check by a person as the record has it', () => {
    const html = section(statement(locale));
    for (const check of AUTOMATED_CHECKS) {
      const item = new RegExp(`<li[^>]*data-check="${check.id}"[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
      for (const file of testFilesOf(check)) expect(item, `${check.id} names ${file}`).toContain(`>${file}</code>`);
    }
    for (const check of MANUAL_CHECKS)
      expect(html, check.id).toContain(`data-manual-check="${check.id}" data-done="${check.done ?? 'no'}"`);
  });
});
