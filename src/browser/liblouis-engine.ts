import engineUrl from 'liblouis-build/build-no-tables-utf16.js?url&no-inline';
import brfDisplay from 'liblouis-build/tables/en-us-brf.dis?url&no-inline';
import uebG2 from 'liblouis-build/tables/en-ueb-g2.ctb?url&no-inline';
import uebG1 from 'liblouis-build/tables/en-ueb-g1.ctb?url&no-inline';
import uebChardefs from 'liblouis-build/tables/en-ueb-chardefs.uti?url&no-inline';
import uebMath from 'liblouis-build/tables/en-ueb-math.ctb?url&no-inline';
import braillePatterns from 'liblouis-build/tables/braille-patterns.cti?url&no-inline';
import latinLetters8 from 'liblouis-build/tables/latinLetterDef8Dots.uti?url&no-inline';
import welshG2 from 'liblouis-build/tables/cy-cy-g2.ctb?url&no-inline';
import welshG1 from 'liblouis-build/tables/cy-cy-g1.utb?url&no-inline';
import nabcc from 'liblouis-build/tables/text_nabcc.dis?url&no-inline';
import loweredDigits from 'liblouis-build/tables/loweredDigits6Dots.uti?url&no-inline';
import litDigits from 'liblouis-build/tables/litdigits6Dots.uti?url&no-inline';
import countries from 'liblouis-build/tables/countries.cti?url&no-inline';
import welshLettersUeb from './braille-tables/ltw-ueb-welsh-letters.uti?url&no-inline';
import { BRAILLE_TABLES, tablesFor, type BrailleCode } from '~/core/braille/tables';
import type { LiblouisModule } from '~/core/braille/liblouis';

/**
 * Where this site serves each table: files of its own, never inlined as data: addresses (the Content Security
 * Policy lets fetch() read only this site). See src/core/braille/tables.ts for why these tables.
 */
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
