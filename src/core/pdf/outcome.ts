/** What making a PDF came to: the file, or the words it could not draw (the page names them and offers printing). */
export type PdfOutcome = { ok: true } | { ok: false; undrawable: string[] };
