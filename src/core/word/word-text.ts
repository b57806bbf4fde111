import { Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import { LIST } from './word-styles';

/** What every block of a section shares: its language when not the document's, its labels, and list numbering. */
export interface WordContext {
  /** Marked on every run of a section in another language (the second half of a bilingual agreement). */
  lang?: string;
  labels: { private: string; toFillIn: string };
  /** A fresh numbering instance for each list, so each numbered list starts at 1. */
  nextList: () => number;
}

/** Characters XML cannot hold (and Word will not open) become spaces; line breaks and tabs stay. */
export const wordSafe = (text: string) => String(text ?? '').replace(/[^\P{Cc}\n\t]|[\uFFFE\uFFFF]|\p{Cs}/gu, ' ');

/** A run's language mark, when its section is in another language than the document. */
export const languageOf = (ctx: WordContext) => (ctx.lang ? { language: { value: ctx.lang } } : {});

/** The text as runs, each line after the first on a new line within the paragraph, marked with the section's language. */
export function runs(ctx: WordContext, text: string, style: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return wordSafe(text)
    .split(/\r\n|\r|\n/)
    .map(
      (line, i) =>
        new TextRun({
          ...style,
          text: line,
          ...(i > 0 ? { break: 1 } : {}),
          ...languageOf(ctx),
        }),
    );
}

export const paragraph = (ctx: WordContext, text: string, options: Omit<IParagraphOptions, 'children'> = {}) =>
  new Paragraph({ ...options, children: runs(ctx, text) });

/** A real Word list (numbered, bulleted or of boxes to tick), one paragraph per item. */
export function list(ctx: WordContext, kind: keyof typeof LIST, items: string[]): Paragraph[] {
  const instance = ctx.nextList();
  return items.map(
    (item) => new Paragraph({ children: runs(ctx, item), numbering: { reference: LIST[kind], level: 0, instance } }),
  );
}
