import type { ConfigData } from 'html-validate';

/**
 * How tests/browser/html-validity.test.ts checks every built page with html-validate: the strict
 * "recommended" rules, the whole-document ones ("document": every id an ARIA attribute or a label's `for`
 * names exists, heading levels, a label for each input) and the accessibility ones ("a11y").
 * Each rule changed below says why on its line; fix the page rather than add a line here.
 */
export const htmlValidateConfig: ConfigData = {
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document', 'html-validate:a11y'],
  rules: {
    // Every resource is this site's own (the pages' CSP allows no other origin): integrity is asked of other origins only.
    'require-sri': ['error', { target: 'crossorigin' }],
    // A search-results length hint: titles name the whole page then the service, as GOV.UK's do, in Welsh too.
    'long-title': 'off',
    // <br> and <br/> are both valid: Astro writes one, Preact's server rendering (the blank agreement) the other.
    'void-style': 'off',
    // The site's CSS keeps every tel: link on one line (a[href^='tel:'] in components.css, checked by the test).
    'tel-non-breaking': 'off',
  },
};
