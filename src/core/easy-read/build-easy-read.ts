import type { AgreementBlock, AgreementSection, FieldValue } from '~/core/agreement/model';
import { buildAgreementModel, namesIn, type AgreementInputs } from '~/core/agreement/build-model';
import type { Answers } from '~/core/journey/schema';
import { isolate } from '~/core/text/text';
import type { Key, TranslateOptions } from '~/core/words/translate';
import type { EasyReadModel, EasyReadPoint, EasyReadSection } from './model';
import { symbolFor, type SymbolId } from './symbols';

const MISSING = '\u0000';

/**
 * The easy read agreement, from the same answers and inputs as the agreement. It is built from the
 * agreement's model, so what is said (which answers, private or not, what still needs a detail) is decided
 * once; each block names the words it says, and easy read says them in its own words (easyRead:<same key>).
 * `t` must also know the easyRead namespace.
 */
export function buildEasyReadModel(answers: Answers, inputs: AgreementInputs): EasyReadModel {
  const { t } = inputs;
  const agreement = buildAgreementModel(answers, { ...inputs, largePrint: false });
  const { yourName, patientName } = namesIn(answers, t);
  const values = {
    patientName,
    names: yourName,
    organisation: inputs.organisation,
    pals: inputs.pals.name,
    contact: inputs.pals.contact,
    url: inputs.supportUrl,
  };
  const e = (key: string, options: TranslateOptions = {}) => t(`easyRead:${key}` as Key, options);
  /** The easy read sentences for a key, or undefined when easy read has no words for it yet. */
  const sentences = (key: string, options: TranslateOptions = {}): string[] | undefined => {
    const found = t(`easyRead:${key}` as Key, { ...values, ...options, returnObjects: true, defaultValue: MISSING });
    if (found === MISSING) return undefined;
    return Array.isArray(found) ? (found as string[]) : [found];
  };
  const point = (symbol: SymbolId, said: string[], extra: Partial<EasyReadPoint> = {}): EasyReadPoint => ({
    symbol,
    alt: e(`symbols.${symbol}`),
    sentences: said,
    ...extra,
  });

  const pointsOf = (section: AgreementSection): EasyReadPoint[] => {
    const points: EasyReadPoint[] = [];
    let lastParagraph: string | undefined;
    for (const block of section.blocks) {
      // A paragraph of several sentences in the agreement is one point in easy read.
      if (block.kind === 'paragraph' && block.says && block.says.key === lastParagraph) continue;
      lastParagraph = block.kind === 'paragraph' ? block.says?.key : undefined;
      points.push(...blockPoints(block, section.id));
    }
    return points;
  };

  const blockPoints = (block: AgreementBlock, sectionId: string): EasyReadPoint[] => {
    switch (block.kind) {
      case 'paragraph':
      case 'statement':
      case 'teamField':
      case 'table': {
        const key = block.says?.key ?? '';
        const symbol = symbolFor(key, sectionId);
        const own = key
          ? sentences(key, block.says?.answer === undefined ? {} : { answer: block.says.answer })
          : undefined;
        const flag = block.kind === 'statement' && block.private ? { private: true } : {};
        // Words added to the agreement after easy read was written: its own sentence, until easy read has some.
        const said = own ?? [agreementText(block)];
        if (block.kind === 'statement') return [point(symbol, said, { ...flag, ...answerOf(block.value) })];
        if (block.kind === 'table') return [point(symbol, said, { answer: rowsOf(block) })];
        if (block.kind === 'paragraph') return [point(symbol, said)];
        if (key === 'notDiscussed') return [point(symbol, said, { answer: { kind: 'text', text: block.label } })];
        if (block.value) return [point(symbol, said, { answer: { kind: 'text', text: block.value } })];
        return [point(symbol, [...said, e('toFillIn')])];
      }
      case 'organisations':
        return [
          point(symbolFor('organisations', sectionId), sentences('organisations') ?? [block.intro], {
            answer: {
              kind: 'list',
              ordered: false,
              items: block.items.map((org) => [org.name, org.phone, org.website].filter(Boolean).join(' – ')),
            },
          }),
        ];
      case 'signatures':
        return [
          point('agree', sentences('signatures') ?? []),
          ...block.parties.map((party) =>
            point('write', [party.heading], {
              writeOn: [
                party.name ? `${block.labels.name}: ${party.name}` : block.labels.name,
                block.labels.signature,
                block.labels.date,
              ],
            }),
          ),
        ];
      case 'writingSpace':
      case 'tickBoxes':
        // Only the blank paper form has these; easy read is made from answers.
        return [];
    }
  };

  const sections: EasyReadSection[] = agreement.sections.map((section) => ({
    id: section.id,
    heading: e(`sections.${section.id}`, { defaultValue: section.heading }),
    points: pointsOf(section),
  }));
  const between = sentences(yourName ? 'between' : 'betweenNoName', { names: isolate(yourName) }) ?? [
    agreement.subtitle,
  ];
  const dated = /(-\d{4}-\d{2}-\d{2})\.pdf$/;
  return {
    lang: agreement.lang,
    title: e('title'),
    reference: agreement.reference,
    dateText: agreement.dateText,
    pageOf: agreement.pageOf,
    meta: agreement.meta,
    intro: [
      point(symbolFor('intro', 'about'), [...between, ...(sentences('intro.agreement') ?? [])]),
      point(symbolFor('change', 'about'), sentences('intro.change') ?? []),
    ],
    sections,
    fileName: agreement.fileName.replace(dated, `-${e('fileNamePart')}$1.pdf`),
    privateLabel: e('private'),
  };
}

function agreementText(block: Extract<AgreementBlock, { kind: 'paragraph' | 'statement' | 'teamField' | 'table' }>) {
  if (block.kind === 'teamField') return block.label;
  if (block.kind === 'table') return block.caption;
  return block.text;
}

const answerOf = (value: FieldValue | undefined) => (value ? { answer: value } : {});

/** A table of answers (the people who support you) as one line a row: "Name: Sam, Phone: 0123". */
function rowsOf(block: Extract<AgreementBlock, { kind: 'table' }>): FieldValue {
  return {
    kind: 'list',
    ordered: false,
    items: block.rows.map((row) =>
      row
        .map((cell, i) => (cell ? `${block.headers[i]}: ${cell}` : ''))
        .filter(Boolean)
        .join(', '),
    ),
  };
}
