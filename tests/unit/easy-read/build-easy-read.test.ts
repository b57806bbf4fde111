import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEasyReadModel } from '~/core/easy-read/build-easy-read';
import type { EasyReadModel, EasyReadPoint } from '~/core/easy-read/model';
import { SYMBOL_IDS } from '~/core/easy-read/symbols';
import { AGREEMENT_SECTIONS } from '~/core/agreement/sections';
import { createTranslator } from '~/i18n/create-translator';
import type { Locale } from '~/i18n/locales';
import { completeFamily, completeFamilyOther } from '../../fixtures/answers/complete-family';
import { minimal } from '../../fixtures/answers/minimal';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { REPO_ROOT } from '../../helpers/paths';

const inputs = (locale: Locale = 'en') =>
  agreementInputs({ t: createTranslator(locale), lang: locale === 'cy' ? 'cy-GB' : 'en-GB' });
const pointsOf = (model: EasyReadModel): EasyReadPoint[] => [
  ...model.intro,
  ...model.sections.flatMap((s) => s.points),
];
/** Words in a sentence; the person's own words put in (isolated, as every answer is) and the trust's names count as one. */
const words = (sentence: string, own: string[]) =>
  own
    .reduce((text, name) => text.replaceAll(name, 'X'), sentence.replace(/\u2068[^\u2069]*\u2069/g, 'X'))
    .split(/\s+/)
    .filter(Boolean).length;
const OWN = ['Siân Dŵr', 'Example NHS Foundation Trust', 'Patient Advice and Liaison Service (PALS)'];

describe.each(['en', 'cy'] as const)('the easy read agreement in %s', (locale) => {
  const models = [completeFamily, completeFamilyOther, minimal].map((answers) =>
    buildEasyReadModel(answers, inputs(locale)),
  );

  it('gives every point a shipped symbol and its alternative text', () => {
    for (const point of models.flatMap(pointsOf)) {
      expect(SYMBOL_IDS).toContain(point.symbol);
      expect(point.alt.length, point.symbol).toBeGreaterThan(5);
      expect(point.alt).not.toContain('symbols.');
      expect(existsSync(join(REPO_ROOT, `src/assets/symbols/mulberry/${point.symbol}.svg`))).toBe(true);
      expect(existsSync(join(REPO_ROOT, `src/assets/symbols/mulberry/${point.symbol}.png`))).toBe(true);
    }
  });

  it('says each idea in a sentence of at most 15 words', () => {
    for (const point of models.flatMap(pointsOf)) {
      expect(point.sentences.length).toBeGreaterThan(0);
      for (const sentence of point.sentences) expect(words(sentence, OWN), sentence).toBeLessThanOrEqual(15);
    }
  });

  it('keeps the same sections as the agreement, and the answers as the person wrote them', () => {
    const [complete] = models;
    expect(complete!.sections.map((s) => s.id)).toEqual(AGREEMENT_SECTIONS.map((s) => s.id));
    const text = JSON.stringify(complete);
    expect(text).toContain('Siân Dŵr');
    expect(text).toContain('Why was I told to wait for the morning round');
  });
});

describe('the easy read words', () => {
  // Every statement the agreement can make has easy read words (a new question needs them too).
  const english = JSON.parse(readFileSync(join(REPO_ROOT, 'src/i18n/resources/en/easy-read.json'), 'utf8'));
  const agreement = JSON.parse(readFileSync(join(REPO_ROOT, 'src/i18n/resources/en/agreement.json'), 'utf8'));
  const keysOf = (tree: object, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) =>
      v && typeof v === 'object' && !Array.isArray(v) ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    );

  it.each(['statements', 'needs', 'paragraphs'])('say every one of agreement:%s', (group) => {
    expect(keysOf(english[group]).sort()).toEqual(keysOf(agreement[group]).sort());
  });

  it('say every team detail a section asks for', () => {
    const fields = AGREEMENT_SECTIONS.flatMap((s) => s.teamFields ?? []);
    expect(fields.filter((f) => !english.fields[f])).toEqual([]);
  });
});
