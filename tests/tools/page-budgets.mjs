// What each type of page may cost a person on a phone, in bytes of gzip: its HTML, its CSS and the JavaScript
// of its first load (tests/tools/page-cost.mjs measures them). The one place these budgets live: the size tests
// (tests/browser/page-budgets.test.ts, tests/browser/first-load.test.ts) read them from here.
// Each budget is a little above the size measured when it was set (December 2026, noted beside it), so a
// page that grows notices; raise one only with the reason in the commit.

/**
 * Budget for the wizard's first load, in KB (1024 bytes) of gzip: issue 7, 45 KB until December 2026, then 46 KB
 * when the family link page's shell became a chunk of its own (the wizard loads it as a second file, about
 * 1.1 KB of imports and exports between them, and the link page halved to 21 KB) and stage 1 gained the
 * communication needs questions (46,196 B measured then).
 */
export const WIZARD_FIRST_LOAD_BUDGET_KB = 46;
/** Budget for the one script a page without an island may carry (src/browser/plain-page.ts), in bytes of gzip. */
export const PLAIN_PAGE_SCRIPT_BUDGET_BYTES = 2048;

/** The family's wizard first load (issue 7): the islands families open share it. */
const WIZARD_JS = WIZARD_FIRST_LOAD_BUDGET_KB * 1024;
/** The page a family opens from their team's link (issue 22): the first thing many families see, on a phone. */
export const FAMILY_LINK_FIRST_LOAD_BUDGET_BYTES = 23_552;
const FAMILY_LINK_JS = FAMILY_LINK_FIRST_LOAD_BUDGET_BYTES;
/** The one style sheet every plain page links (5,064 B; 5,420 with the folded language list and Urdu's rules). */
const SITE_CSS = 5_500;

/**
 * The budgets below are for English and Welsh. A page's HTML in another language may take more bytes for the
 * same words: Urdu's letters are two bytes each in UTF-8 and compress less (its pages measured 7-15% over the
 * Welsh ones, the paper form most), Polish's words run longer with two-byte letters (3-9%). December 2026.
 */
export const HTML_LANGUAGE_ALLOWANCE = { ur: 1.2, pl: 1.12 };
/** A page's HTML budget for its language (the path's first part). */
export const htmlBudgetFor = (budget, path) =>
  Math.round(budget.html * (HTML_LANGUAGE_ALLOWANCE[path.split('/')[1]] ?? 1));

/**
 * Page types, each with the paths it covers (after the language: /en/…, /cy/…) and its budgets in bytes of gzip.
 * Every built page belongs to exactly one type. JavaScript 0: the page ships none.
 */
export const PAGE_BUDGETS = [
  // The home page and the start page carry only the small shared script (546 B with the offline worker's
  // registration). HTML 4,190 and 4,597 (Welsh), with the "new version" notice every page now has; 4,511 in
  // Welsh with four languages turned on (the folded language list).
  { type: 'home page', path: /^\/[a-z]{2}\/$/, html: 4_700, css: SITE_CSS, js: PLAIN_PAGE_SCRIPT_BUDGET_BYTES },
  { type: 'start page', path: /^\/[a-z]{2}\/start\/$/, html: 5_000, css: SITE_CSS, js: PLAIN_PAGE_SCRIPT_BUDGET_BYTES },
  // Guidance from Markdown, for families and for teams: largest 5,707 (Welsh investigators' overview).
  {
    type: 'guidance page',
    path: /^\/[a-z]{2}\/(stages|situations|investigators)(\/[\w-]+)?\/$|^\/[a-z]{2}\/(your-rights|other-processes)\/$/,
    html: 6_500,
    css: SITE_CSS,
    js: 0,
  },
  // Where to get help, the support organisations and the words explained: largest 7,610 (Welsh glossary).
  { type: 'help page', path: /^\/[a-z]{2}\/(help|contact|support|glossary)\/$/, html: 8_500, css: SITE_CSS, js: 0 },
  // Largest 6,469 (Welsh accessibility statement with its evidence; the privacy page lists the storage register).
  {
    type: 'privacy or accessibility page',
    path: /^\/[a-z]{2}\/(privacy|accessibility)\/$/,
    html: 7_000,
    css: SITE_CSS,
    js: 0,
  },
  // The wizard: HTML 36,025 (Welsh; its words travel in the page), first-load JavaScript 46,196 (43,780 before
  // the family link page's shell became a chunk of its own and stage 1 asked communication needs).
  // 40,417 in Welsh with four languages turned on.
  { type: 'wizard', path: /^\/[a-z]{2}\/wizard\/$/, html: 41_000, css: SITE_CSS, js: WIZARD_JS },
  // The blank agreement to print and fill in on paper: 7,105 (Welsh), with numbered questions, "Tick one"
  // and the skip instructions the paper form needs.
  // 8,278 in Welsh with the bilingual and Word links and four languages.
  { type: 'blank agreement (paper)', path: /^\/[a-z]{2}\/agreement\/blank\/$/, html: 8_700, css: SITE_CSS, js: 0 },
  // "Delete everything": the wizard's storage code, 43,850. HTML 4,139.
  { type: 'delete page', path: /^\/[a-z]{2}\/delete\/$/, html: 4_500, css: SITE_CSS, js: WIZARD_JS },
  // The page a family opens from their team's link: HTML 7,934, CSS 5,540, JavaScript 21,315 (it shares only
  // the page shell, the store and the questions with the wizard, never its machine: 45,412 before).
  { type: 'family link page', path: /^\/[a-z]{2}\/from-your-team\/$/, html: 8_500, css: 6_000, js: FAMILY_LINK_JS },
  // The team's cases: HTML 49,273 (Welsh), CSS 6,554, JavaScript 108,944 (never on a family's page).
  // With four languages and the PDF's font status words: HTML 54,328 (Welsh), CSS 7,091.
  { type: "team's cases page", path: /^\/[a-z]{2}\/investigator\/$/, html: 55_000, css: 7_400, js: 115_000 },
  // The team's letter: HTML 91,794 in Welsh (45,601 in English: the Welsh carries the question words more than
  // once, to be looked into), CSS 5,809, JavaScript 24,134 (it shares the family link page's shell).
  { type: "team's letter page", path: /^\/[a-z]{2}\/investigator\/letter\/$/, html: 96_000, css: 6_500, js: 50_000 },
  // The deployment check for the trust's web team (English only): HTML 4,434, CSS 5,284, JavaScript 2,856.
  // CSS 5,711 once the shared sheet carried the folded language list and Urdu's rules.
  { type: 'deployment check', path: /^\/deployment-check\/$/, html: 5_000, css: 6_000, js: 3_072 },
  // The missing page (2,262; 2,908 with four languages listed) and the root, which only sends people to a
  // language (862).
  { type: 'missing page (404)', path: /^\/404\.html$/, html: 3_100, css: SITE_CSS, js: 0 },
  { type: 'root redirect', path: /^\/$/, html: 1_024, css: 0, js: 0 },
];

/** The budgets of every type a page's path matches (one, for every page the build makes). */
export const budgetsFor = (path) => PAGE_BUDGETS.filter((budget) => budget.path.test(path));
