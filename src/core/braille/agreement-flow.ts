import { assertNever } from '~/core/assert-never';
import { inBothLanguages, type AgreementBlock, type AgreementModel, type FieldValue } from '~/core/agreement/model';
import type { BrailleFlow, BrailleParagraph, BrailleTranslate } from './cells';

type Braille = (text: string) => string;

/** Body text in blocks (UKAAF's block format): every line from the margin, a blank line between blocks. */
const block = (braille: string): BrailleParagraph => ({ braille, first: 0, runover: 0 });
/** A list item: its marker at the margin, runover lines two cells in. */
const item = (braille: string): BrailleParagraph => ({ braille, first: 0, runover: 2 });
const heading = (braille: string): BrailleParagraph => ({
  braille,
  first: 0,
  runover: 0,
  centred: true,
  keepWithNext: true,
});

/** A list's items, each with its marker: "•" or its number, as the print has them. */
const listItems = (braille: Braille, items: string[], ordered: boolean) =>
  items.map((text, i) => item(braille(`${ordered ? `${i + 1}.` : '•'} ${text}`)));

const valueFlow = (braille: Braille, value: FieldValue): BrailleParagraph[] =>
  value.kind === 'list'
    ? listItems(braille, value.items, value.ordered)
    : value.text
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => block(braille(line)));

function blockFlow(braille: Braille, part: AgreementBlock, labels: AgreementModel['labels']): BrailleFlow[] {
  switch (part.kind) {
    case 'paragraph':
      return [block(braille(part.text))];
    case 'statement':
      return [
        block(braille(part.private ? `${labels.private}: ${part.text}` : part.text)),
        ...(part.value ? valueFlow(braille, part.value) : []),
      ];
    case 'teamField':
      return [block(braille(`${part.label}: ${part.value ?? labels.toFillIn}`))];
    case 'table':
      // A table read row by row, each cell after its column's heading (UKAAF's linear table).
      return [
        block(braille(part.caption)),
        ...part.rows.map((row) =>
          item(braille(row.map((cell, i) => `${part.headers[i] ? `${part.headers[i]}: ` : ''}${cell}`).join('; '))),
        ),
      ];
    case 'organisations':
      return [
        block(braille(part.intro)),
        ...listItems(
          braille,
          part.items.map((org) => [org.name, org.phone, org.website].filter(Boolean).join(', ')),
          false,
        ),
      ];
    case 'signatures':
      return part.parties.flatMap((party, i) => [
        ...(i > 0 ? ['blank' as const] : []),
        block(braille(party.heading)),
        block(braille(`${part.labels.name}: ${party.name}`)),
        block(braille(`${part.labels.signature}:`)),
        block(braille(`${part.labels.date}:`)),
        block(braille(`${part.labels.byPhone}:`)),
      ]);
    case 'writingSpace':
      return [block(braille(part.label)), ...(part.hint ? [block(braille(part.hint))] : [])];
    case 'tickBoxes':
      return [
        block(braille(part.label)),
        ...(part.hint ? [block(braille(part.hint))] : []),
        ...listItems(braille, part.options, false),
      ];
    default:
      return assertNever(part);
  }
}

/**
 * The agreement, from its model, as braille to lay out: the title centred, then the reference, date and
 * introduction, then each section under its centred heading, each block apart from the next. A section in
 * another language (a bilingual agreement's second half) is put into that language's braille code.
 */
export function agreementFlow(model: AgreementModel, translate: BrailleTranslate): BrailleFlow[] {
  const inDocument: Braille = (text) => translate(text, model.lang);
  const front = [
    model.subtitle,
    model.copyNote,
    model.versionText,
    inBothLanguages(model, 'reference'),
    inBothLanguages(model, 'dateText'),
    ...model.intro,
  ].filter((text): text is string => Boolean(text));
  const flow: BrailleFlow[] = [heading(inDocument(inBothLanguages(model, 'title')))];
  for (const text of front) flow.push('blank', block(inDocument(text)));
  for (const section of model.sections) {
    const braille: Braille = (text) => translate(text, section.lang ?? model.lang);
    flow.push(section.newPage ? 'newPage' : 'blank', heading(braille(section.heading)));
    for (const part of section.blocks) flow.push('blank', ...blockFlow(braille, part, section.labels ?? model.labels));
  }
  return flow;
}
