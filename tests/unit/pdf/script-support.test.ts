import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { findUndrawable } from '~/core/pdf/script-support';
import { findUndrawableText } from '~/core/pdf/undrawable-text';
import { buildAgreementModel } from '~/core/agreement/build-model';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { openSansBytes } from '../../helpers/pdf-fonts';
import type { Answers } from '~/core/journey/schema';

const bytes = openSansBytes();
const regular = fontkit.create(bytes.regular);
const openSans = (codePoint: number) => regular.hasGlyphForCodePoint(codePoint);
const characters = (...texts: string[]) => findUndrawable(texts, openSans).map((found) => found.character);

describe('which characters the PDF cannot draw correctly', () => {
  it.each([
    ['Arabic', 'محمد', ['م', 'ح', 'د']],
    // Open Sans has Hebrew glyphs, but the PDF cannot lay them out right to left.
    ['Hebrew', 'דוד', ['ד', 'ו']],
    ['Chinese', '王小明', ['王', '小', '明']],
    ['Devanagari', 'नमस्ते', ['न', 'म', 'स', '्', 'त', 'े']],
    ['emoji', 'Evenings 🙂', ['🙂']],
  ])('reports %s', (_, text, expected) => {
    expect(characters(`Name: ${text}.`)).toEqual(expected);
  });

  it.each([
    ['Welsh', 'Siân Dŵr, Ŷwain, Ŵyn, tŷ'],
    ['Polish', 'Zażółć gęślą jaźń, Łukasz'],
    ['Greek', 'Γιώργος Παπαδόπουλος'],
    ['Cyrillic', 'Наталья Ёлкина, Київ'],
    ['French', 'Hélène Lefèvre, ça, où, Noël, œuvre'],
    ['digits, punctuation and combining accents', '14/03/2026 — “quoted” (£5) e\u0301'],
    [
      'spaces, newlines and invisible characters the PDF leaves out',
      'a\u00a0b\u202fc\u3000d\n\r\t\u200d\u2068e\u2069\u202e',
    ],
  ])('does not report %s', (_, text) => {
    expect(characters(text)).toEqual([]);
  });

  it('reports each character once, in the order it first appears, with the writing it came from', () => {
    expect(findUndrawable(['דוד and محمد', 'דוד again, then 王小明 and محمد'], openSans)).toEqual([
      { character: 'ד', word: 'דוד' },
      { character: 'ו', word: 'דוד' },
      { character: 'م', word: 'محمد' },
      { character: 'ح', word: 'محمد' },
      { character: 'د', word: 'محمد' },
      { character: '王', word: '王小明' },
      { character: '小', word: '王小明' },
      { character: '明', word: '王小明' },
    ]);
  });

  it('keeps an emoji family whole in its sample, leaves direction controls out, and shortens long runs', () => {
    expect(findUndrawable(['We 👨‍👩‍👧 ok'], openSans)[0]).toEqual({ character: '👨', word: '👨‍👩‍👧' });
    expect(findUndrawable(['\u202eمحمد'], openSans)[0]!.word).toBe('محمد');
    expect(findUndrawable(['王'.repeat(5) + '小'.repeat(40)], openSans)[1]!.word).toBe('王王王王王小小小小小小小…');
  });

  it('stops at 8 samples', () => {
    const words = Array.from({ length: 12 }, (_, i) => String.fromCodePoint(0x4e00 + i));
    const found = findUndrawable([words.join(' ')], openSans);
    expect(found.map((f) => f.word)).toEqual(words.slice(0, 8));
  });
});

describe('findUndrawableText, over the agreement the PDF would draw', () => {
  const model = (answers: Partial<Answers>) =>
    buildAgreementModel({ ...completeFamily, ...answers }, agreementInputs());

  it('finds nothing in an agreement in Welsh and English', () => {
    expect(findUndrawableText(model({}), bytes)).toEqual([]);
  });

  it('finds the names and answers it cannot draw, each once', () => {
    const found = findUndrawableText(
      model({ 'your-name': 'محمد', 'patient-name': 'דוד', 'avoid-upset': '王小明 and محمد' }),
      bytes,
    );
    expect(found.sort()).toEqual(['דוד', 'محمد', '王小明'].sort());
  });
});
