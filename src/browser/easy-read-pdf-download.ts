import regularFontUrl from '@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf?url';
import boldFontUrl from '@expo-google-fonts/open-sans/700Bold/OpenSans_700Bold.ttf?url';
import type { EasyReadModel } from '~/core/easy-read/model';
import { loadComplexScripts } from './complex-scripts';
import { downloadFile } from './download-file';
import { symbolPngs } from './easy-read-symbols';

const bytesOf = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

/** Writing the easy read PDF cannot draw, even with the fonts for other scripts: the page offers printing instead. */
export class UndrawableEasyRead extends Error {
  constructor(readonly words: string[]) {
    super(`The easy read PDF cannot draw: ${words.join(' ')}`);
    this.name = 'UndrawableEasyRead';
  }
}

/**
 * Makes the easy read PDF on this device and starts its download; pdf-lib, the font and the pictures load only
 * now, and HarfBuzz with a script's font when the writing needs them (as for the agreement: pdf-download.ts).
 */
export async function downloadEasyReadPdf(
  model: EasyReadModel,
  onFetchingFonts: () => void = () => undefined,
): Promise<void> {
  const points = [...model.intro, ...model.sections.flatMap((s) => s.points)];
  const [{ buildEasyReadPdf }, { findUndrawableText, drawnStrings }, { scriptNeeds }, regular, bold, symbols] =
    await Promise.all([
      import('~/core/pdf/easy-read/build-easy-read-pdf'),
      import('~/core/pdf/undrawable-text'),
      import('~/core/pdf/scripts/script-fonts'),
      bytesOf(regularFontUrl),
      bytesOf(boldFontUrl),
      symbolPngs(points.map((p) => p.symbol)),
    ]);
  const needs = scriptNeeds(drawnStrings(model), model.lang);
  const undrawable = findUndrawableText(model, { regular, bold }, needs.fonts);
  if (undrawable.length > 0) throw new UndrawableEasyRead(undrawable);
  const scripts = await loadComplexScripts(needs, onFetchingFonts);
  const bytes = await buildEasyReadPdf(model, { regular, bold }, symbols, scripts);
  downloadFile(model.fileName, bytes as BlobPart, 'application/pdf');
}
