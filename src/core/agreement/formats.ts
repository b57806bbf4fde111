import type { Answers } from '~/core/journey/schema';
import { INFORMATION_FORMATS, type InformationFormat } from '~/core/journey/schema/stages/communication-needs';

/** The forms the agreement can be given in. */
export type DocumentFormat = 'pdf' | 'large-print' | 'word' | 'easy-read' | 'braille' | 'audio';

/** What is offered when nobody asked for anything: standard print first. */
const USUAL_ORDER: readonly DocumentFormat[] = ['pdf', 'large-print', 'word', 'easy-read', 'braille', 'audio'];

/**
 * The document that meets each information format the family can ask for. A screen reader reads a Word
 * document best (RNIB); email needs a file to attach, and the PDF is that file.
 */
const MEETS: Record<InformationFormat, DocumentFormat> = {
  'large-print': 'large-print',
  'easy-read': 'easy-read',
  braille: 'braille',
  audio: 'audio',
  'screen-reader': 'word',
  email: 'pdf',
};

const isInformationFormat = (value: unknown): value is InformationFormat =>
  (INFORMATION_FORMATS as readonly unknown[]).includes(value);

/** The information formats asked for in the answers: the person's own first, then the patient's; each once. */
export function askedFormats(answers: Answers): InformationFormat[] {
  const chosen = [
    ...(answers['information-formats']?.choices ?? []),
    ...(answers['patient-information-formats']?.choices ?? []),
  ];
  return [...new Set(chosen.filter(isInformationFormat))];
}

/**
 * The documents to offer, in order: those that meet what was asked for first (in the order asked), then
 * the rest as usual. The agreement page offers the first ones first, and chooses large print when asked.
 */
export function formatsInOrder(asked: readonly string[]): DocumentFormat[] {
  return [...new Set([...documentsAsked(asked), ...USUAL_ORDER])];
}

/** The documents that meet what was asked for, in the order asked, each once. */
export function documentsAsked(asked: readonly string[]): DocumentFormat[] {
  return [...new Set(asked.filter(isInformationFormat).map((format) => MEETS[format]))];
}
