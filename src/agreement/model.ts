/**
 * The written agreement as plain data: what it says, in order, already in the person's language.
 * Built once from the answers (build-model.ts) and drawn twice: as the accessible HTML page and as the PDF.
 */
export interface AgreementModel {
  /** BCP 47 language of the text, for <html lang> and the PDF's /Lang. */
  lang: string;
  /** "How we will work together". */
  title: string;
  /** One line under the title, e.g. who the agreement is between. */
  subtitle: string;
  /** Which copy this is, when it matters: the investigation team's copy carries private answers. */
  copyNote?: string;
  /** Shown on every PDF page: "Reference: PSII-2026-0142" (or "Reference: not given yet"). */
  reference: string;
  /** Shown on every PDF page: "Made on 23 November 2026". */
  dateText: string;
  /** Paragraphs before the sections: not legally binding, can be changed at any time. */
  intro: string[];
  sections: AgreementSection[];
  /** Page footer template with {{page}} and {{total}}: "Page {{page}} of {{total}}". */
  pageOf: string;
  /** PDF document information. */
  meta: { author: string; subject: string; creator: string; keywords: string[] };
  /** A sensible download name, e.g. "how-we-will-work-together-2026-11-23.pdf". */
  fileName: string;
  /** Body text at least 16pt (Accessible Information Standard), headings larger. */
  largePrint: boolean;
}

export interface AgreementSection {
  /** Stable id, e.g. "people" (used for HTML anchors). */
  id: string;
  /** "B. People". */
  heading: string;
  blocks: AgreementBlock[];
}

export type AgreementBlock =
  | { kind: 'paragraph'; text: string }
  /** A labelled answer. `empty` means nothing was given and `value` holds the "Not discussed yet" wording. */
  | { kind: 'field'; label: string; value: FieldValue; empty: boolean; private?: boolean }
  | { kind: 'table'; caption: string; headers: string[]; rows: string[][] }
  /** Signature and date lines, with the "agreed by phone on ..." alternative. */
  | {
      kind: 'signatures';
      parties: { heading: string; name: string }[];
      labels: { name: string; signature: string; date: string; byPhone: string };
    }
  /** Blank lines to write on (the paper version). */
  | { kind: 'writingSpace'; label: string; lines: number };

/** An answer: a paragraph (line breaks kept), or a list of separate items. */
export type FieldValue = { kind: 'text'; text: string } | { kind: 'list'; ordered: boolean; items: string[] };

export type AgreementBlockKind = AgreementBlock['kind'];
