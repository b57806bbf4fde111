import type { AgreementModel } from '~/core/agreement/model';
import { downloadFile } from './download-file';

export const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The PDF's download name with the Word document's extension. */
export const wordFileName = (model: AgreementModel) => model.fileName.replace(/\.pdf$/i, '') + '.docx';

/**
 * Makes the agreement as a Word document on this device and starts its download. The docx library (about
 * 1 MB before compression) loads only now, so the wizard's first load stays small.
 */
export async function downloadAgreementWord(model: AgreementModel): Promise<void> {
  const { buildAgreementDocx } = await import('~/core/word/build-agreement-docx');
  const bytes = await buildAgreementDocx(model);
  downloadFile(wordFileName(model), bytes as BlobPart, WORD_TYPE);
}
