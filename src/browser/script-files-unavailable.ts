/**
 * A file a PDF needs for writing in other scripts (HarfBuzz, a Noto font) could not be fetched: most often, no
 * signal, since they are never kept for offline use. Its own small file, so the pages that say so kindly can
 * recognise it without loading the fonts' code.
 */
export class ScriptFilesUnavailable extends Error {
  constructor(cause: unknown) {
    super('The fonts for this writing could not be fetched', { cause });
    this.name = 'ScriptFilesUnavailable';
  }
}
