import type { WizardT } from '../i18n/create-wizard-translator';
import { answerLines, questionWords } from '../i18n/wizard-words';
import { applies } from '../wizard/journey';
import { isAnswered } from '../wizard/questions';
import { questionById, type Answers, type ListAnswer, type PersonItem, type Question } from '../wizard/schema';
import type { AgreementBlock, AgreementModel, AgreementSection } from './model';
import { AGREEMENT_SECTIONS, type SectionPlan } from './sections';

export interface AgreementInputs {
  /** Translator with the wizard, ui and agreement namespaces of one locale. */
  t: WizardT;
  /** BCP 47 language tag, e.g. "en-GB". */
  lang: string;
  organisation: string;
  pals: { name: string; contact: string };
  /** Absolute or site-relative address of the support organisations page. */
  supportUrl: string;
  /** Details the investigation team gives (a later share link fills these in). */
  caseDetails?: { reference?: string };
  now: Date;
  largePrint: boolean;
}

const list = (t: WizardT, key: string, options: Record<string, unknown> = {}) =>
  t(key, { ns: 'agreement', returnObjects: true, ...options }) as unknown as string[];

function frame(
  inputs: AgreementInputs,
  subtitle: string,
  reference: string,
  dateText: string,
  fileName: string,
): Omit<AgreementModel, 'sections' | 'intro'> {
  const { t, lang, organisation, largePrint, now } = inputs;
  return {
    lang,
    title: t('title', { ns: 'agreement' }),
    subtitle,
    reference,
    dateText,
    pageOf: t('pageOf', {
      ns: 'agreement',
      page: '{{page}}',
      total: '{{total}}',
      interpolation: { skipOnVariables: true },
    }),
    meta: {
      author: organisation,
      subject: t('meta.subject', { ns: 'agreement' }),
      creator: 'Learn Together Wizard',
      keywords: list(t, 'meta.keywords'),
    },
    fileName: `${t(fileName, { ns: 'agreement' })}${largePrint ? '-large-print' : ''}-${now.toISOString().slice(0, 10)}.pdf`,
    largePrint,
  };
}

function paragraphs(inputs: AgreementInputs, plan: SectionPlan, answers: Answers): AgreementBlock[] {
  const { t } = inputs;
  return (plan.paragraphs ?? []).flatMap((key): AgreementBlock[] => {
    // On paper a site-relative path means nothing, so without a full address the page is named instead.
    const supportKey = key === 'support' && !/^https?:\/\//.test(inputs.supportUrl) ? 'supportOnSite' : key;
    const texts =
      key === 'concerns' || key === 'confidentiality'
        ? list(t, `paragraphs.${key}`)
        : [t(`paragraphs.${supportKey}`, { ns: 'agreement', url: inputs.supportUrl })];
    const extra = [];
    if (key === 'concerns')
      extra.push(t('paragraphs.pals', { ns: 'agreement', pals: inputs.pals.name, contact: inputs.pals.contact }));
    const other = answers['other-processes'];
    if (
      key === 'confidentiality' &&
      other &&
      typeof other === 'object' &&
      'choices' in other &&
      other.choices.includes('mnsi')
    ) {
      extra.push(t('paragraphs.mnsi', { ns: 'agreement' }));
    }
    return [...texts, ...extra].map((text) => ({ kind: 'paragraph', text }));
  });
}

const PERSON_COLUMNS = ['name', 'relationship', 'phone', 'email'] as const;

function answerBlock(inputs: AgreementInputs, question: Question, answers: Answers): AgreementBlock {
  const { t, lang } = inputs;
  const words = questionWords(t, answers);
  const label = words.short(question);
  const value = answers[question.id];
  if (value === undefined || !isAnswered(question, value)) {
    return { kind: 'field', label, lines: [t('notDiscussed', { ns: 'agreement' })], empty: true };
  }
  if (question.type === 'list' && question.item === 'person') {
    const people = (value as ListAnswer).items as PersonItem[];
    return {
      kind: 'table',
      caption: label,
      headers: PERSON_COLUMNS.map((c) => t(`list.person${c[0]!.toUpperCase()}${c.slice(1)}`)),
      rows: people.map((person) => PERSON_COLUMNS.map((c) => person[c] ?? '')),
    };
  }
  const lines = answerLines(question, value, words, t, lang);
  return {
    kind: 'field',
    label,
    lines: question.type === 'list' ? lines.map((line, i) => `${i + 1}. ${line}`) : lines,
    empty: false,
  };
}

function teamField(inputs: AgreementInputs, field: string): AgreementBlock {
  const { t } = inputs;
  const known: Record<string, string | undefined> = {
    organisation: inputs.organisation,
    reference: inputs.caseDetails?.reference,
    madeOn: new Intl.DateTimeFormat(inputs.lang, { dateStyle: 'long' }).format(inputs.now),
  };
  const value = known[field];
  return {
    kind: 'field',
    label: t(`fields.${field}`, { ns: 'agreement' }),
    lines: [value ?? t('notDiscussed', { ns: 'agreement' })],
    empty: value === undefined,
  };
}

function signatures(inputs: AgreementInputs, familyName: string): AgreementBlock {
  const { t } = inputs;
  const s = (key: string) => t(`signatures.${key}`, { ns: 'agreement' });
  return {
    kind: 'signatures',
    parties: [
      { heading: s('family'), name: familyName },
      { heading: s('team'), name: '' },
    ],
    labels: { name: s('name'), signature: s('signature'), date: s('date'), byPhone: s('byPhone') },
  };
}

/** The family's agreement, from their answers: every section A to K, "Not discussed yet" where nothing was said. */
export function buildAgreementModel(answers: Answers, inputs: AgreementInputs): AgreementModel {
  const { t, organisation, now, lang } = inputs;
  const yourName = typeof answers['your-name'] === 'string' ? answers['your-name'] : '';
  const sections: AgreementSection[] = AGREEMENT_SECTIONS.map((plan) => ({
    id: plan.id,
    heading: t(`sections.${plan.id}`, { ns: 'agreement' }),
    blocks: [
      ...(plan.teamFields ?? []).map((field) => teamField(inputs, field)),
      ...plan.questions
        .map((id) => questionById(id)!)
        // Private answers stay on the device: the agreement leaves them out (issue 8, item 1).
        .filter((q) => applies(q, answers) && !q.sensitive)
        .map((q) => answerBlock(inputs, q, answers)),
      ...paragraphs(inputs, plan, answers),
      ...(plan.id === 'signatures' ? [signatures(inputs, yourName)] : []),
    ],
  }));
  const reference = inputs.caseDetails?.reference;
  return {
    ...frame(
      inputs,
      yourName
        ? t('subtitle', { ns: 'agreement', names: yourName, organisation })
        : t('subtitleNoName', { ns: 'agreement', organisation }),
      reference ? t('reference', { ns: 'agreement', reference }) : t('referenceMissing', { ns: 'agreement' }),
      t('made', { ns: 'agreement', date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(now) }),
      'fileName',
    ),
    intro: list(t, 'intro'),
    sections,
  };
}

const WRITING_LINES: Partial<Record<Question['type'], number>> = {
  longText: 4,
  list: 5,
  log: 5,
  contact: 3,
  multiChoice: 2,
};

/** The same sections with space to write by hand, for people who would rather use paper. */
export function buildBlankModel(inputs: AgreementInputs): AgreementModel {
  const { t, organisation } = inputs;
  const blankLine = '____________________';
  const sections: AgreementSection[] = AGREEMENT_SECTIONS.map((plan) => ({
    id: plan.id,
    heading: t(`sections.${plan.id}`, { ns: 'agreement' }),
    blocks: [
      ...(plan.teamFields ?? []).map((field): AgreementBlock => ({
        kind: 'writingSpace',
        label: t(`fields.${field}`, { ns: 'agreement' }),
        lines: 1,
      })),
      ...plan.questions
        .map((id) => questionById(id)!)
        .filter((q) => !q.sensitive)
        .map((q): AgreementBlock => ({
          kind: 'writingSpace',
          label: questionWords(t, {}).short(q),
          lines: WRITING_LINES[q.type] ?? 1,
        })),
      ...paragraphs(inputs, plan, {}),
      ...(plan.id === 'signatures' ? [signatures(inputs, '')] : []),
    ],
  }));
  return {
    ...frame(
      inputs,
      t('blank.subtitle', { ns: 'agreement' }),
      t('reference', { ns: 'agreement', reference: blankLine }),
      t('made', { ns: 'agreement', date: blankLine }),
      'fileNameBlank',
    ),
    intro: [
      t('blank.intro', { ns: 'agreement' }),
      ...list(t, 'intro').slice(0, 1),
      t('subtitleNoName', { ns: 'agreement', organisation }),
    ],
    sections,
  };
}
