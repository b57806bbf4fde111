import engineUrl from 'liblouis-build/build-no-tables-utf16.js?url';
import brfDisplay from 'liblouis-build/tables/en-us-brf.dis?url';
import uebG2 from 'liblouis-build/tables/en-ueb-g2.ctb?url';
import uebG1 from 'liblouis-build/tables/en-ueb-g1.ctb?url';
import uebChardefs from 'liblouis-build/tables/en-ueb-chardefs.uti?url';
import uebMath from 'liblouis-build/tables/en-ueb-math.ctb?url';
import braillePatterns from 'liblouis-build/tables/braille-patterns.cti?url';
import latinLetters8 from 'liblouis-build/tables/latinLetterDef8Dots.uti?url';
import welshG2 from 'liblouis-build/tables/cy-cy-g2.ctb?url';
import welshG1 from 'liblouis-build/tables/cy-cy-g1.utb?url';
import nabcc from 'liblouis-build/tables/text_nabcc.dis?url';
import loweredDigits from 'liblouis-build/tables/loweredDigits6Dots.uti?url';
import litDigits from 'liblouis-build/tables/litdigits6Dots.uti?url';
import countries from 'liblouis-build/tables/countries.cti?url';
import welshLettersUeb from './braille-tables/ltw-ueb-welsh-letters.uti?url';
import { BRAILLE_TABLES, tablesFor, type BrailleCode } from '~/core/braille/tables';
import type { LiblouisModule } from '~/core/braille/liblouis';

/** Where this site serves each table (built into its own assets; see src/core/braille/tables.ts for why these). */
export const TABLE_URLS: Record<string, string> = {
  'en-us-brf.dis': brfDisplay,
  'en-ueb-g2.ctb': uebG2,
  'en-ueb-g1.ctb': uebG1,
  'en-ueb-chardefs.uti': uebChardefs,
  'en-ueb-math.ctb': uebMath,
  'braille-patterns.cti': braillePatterns,
  'latinLetterDef8Dots.uti': latinLetters8,
  'cy-cy-g2.ctb': welshG2,
  'cy-cy-g1.utb': welshG1,
  'text_nabcc.dis': nabcc,
  'loweredDigits6Dots.uti': loweredDigits,
  'litdigits6Dots.uti': litDigits,
  'countries.cti': countries,
  'ltw-ueb-welsh-letters.uti': welshLettersUeb,
};

export const TABLE_FOLDER = '/tables';

let engine: Promise<LiblouisModule> | undefined;
const loaded = new Set<string>();

/**
 * liblouis as published (an unmodified, replaceable file of this site, LGPL), run as a plain script: it is
 * asm.js, so it needs neither eval nor WebAssembly permission under the site's Content Security Policy.
 * Loaded once, only when someone asks for braille.
 */
function loadEngine(): Promise<LiblouisModule> {
  engine ??= new Promise<LiblouisModule>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = engineUrl;
    script.onload = () => {
      const louis = (window as unknown as { liblouisBuild?: LiblouisModule }).liblouisBuild;
      if (!louis) return reject(new Error('liblouis did not start'));
      louis.FS.mkdir(TABLE_FOLDER);
      resolve(louis);
    };
    script.onerror = () => reject(new Error('liblouis could not be loaded'));
    document.head.append(script);
  }).catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

/** liblouis with the tables for these braille codes in its memory, fetched from this site the first time. */
export async function liblouisWith(codes: BrailleCode[]): Promise<LiblouisModule> {
  const louis = await loadEngine();
  const names = [...new Set([...BRAILLE_TABLES.display, ...codes.flatMap(tablesFor)])];
  const missing = names.filter((name) => !loaded.has(name));
  const texts = await Promise.all(
    missing.map(async (name) => {
      const response = await fetch(TABLE_URLS[name]!);
      if (!response.ok) throw new Error(`The braille table ${name} could not be loaded`);
      return response.text();
    }),
  );
  missing.forEach((name, i) => {
    louis.FS.writeFile(`${TABLE_FOLDER}/${name}`, texts[i]!);
    loaded.add(name);
  });
  return louis;
}
