import type { AgreementModel } from '~/core/agreement/model';
import { agreementBrf, brfFileName } from '~/core/braille/layout';
import { brailleCodeFor } from '~/core/braille/tables';
import { liblouisTranslate } from '~/core/braille/translator';
import { downloadFile } from './download-file';
import { liblouisWith, TABLE_FOLDER } from './liblouis-engine';

/** The languages a model is written in: its own, and a bilingual agreement's second. */
const languagesOf = (model: AgreementModel) => [model.lang, ...model.sections.flatMap((section) => section.lang ?? [])];

/**
 * Makes the agreement's braille-ready file (BRF) on this device with liblouis and starts its download:
 * UK English contracted braille (UEB grade 2), and Welsh braille for Welsh. Nothing is sent anywhere.
 */
export async function downloadAgreementBrf(model: AgreementModel): Promise<void> {
  const codes = [...new Set(languagesOf(model).map(brailleCodeFor))];
  const louis = await liblouisWith(codes);
  downloadFile(
    brfFileName(model),
    agreementBrf(model, liblouisTranslate(louis, TABLE_FOLDER)),
    'text/plain;charset=us-ascii',
  );
}
