import type { AgreementModel, FieldValue } from '~/core/agreement/model';
import type { SymbolId } from './symbols';

/**
 * The agreement in easy read, as plain data: the same things agreed, one idea a sentence, each point with
 * a picture beside it. Built from the agreement's own model (build-easy-read.ts), drawn as a page and a PDF.
 */
export interface EasyReadModel extends Pick<AgreementModel, 'lang' | 'reference' | 'dateText' | 'pageOf' | 'meta'> {
  title: string;
  /** Who the agreement is between, that it is not a contract, that it can change. */
  intro: EasyReadPoint[];
  sections: EasyReadSection[];
  /** "how-we-will-work-together-easy-read-2026-11-23.pdf". */
  fileName: string;
  /** Said before an answer only the team's copy shows. */
  privateLabel: string;
}

export interface EasyReadSection {
  id: string;
  heading: string;
  points: EasyReadPoint[];
}

export interface EasyReadPoint {
  symbol: SymbolId;
  /** The picture's alternative text. */
  alt: string;
  /** Short sentences, one idea each. */
  sentences: string[];
  /** The person's own words or choices, as they wrote them. */
  answer?: FieldValue;
  /** Labels with a line to write on beside each (name, signature, date). */
  writeOn?: string[];
  private?: boolean;
}
