import regularFontUrl from '@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf?url';
import boldFontUrl from '@expo-google-fonts/open-sans/700Bold/OpenSans_700Bold.ttf?url';
import type { AgreementModel } from '~/core/agreement/model';
import type { PdfOutcome } from '~/core/pdf/outcome';
import { loadComplexScripts } from './complex-scripts';

const bytesOf = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

/**
 * Makes the agreement PDF on this device and starts its download. pdf-lib, fontkit and the font
 * (about 600 KB) load only now, from this site, so the wizard's first load stays small. When some of
 * the writing cannot be drawn correctly even with the fonts this site has for other scripts (see
 * src/core/pdf/scripts), no PDF is made at all. Writing in those scripts fetches HarfBuzz and its fonts now,
 * telling `onFetchingFonts` first; a failed fetch throws ScriptFilesUnavailable.
 */
export async function downloadAgreementPdf(
  model: AgreementModel,
  onFetchingFonts: () => void = () => undefined,
): Promise<PdfOutcome> {
  const [{ buildAgreementPdf }, { findUndrawableText, drawnStrings }, { scriptNeeds }, regular, bold] =
    await Promise.all([
      import('~/core/pdf/build-agreement'),
      import('~/core/pdf/undrawable-text'),
      import('~/core/pdf/scripts/script-fonts'),
      bytesOf(regularFontUrl),
      bytesOf(boldFontUrl),
    ]);
  const needs = scriptNeeds(drawnStrings(model), model.lang);
  const undrawable = findUndrawableText(model, { regular, bold }, needs.fonts);
  if (undrawable.length > 0) return { ok: false, undrawable };
  const scripts = await loadComplexScripts(needs, onFetchingFonts);
  const bytes = await buildAgreementPdf(model, { regular, bold }, scripts);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = model.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Keep the object URL long enough for the download to start, then let the browser free it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true };
}
