import { bothLanguages, type AgreementModel } from './model';

/**
 * One document in two languages, as Welsh public bodies often give them: all of the first language,
 * then all of the second from a new sheet, each section marked with its language (lang in HTML, /Lang
 * in the PDF) and using its own language's labels. The title, reference, date and page numbers carry both.
 */
export function bilingualModel(first: AgreementModel, second: AgreementModel): AgreementModel {
  const { lang, labels } = second;
  return {
    ...first,
    alsoIn: { lang, title: second.title, reference: second.reference, dateText: second.dateText },
    pageOf: bothLanguages(first.pageOf, second.pageOf),
    sections: [
      ...first.sections,
      {
        id: `${lang}-intro`,
        heading: second.title,
        lang,
        labels,
        newPage: true,
        blocks: [second.subtitle, ...(second.copyNote ? [second.copyNote] : []), ...second.intro].map((text) => ({
          kind: 'paragraph' as const,
          text,
        })),
      },
      ...second.sections.map((section) => ({ ...section, id: `${lang}-${section.id}`, lang, labels })),
    ],
    meta: { ...first.meta, keywords: [...new Set([...first.meta.keywords, ...second.meta.keywords])] },
  };
}
