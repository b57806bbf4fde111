import regularFontUrl from '@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf?url';
import boldFontUrl from '@expo-google-fonts/open-sans/700Bold/OpenSans_700Bold.ttf?url';
import type { EasyReadModel } from '~/core/easy-read/model';
import { downloadFile } from './download-file';
import { symbolPngs } from './easy-read-symbols';

const bytesOf = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

/**
 * Makes the easy read PDF on this device and starts its download; pdf-lib, the font and the pictures load only now.
 * `_onFetchingFonts`: as for the agreement (pdf-download.ts), once the shaping engine is in src/core/pdf.
 */
export async function downloadEasyReadPdf(
  model: EasyReadModel,
  _onFetchingFonts: () => void = () => undefined,
): Promise<void> {
  const points = [...model.intro, ...model.sections.flatMap((s) => s.points)];
  const [{ buildEasyReadPdf }, regular, bold, symbols] = await Promise.all([
    import('~/core/pdf/easy-read/build-easy-read-pdf'),
    bytesOf(regularFontUrl),
    bytesOf(boldFontUrl),
    symbolPngs(points.map((p) => p.symbol)),
  ]);
  const bytes = await buildEasyReadPdf(model, { regular, bold }, symbols);
  downloadFile(model.fileName, bytes as BlobPart, 'application/pdf');
}
