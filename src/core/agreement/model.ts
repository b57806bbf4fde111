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
  /** "Version 2, agreed on 3 December 2026", when made as a numbered version with the team. */
  versionText?: string;
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
  /** A blank form to fill in by hand: on paper, body text at least 12pt and no grey, to survive a photocopier. */
  blankForm?: boolean;
  /** Words the renderers add: before a private answer, and for a team detail nobody has filled in yet. */
  labels: { private: string; toFillIn: string };
  /** A bilingual document's title, reference and date in its second language, shown after the first's. */
  alsoIn?: { lang: string; title: string; reference: string; dateText: string };
}

export type FrontLine = 'title' | 'reference' | 'dateText';
/** A document's front lines, in one language or two: what every page's header and the PDF's title show. */
export type FrontLines = Pick<AgreementModel, FrontLine | 'alsoIn'>;

/** Two languages' words for one line, the first's then the second's ("Tudalen 1 o 2 / Page 1 of 2"); once when the same. */
export const bothLanguages = (first: string, second: string) => (first === second ? first : `${first} / ${second}`);

/** A bilingual document's title, reference or date in its second language, when it differs from the first's. */
export function secondLanguageLine(model: FrontLines, line: FrontLine): { lang: string; text: string } | undefined {
  const { alsoIn } = model;
  return alsoIn && alsoIn[line] !== model[line] ? { lang: alsoIn.lang, text: alsoIn[line] } : undefined;
}

/** The title, reference or date line in both languages of a bilingual document ("Cyfeirnod: … / Reference: …"). */
export const inBothLanguages = (model: FrontLines, line: FrontLine): string =>
  bothLanguages(model[line], model.alsoIn?.[line] ?? model[line]);

export interface AgreementSection {
  /** Stable id, e.g. "people" (used for HTML anchors). */
  id: string;
  /** "B. People". */
  heading: string;
  /** The section's language when it is not the document's: the second half of a bilingual agreement. */
  lang?: string;
  /** The words the renderers add, in the section's own language when it is not the document's. */
  labels?: AgreementModel['labels'];
  /** Starts a new sheet on paper: where a bilingual document's second language begins. */
  newPage?: boolean;
  blocks: AgreementBlock[];
}

/**
 * Which of the agreement's words a block says ("statements.relationship.partner", under agreement:) and the
 * answer it puts into them, so another wording of the agreement (easy read) says the same thing.
 */
export interface Says {
  key: string;
  answer?: string;
}

export type AgreementBlock =
  | { kind: 'paragraph'; text: string; says?: Says }
  /**
   * What was agreed, as a sentence to the person ("You would like the team to phone you"), followed by
   * their own words or choices when there are any. `private` marks an answer only the team's copy shows.
   */
  | { kind: 'statement'; text: string; value?: FieldValue; private?: boolean; says?: Says }
  /** A detail the investigation team fills in: its value, or (when nobody has yet) space to write it with them. */
  | { kind: 'teamField'; label: string; value?: string; says?: Says }
  | { kind: 'table'; caption: string; headers: string[]; rows: string[][]; says?: Says }
  /** Organisations that may help: on screen as links, on paper with their phone number and web address. */
  | { kind: 'organisations'; intro: string; items: OrganisationItem[] }
  /** Signature and date lines, with the "agreed by phone on ..." alternative. */
  | {
      kind: 'signatures';
      parties: { heading: string; name: string }[];
      labels: { name: string; signature: string; date: string; byPhone: string };
    }
  /**
   * The paper form: a question in plain words with lines to write on. `question` is the schema's id when
   * the space answers one of the wizard's questions (its label then starts with its number on the form).
   */
  | {
      kind: 'writingSpace';
      label: string;
      hint?: string;
      lines: number;
      question?: string;
      /** On paper, lines down to the foot of this many pages instead (a continuation sheet); `lines` on screen. */
      fillPages?: number;
    }
  /**
   * The paper form: a numbered question with a box to tick beside each option. A paper question's hint may
   * hold several lines: when to answer it ("Only answer this if …"), then how ("Tick one").
   */
  | { kind: 'tickBoxes'; label: string; hint?: string; options: string[]; question?: string };

/** An organisation as the agreement lists it; `checked` is already a sentence ("Checked on 3 March 2026"). */
export interface OrganisationItem {
  name: string;
  phone?: string;
  website: string;
  /** Postal address, its parts on separate lines. */
  address?: string;
  checked?: string;
}

/** An answer: a paragraph (line breaks kept), or a list of separate items. */
export type FieldValue = { kind: 'text'; text: string } | { kind: 'list'; ordered: boolean; items: string[] };

export type AgreementBlockKind = AgreementBlock['kind'];
