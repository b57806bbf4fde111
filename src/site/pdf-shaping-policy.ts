/**
 * What a page that makes PDFs adds to its script-src: HarfBuzz, which shapes Arabic, Urdu, Indic scripts and
 * more for the PDF, is WebAssembly, and Chromium compiles WebAssembly only under 'wasm-unsafe-eval' (narrower
 * than 'unsafe-eval': it allows no eval() of text). Only the wizard and the team's area make PDFs, so only
 * their pages carry it; every other page keeps script-src 'self' and its hashes.
 */
export const PDF_SHAPING_SCRIPT_SOURCE = "'wasm-unsafe-eval'";

/** Called from a page's frontmatter with `Astro.csp` (Astro's per-page policy, astro.config.mjs experimental.csp). */
export function allowPdfShaping(csp: { insertScriptResource(resource: string): void }): void {
  csp.insertScriptResource(PDF_SHAPING_SCRIPT_SOURCE);
}
