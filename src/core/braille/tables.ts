/**
 * The liblouis tables the braille-ready file needs, each with every table it includes (a test checks the
 * list against the files' include lines). UK English uses Unified English Braille, grade 2 (contracted);
 * Welsh its own grade 2. The display table writes cells as BRF's ASCII braille.
 */
export const BRAILLE_TABLES = {
  display: ['en-us-brf.dis'],
  en: [
    'en-ueb-g2.ctb',
    'en-ueb-g1.ctb',
    'en-ueb-chardefs.uti',
    'en-ueb-math.ctb',
    'braille-patterns.cti',
    'latinLetterDef8Dots.uti',
  ],
  cy: [
    'cy-cy-g2.ctb',
    'cy-cy-g1.utb',
    'text_nabcc.dis',
    'loweredDigits6Dots.uti',
    'latinLetterDef8Dots.uti',
    'litdigits6Dots.uti',
    'countries.cti',
  ],
} as const;

export type BrailleCode = 'en' | 'cy';

/**
 * This site's own small tables, read after a code's table: the Welsh letters (ŵ, ŷ and their accented
 * forms) that liblouis 3.2.0's UEB tables lack, as later liblouis brailles them.
 */
export const OWN_TABLES: Record<BrailleCode, string[]> = { en: ['ltw-ueb-welsh-letters.uti'], cy: [] };

/** Every table a braille code needs in liblouis's memory. */
export const tablesFor = (code: BrailleCode): string[] => [...BRAILLE_TABLES[code], ...OWN_TABLES[code]];

/**
 * Whether this site has a braille code for text in a language: English and Welsh only. Urdu or Polish words
 * through the English table would come out as wrong braille, so no file is offered for them.
 */
export const hasBrailleCode = (lang: string): boolean => /^(en|cy)\b/i.test(lang);

/** Welsh braille for Welsh; Unified English Braille for English and any other language. */
export const brailleCodeFor = (lang: string): BrailleCode => (/^cy\b/i.test(lang) ? 'cy' : 'en');

/** The table list liblouis is given for a language: the display table first, so BRF's ASCII cells win. */
export const tableListFor = (code: BrailleCode, folder: string) =>
  [BRAILLE_TABLES.display[0], BRAILLE_TABLES[code][0], ...OWN_TABLES[code]]
    .map((name) => `${folder}/${name}`)
    .join(',');

/** Print characters a braille code's table lacks, and what stands in for them (the Welsh table has no bullet). */
const STAND_INS: Record<BrailleCode, [RegExp, string][]> = { en: [], cy: [[/•/g, '-']] };

/**
 * The print as liblouis should see it: without invisible formatting marks (the isolates around a person's
 * own words would come out as codes), and with stand-ins for what the table lacks.
 */
export const printForBraille = (code: BrailleCode, text: string) =>
  STAND_INS[code].reduce(
    (result, [character, standIn]) => result.replace(character, standIn),
    text.replace(/\p{Cf}/gu, ''),
  );
