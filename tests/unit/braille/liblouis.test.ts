import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAgreementModel } from '~/core/agreement/build-model';
import { bilingualModel } from '~/core/agreement/bilingual';
import { agreementFlow } from '~/core/braille/agreement-flow';
import { BRAILLE_TABLES, brailleCodeFor, OWN_TABLES, printForBraille } from '~/core/braille/tables';
import { liblouisTranslate } from '~/core/braille/translator';
import type { BrailleTranslate } from '~/core/braille/cells';
import { createWizardTranslator } from '~/i18n/wizard-resources';
import { TABLE_URLS } from '~/browser/liblouis-engine';
import { debianLouTranslate, LIBLOUIS_BUILD, nodeLiblouis, NODE_TABLE_FOLDER } from '../../helpers/liblouis-node';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { completeFamily } from '../../fixtures/answers/complete-family';
import type { Answers } from '~/core/journey/schema';

/** A table and every table it includes, as liblouis would look for them. */
function withIncludes(name: string, seen = new Set<string>()): Set<string> {
  seen.add(name);
  const text = readFileSync(join(LIBLOUIS_BUILD, 'tables', name), 'utf8');
  for (const [, included] of text.matchAll(/^\s*include\s+(\S+)/gm))
    if (!seen.has(included!)) withIncludes(included!, seen);
  return seen;
}

/** Every piece of print the braille layout puts through liblouis for a model, with its language. */
function printOf(model: Parameters<typeof agreementFlow>[0]) {
  const pieces: { text: string; lang: string }[] = [];
  const record: BrailleTranslate = (text, lang) => {
    pieces.push({ text, lang });
    return 'X';
  };
  agreementFlow(model, record);
  return pieces;
}

const DEBIAN_TABLES = { en: 'en-us-brf.dis,en-ueb-g2.ctb', cy: 'en-us-brf.dis,cy-cy-g2.ctb' } as const;

const answers = {
  ...completeFamily,
  'your-name': 'Siân ap Dŵr',
  'patient-name': 'Gwenllïan o Dŷ Gwyn',
} as Answers;
const english = buildAgreementModel(answers, agreementInputs({ copy: { for: 'team', includePrivate: true } }));
const welsh = buildAgreementModel(answers, agreementInputs({ t: createWizardTranslator('cy'), lang: 'cy-GB' }));

describe('liblouis in the browser build, against Debian’s liblouis', () => {
  let translate: BrailleTranslate;
  beforeAll(() => {
    translate = liblouisTranslate(nodeLiblouis(), NODE_TABLE_FOLDER);
  });

  it('ships each braille code’s table with every table it includes, and a same-site address for each', () => {
    for (const code of ['en', 'cy'] as const)
      expect(new Set(BRAILLE_TABLES[code])).toEqual(withIncludes(BRAILLE_TABLES[code][0]));
    expect(withIncludes(BRAILLE_TABLES.display[0])).toEqual(new Set(BRAILLE_TABLES.display));
    expect(Object.keys(TABLE_URLS).sort()).toEqual(
      [...new Set([...Object.values(BRAILLE_TABLES).flat(), ...Object.values(OWN_TABLES).flat()])].sort(),
    );
  });

  // The bilingual agreement: Welsh sections in Welsh braille, English ones in UEB grade 2.
  it('contracts every sentence of a bilingual agreement exactly as Debian’s lou_translate does', () => {
    const pieces = printOf(bilingualModel(welsh, english));
    for (const code of ['en', 'cy'] as const) {
      const ours = pieces.filter((piece) => brailleCodeFor(piece.lang) === code);
      expect(ours.length).toBeGreaterThan(40);
      const input = ours.map((piece) => printForBraille(code, piece.text)).join('\n');
      const debian = debianLouTranslate('forward', DEBIAN_TABLES[code], `${input}\n`)
        .split('\n')
        .slice(0, ours.length)
        .map((line) => line.toUpperCase().replace(/ +/g, ' ').trim());
      expect(ours.map((piece) => translate(piece.text, piece.lang))).toEqual(debian);
    }
  });

  it('makes room for braille longer than its print, and uses only BRF’s 64 cells', () => {
    const text = `${'Ŵ½€✓😀'.repeat(400)} 2026 https://www.nhs.uk`;
    const braille = translate(text, 'en-GB');
    expect(braille.length).toBeGreaterThan(text.length * 3);
    expect(braille).toMatch(/^[\x20-\x5f]+$/);
    expect(braille.endsWith('HTTPS3_/_/WWW4NHS4UK')).toBe(true);
  });
});
