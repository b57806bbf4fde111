import type { AgreementModel } from './model';

/**
 * One document in two languages, as Welsh public bodies often give them: all of the first language,
 * then all of the second, each section marked with its language (lang in HTML, /Lang in the PDF).
 * Words on every page (title, page numbers, labels) carry both.
 */
export function bilingualModel(first: AgreementModel, second: AgreementModel): AgreementModel {
  const both = (a: string, b: string) => (a === b ? a : `${a} / ${b}`);
  return {
    ...first,
    title: both(first.title, second.title),
    reference: both(first.reference, second.reference),
    dateText: both(first.dateText, second.dateText),
    pageOf: both(first.pageOf, second.pageOf),
    labels: {
      private: both(first.labels.private, second.labels.private),
      toFillIn: both(first.labels.toFillIn, second.labels.toFillIn),
    },
    sections: [
      ...first.sections,
      {
        id: `${second.lang}-intro`,
        heading: second.title,
        lang: second.lang,
        blocks: [second.subtitle, ...(second.copyNote ? [second.copyNote] : []), ...second.intro].map((text) => ({
          kind: 'paragraph' as const,
          text,
        })),
      },
      ...second.sections.map((section) => ({ ...section, id: `${second.lang}-${section.id}`, lang: second.lang })),
    ],
    meta: { ...first.meta, keywords: [...new Set([...first.meta.keywords, ...second.meta.keywords])] },
  };
}
