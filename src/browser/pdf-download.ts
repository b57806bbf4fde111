import regularFontUrl from '@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf?url';
import boldFontUrl from '@expo-google-fonts/open-sans/700Bold/OpenSans_700Bold.ttf?url';
import type { AgreementModel } from '~/core/agreement/model';
import type { PdfOutcome } from '~/core/pdf/outcome';

const bytesOf = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

/**
 * Makes the agreement PDF on this device and starts its download. pdf-lib, fontkit and the font
 * (about 600 KB) load only now, from this site, so the wizard's first load stays small. When some of
 * the writing cannot be drawn correctly (see src/pdf/script-support.ts), no PDF is made at all.
 * `_onFetchingFonts` is for the fonts of other scripts: once the shaping engine is in src/core/pdf, this asks
 * it what the text needs and passes that to loadComplexScripts (./complex-scripts), which calls it first.
 */
export async function downloadAgreementPdf(
  model: AgreementModel,
  _onFetchingFonts: () => void = () => undefined,
): Promise<PdfOutcome> {
  const [{ buildAgreementPdf }, { findUndrawableText }, regular, bold] = await Promise.all([
    import('~/core/pdf/build-agreement'),
    import('~/core/pdf/undrawable-text'),
    bytesOf(regularFontUrl),
    bytesOf(boldFontUrl),
  ]);
  const undrawable = findUndrawableText(model, { regular, bold });
  if (undrawable.length > 0) return { ok: false, undrawable };
  const bytes = await buildAgreementPdf(model, { regular, bold });
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
