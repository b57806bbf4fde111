import type { BrailleTranslate } from './cells';
import { asBrfCells, louisTranslate, type LiblouisModule } from './liblouis';
import { brailleCodeFor, printForBraille, tableListFor } from './tables';

/** Print to BRF cells with liblouis, in each language's braille code, its tables in `folder` of liblouis's memory. */
export const liblouisTranslate =
  (louis: LiblouisModule, folder: string): BrailleTranslate =>
  (text, lang) => {
    const code = brailleCodeFor(lang);
    return asBrfCells(louisTranslate(louis, tableListFor(code, folder), printForBraille(code, text)));
  };
