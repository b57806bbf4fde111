import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

/** Half-points, as Word counts type sizes: body 12pt, or 16pt and over in large print (Accessible Information Standard). */
export function typeSizes(largePrint: boolean) {
  return largePrint ? { body: 32, h1: 56, h2: 44, h3: 36 } : { body: 24, h1: 40, h2: 32, h3: 28 };
}

/** A sans-serif every office computer has; black on white, with room between lines. */
const FONT = 'Arial';
const TEXT = '000000';

/** Word's own Heading 1, 2 and 3 (what its navigation pane and screen readers list), and the document's language. */
export function documentStyles(lang: string, largePrint: boolean): IStylesOptions {
  const size = typeSizes(largePrint);
  const heading = (half: number, before: number) => ({
    run: { font: FONT, size: half, bold: true, color: TEXT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: size.body, color: TEXT, language: { value: lang } },
        paragraph: { spacing: { after: 160, line: 300 } },
      },
      heading1: heading(size.h1, 0),
      heading2: heading(size.h2, 360),
      heading3: heading(size.h3, 240),
      // Word's own caption is 9pt grey italic: a table's caption here is as large as the text, and black.
      caption: { run: { size: size.body, bold: true, italics: false, color: TEXT }, paragraph: { keepNext: true } },
    },
  };
}

/** Numbering kinds a list can take; each list gets its own instance, so numbered lists start at 1 again. */
export const LIST = { bullets: 'ltw-bullets', numbers: 'ltw-numbers', tickBoxes: 'ltw-tick-boxes' } as const;

const indent = { paragraph: { indent: { left: 720, hanging: 360 } } };

export const numbering: INumberingOptions = {
  config: [
    {
      reference: LIST.bullets,
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: indent }],
    },
    {
      reference: LIST.numbers,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: indent }],
    },
    {
      // A box to tick beside each option of a blank form's question: in a list, so it is read as one.
      reference: LIST.tickBoxes,
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2610', alignment: AlignmentType.LEFT, style: indent }],
    },
  ],
};
