import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message, type ResolvedConfig } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutAstroIslandCopies } from '../helpers/astro-runtime-markup';
import { builtPages } from '../helpers/built-pages';
import { DIST } from '../helpers/paths';
import { htmlValidateConfig } from '../html-validate.config';

/*
 * Every built page, in every language the build made (the pseudo-locales too), is valid HTML by
 * html-validate's rules (tests/html-validate.config.ts), and every id an ARIA attribute or a label names exists.
 * One validator in this process reads the files: no browser, no process per page.
 */

const pages = builtPages(DIST);
const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
/** html-validate builds its table of elements again for every file; one configuration serves every page, in half the time. */
class ResolvedOnce extends StaticConfigLoader {
  private resolved?: ResolvedConfig | Promise<ResolvedConfig>;
  override getConfigFor(handle: string, override?: ConfigData) {
    if (override) return super.getConfigFor(handle, override);
    return (this.resolved ??= super.getConfigFor(handle));
  }
}
const validator = new HtmlValidate(new ResolvedOnce(htmlValidateConfig));
const problems = new Map<string, string[]>();
const describeMessage = (m: Message) => `${m.ruleId}: ${m.message} (at ${m.selector ?? `line ${m.line}`})`;

beforeAll(() => {
  const started = performance.now();
  for (const path of pages) {
    const html = withoutAstroIslandCopies(readFileSync(fileOf(path), 'utf8'));
    const report = validator.validateStringSync(html, fileOf(path));
    problems.set(
      path,
      report.results.flatMap((result) => result.messages.map(describeMessage)),
    );
  }
  console.log(`html-validate: ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

describe('every built page is valid HTML (html-validate)', () => {
  it('covers every language the build made, and the 404 page', () => {
    expect(pages).toContain('/404.html');
    expect(new Set(pages.map((path) => path.split('/')[1])).size).toBeGreaterThanOrEqual(3);
  });

  it.each(pages)('%s', (path) => {
    expect(problems.get(path)).toEqual([]);
  });
});

describe('the checks the validator makes', () => {
  const validate = (body: string) =>
    validator
      .validateStringSync(
        `<!DOCTYPE html><html lang="en"><head><title>A page</title></head><body><main><h1>A page</h1>${body}</main></body></html>`,
      )
      .results.flatMap((result) => result.messages.map((m) => m.ruleId));

  it('finds an ARIA reference or a label that points at no element', () => {
    expect(validate('<p id="hint">A hint</p><input type="text" aria-describedby="hint" aria-label="Name">')).toEqual(
      [],
    );
    expect(validate('<input type="text" aria-describedby="missing-hint" aria-label="Name">')).toEqual([
      'no-missing-references',
    ]);
    expect(validate('<label for="missing">Name</label><input type="text" id="name">')).toContain(
      'no-missing-references',
    );
    expect(validate('<button type="button" aria-controls="nothing">Show</button>')).toEqual(['no-missing-references']);
  });

  it('finds a repeated id and an element where HTML does not allow it', () => {
    expect(validate('<p id="a">One</p><p id="a">Two</p>')).toEqual(['no-dup-id']);
    expect(validate('<ul><p>Not a list item</p></ul>')).toContain('element-permitted-content');
  });
});

describe('what the validator is told to leave to the site’s CSS', () => {
  // tel-non-breaking is off because the CSS keeps each number whole: every page with a number links that rule.
  const NOWRAP_PHONE = /a\[href\^="?tel:"?\]\{white-space:nowrap\}/;
  const stylesheetsOf = (html: string) =>
    [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => join(DIST, m[1]!));

  it('keeps every phone number on one line on every page that has one', () => {
    const withPhones = pages.filter((path) => readFileSync(fileOf(path), 'utf8').includes('href="tel:'));
    expect(withPhones.length).toBeGreaterThan(10);
    const unkept = withPhones.filter((path) => {
      const css = stylesheetsOf(readFileSync(fileOf(path), 'utf8')).map((file) => readFileSync(file, 'utf8'));
      return !css.some((text) => NOWRAP_PHONE.test(text));
    });
    expect(unkept).toEqual([]);
  });
});
