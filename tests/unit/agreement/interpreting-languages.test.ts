import { describe, expect, it } from 'vitest';
import { buildAgreementModel } from '~/core/agreement/build-model';
import type { AgreementBlock, AgreementModel } from '~/core/agreement/model';
import { buildEasyReadModel } from '~/core/easy-read/build-easy-read';
import type { Answers } from '~/core/journey/schema';
import { createTranslator } from '~/i18n/create-translator';
import { LOCALES, type Locale } from '~/i18n/locales';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { agreementInputs } from '../../helpers/agreement-inputs';

/*
 * The interpreter's language is free text in any script. Polish cases and Welsh mutations would change a
 * word inside a sentence, and a right-to-left name would reorder the words around it: so every language
 * says it as "label: value", the value exactly as typed and direction-isolated. The agreement's HTML, PDF
 * and Word files and the easy read are all drawn from these models.
 */
const LANGUAGE_NAMES = { latin: 'Polski (gwara śląska)', urdu: 'پنجابی (میرپوری)' };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Label: ⁨value⁩." (or Urdu's full stop "۔"), the value exactly as typed, said once, after the label. */
const labelThenValue = (note: string) => new RegExp(`^[^\\u2068]+: \\u2068${escape(note)}\\u2069[.۔]?$`);

const withInterpreter = (note: string): Answers => ({
  ...completeFamily,
  'communication-support': { choices: ['spoken-interpreter', 'bsl-interpreter'], note },
});
const inputs = (locale: Locale) => agreementInputs({ t: createTranslator(locale), lang: LOCALES[locale].lang });
const statements = (model: AgreementModel) =>
  model.sections
    .flatMap((section) => section.blocks)
    .filter((block): block is Extract<AgreementBlock, { kind: 'statement' }> => block.kind === 'statement');

describe.each(['cy', 'ur', 'pl', 'en'] as const)('the interpreting need in %s', (locale) => {
  it.each(Object.entries(LANGUAGE_NAMES))('says a %s language name as label: value, exactly as typed', (_, note) => {
    const model = buildAgreementModel(withInterpreter(note), inputs(locale));
    const saying = statements(model).filter((block) => block.text.includes(note));
    expect(saying.map((block) => block.text)).toEqual([expect.stringMatching(labelThenValue(note))]);
    // The interpreters asked for are there too: spoken and BSL, in this language's words.
    const t = createTranslator(locale);
    const list = JSON.stringify(statements(model).map((block) => block.value));
    expect(list).toContain(t('wizard:questions.communication-support.options.spoken-interpreter'));
    expect(list).toContain(t('wizard:questions.communication-support.options.bsl-interpreter'));
  });

  it('says it the same way in easy read', () => {
    const model = buildEasyReadModel(withInterpreter(LANGUAGE_NAMES.urdu), inputs(locale));
    const sentences = model.sections.flatMap((s) => s.points.flatMap((p) => p.sentences));
    expect(sentences.filter((s) => s.includes(LANGUAGE_NAMES.urdu))).toEqual([
      expect.stringMatching(labelThenValue(LANGUAGE_NAMES.urdu)),
    ]);
  });
});
