/*
 * Month names a person may type in the month box, in English and Welsh on every page (people mix the
 * two in Wales). A name or its start from 3 letters counts ("Mar", "Sept", "Chwef", "Gorff").
 */
const ENGLISH = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WELSH = [
  'ionawr',
  'chwefror',
  'mawrth',
  'ebrill',
  'mai',
  'mehefin',
  'gorffennaf',
  'awst',
  'medi',
  'hydref',
  'tachwedd',
  'rhagfyr',
];

const SHORTEST_START = 3;

/*
 * Welsh changes a word's first letters after some words ("o Fawrth", "ers Orffennaf", "yng
 * Ngorffennaf", "yn Nhachwedd"). Each rule gives the first letters back as the dictionary has them.
 */
const MUTATIONS: readonly [RegExp, string][] = [
  [/^ng/, 'g'],
  [/^nh/, 't'],
  [/^th/, 't'],
  [/^f/, 'm'],
  [/^d/, 't'],
  [/^r(?!h)/, 'rh'],
  [/^(?=[aeiouwy])/, 'g'],
];

function monthIn(names: readonly string[], word: string): number | undefined {
  if (word.length < SHORTEST_START) return undefined;
  const index = names.findIndex((name) => name.startsWith(word));
  return index === -1 ? undefined : index + 1;
}

/** A Welsh name as typed, or its radical form after a mutation (only Welsh words mutate). */
function welshMonth(word: string): number | undefined {
  const radicals = [
    word,
    ...MUTATIONS.filter(([start]) => start.test(word)).map(([start, radical]) => word.replace(start, radical)),
  ];
  return radicals.map((radical) => monthIn(WELSH, radical)).find((month) => month !== undefined);
}

/**
 * The month a person typed, as a number from 1 to 12: "3", "03", "March", "mar", "Sept", "Mawrth",
 * "Fawrth". NaN when it is not a month's number or name (13, "Marchh", "Ma").
 */
export function monthNumber(typed: string): number {
  const word = typed
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.]+/g, '');
  if (/^\d+$/.test(word)) {
    const number = Number(word);
    return number >= 1 && number <= 12 ? number : NaN;
  }
  return monthIn(ENGLISH, word) ?? welshMonth(word) ?? NaN;
}
