import type { AgreementModel } from '~/core/agreement/model';
import { agreementFlow } from './agreement-flow';
import type { BrailleTranslate } from './cells';
import { layOutPages, toBrf } from './pages';

/** The agreement as a braille-ready file (BRF): its model laid out on 40-cell, 25-line braille pages. */
export const agreementBrf = (model: AgreementModel, translate: BrailleTranslate): string =>
  toBrf(layOutPages(agreementFlow(model, translate)));

/** The download name: the PDF's, ending .brf. */
export const brfFileName = (model: AgreementModel) => model.fileName.replace(/\.pdf$/i, '') + '.brf';
