import { buildAgreementModel } from '~/core/agreement/build-model';
import type { AgreementModel } from '~/core/agreement/model';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { scriptNeeds, type ScriptFont } from '~/core/pdf/scripts/script-fonts';
import { drawnStrings } from '~/core/pdf/undrawable-text';
import { completeFamily } from '../fixtures/answers/complete-family';
import { agreementInputs } from './agreement-inputs';
import { MADE_AT } from './agreement-pdf';
import { openSansBytes } from './pdf-fonts';
import { complexScripts } from './script-fonts';

/** A family's words in one script, and the font a browser would draw them in. */
export interface ScriptSample {
  name: string;
  text: string;
  font: ScriptFont | 'latin';
}

/** Names and sentences as families type them, one line each; in an English agreement. */
export const SAMPLES: ScriptSample[] = [
  { name: 'Arabic with digits', text: 'موعدنا يوم 9 ديسمبر 2026', font: 'arabic' },
  { name: 'Bengali', text: 'আমার নাম রহিমা খাতুন', font: 'bengali' },
  { name: 'Punjabi (Gurmukhi)', text: 'ਮੇਰਾ ਨਾਮ ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਹੈ', font: 'gurmukhi' },
  { name: 'Hindi', text: 'मेरा नाम प्रिया शर्मा है', font: 'devanagari' },
  { name: 'Chinese', text: '我们希望每两周收到一次消息', font: 'cjk' },
  { name: 'Polish', text: 'Zażółć gęślą jaźń, Łukasz', font: 'latin' },
  { name: 'Romanian', text: 'Ștefan și Țara, mulțumesc', font: 'latin' },
  { name: 'Welsh', text: 'Siân Dŵr, tŷ bach, Ŷwain', font: 'latin' },
  { name: 'emoji', text: '🙂 ❤️ 👍 🌷', font: 'emoji' },
];

/** Urdu, in an Urdu agreement: Nastaliq, right to left, its marks and letters raised and lowered. */
export const URDU_SAMPLES: ScriptSample[] = [
  { name: 'Urdu', text: 'ہماری ملاقات 12 جنوری کو ہوگی', font: 'urdu' },
  { name: 'Urdu name', text: 'محمد علی خان', font: 'urdu' },
];

/** A line before each sample that finds it on the page: "Sample 1", read back by its Latin letters. */
export const labelOf = (index: number) => `Sample ${index + 1}`;

/** Each sample on a line of its own, after its label, as one answer of an otherwise complete agreement. */
export function samplesModel(samples: ScriptSample[], lang?: string): AgreementModel {
  // A last label closes the last sample's line, so every line lies between two labels.
  // Blank lines keep tall letters (Nastaliq climbs high) clear of the labels.
  const answer = [
    ...samples.map((sample, index) => `${labelOf(index)}\n\n${sample.text}\n`),
    labelOf(samples.length),
  ].join('\n');
  const model = buildAgreementModel({ ...completeFamily, 'avoid-upset': answer }, agreementInputs());
  return lang ? { ...model, lang } : model;
}

/** The samples' agreement as a PDF, given HarfBuzz and the fonts scriptNeeds asks for. */
export async function samplesPdf(samples: ScriptSample[], lang?: string): Promise<Uint8Array> {
  const model = samplesModel(samples, lang);
  const { fonts } = scriptNeeds(drawnStrings(model), model.lang);
  return buildAgreementPdf(model, openSansBytes(), await complexScripts(fonts), { now: MADE_AT });
}
