import { rgb, type RGB } from 'pdf-lib';

/** Points per millimetre. */
export const MM = 72 / 25.4;

/** A font size with the line height that goes with it. */
export interface TypeSize {
  size: number;
  lineHeight: number;
}

/** Page geometry, type sizes, spacing and colours for one print size. */
export interface Theme {
  page: { width: number; height: number };
  /** Nothing is drawn closer than this to an edge: header and footer sit just inside it. */
  margin: { left: number; right: number; top: number; bottom: number };
  body: TypeSize;
  h1: TypeSize;
  h2: TypeSize;
  h3: TypeSize;
  subtitle: TypeSize;
  furniture: TypeSize;
  space: {
    paragraph: number;
    beforeHeading: number;
    afterHeading: number;
    afterLabel: number;
    listItem: number;
    furnitureGap: number;
    writingLine: number;
    signatureRow: number;
    signatureTallRow: number;
    betweenParties: number;
  };
  cell: { padX: number; padY: number; minWidth: number };
  colour: { text: RGB; secondary: RGB; heading: RGB; rule: RGB; writingRule: RGB; headerFill: RGB };
}

const typeSize = (size: number, ratio: number): TypeSize => ({ size, lineHeight: size * ratio });

const hex = (value: string): RGB => {
  const n = Number.parseInt(value.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};

/** NHS identity colours; secondary #4c6272 is 6.2:1 on white, the writing rule 3.9:1 so lines show when printed. */
const COLOURS = {
  text: hex('#212b32'),
  secondary: hex('#4c6272'),
  heading: hex('#212b32'),
  rule: hex('#aeb7bd'),
  writingRule: hex('#768692'),
  headerFill: hex('#f0f4f5'),
};

/**
 * The theme for normal (11pt) or large print (16pt body, every piece of text at least 16pt). A blank form
 * to fill in by hand is photocopied and read at a kitchen table: 12pt at least, and its hints as dark as
 * its text, since a copier turns grey pale or drops it.
 */
export function themeFor(largePrint: boolean, blankForm = false): Theme {
  const bodySize = largePrint ? 16 : blankForm ? 12 : 11;
  const body = typeSize(bodySize, 1.4);
  return {
    page: { width: 595.28, height: 841.89 },
    margin: { left: 20 * MM, right: 20 * MM, top: 15 * MM, bottom: 15 * MM },
    body,
    h1: typeSize(largePrint ? 26 : 22, 1.25),
    h2: typeSize(largePrint ? 21 : 15, 1.3),
    h3: typeSize(largePrint ? 18 : 12.5, 1.35),
    subtitle: typeSize(largePrint ? 18 : 13, 1.35),
    furniture: typeSize(largePrint ? 16 : 9, 1.3),
    space: {
      paragraph: bodySize * 0.7,
      beforeHeading: bodySize * 1.8,
      afterHeading: bodySize * 0.5,
      afterLabel: bodySize * 0.15,
      listItem: bodySize * 0.3,
      furnitureGap: 6 * MM,
      writingLine: (largePrint ? 12 : 10) * MM,
      signatureRow: (largePrint ? 14 : 11) * MM,
      signatureTallRow: (largePrint ? 20 : 16) * MM,
      betweenParties: 9 * MM,
    },
    cell: { padX: bodySize * 0.5, padY: bodySize * 0.35, minWidth: bodySize * 7 },
    colour: blankForm ? { ...COLOURS, secondary: COLOURS.text } : COLOURS,
  };
}
