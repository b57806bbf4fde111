import { describeAnswer, isAnswered } from '../question-types/rules';
import type { Question, Translate } from '../question-types/types';
import { questionWords } from '../i18n/question-words';
import { dateFormat, isolate } from '../lib/text';
import { evaluate } from '../wizard/conditions';
import { FAMILY, questionById } from '../wizard/family';
import { applies } from '../wizard/journey';
import type { Answers } from '../wizard/schema';
import type { AgreementBlock, AgreementModel, AgreementSection } from './model';
import { AGREEMENT_SECTIONS, type SectionPlan } from './sections';

export interface AgreementInputs {
  /** Translator with the wizard, ui and agreement namespaces of one locale. */
  t: Translate;
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
  /**
   * Whose copy: the family's own copy never carries private answers; the investigation team's copy
   * carries them only when the person chose that on the final check page.
   */
  copy?: { for: 'family' } | { for: 'team'; includePrivate: boolean };
}

const a = (t: Translate, key: string, options: Record<string, unknown> = {}) => t(key, { ns: 'agreement', ...options });
/** A translation that may be one paragraph or several. */
const paragraphsOf = (t: Translate, key: string, options: Record<string, unknown> = {}): string[] => {
  const value = t(key, { ns: 'agreement', returnObjects: true, ...options }) as unknown;
  return Array.isArray(value) ? (value as string[]) : [value as string];
};

function frame(inputs: AgreementInputs, subtitle: string, reference: string, dateText: string, fileName: string) {
  const { t, lang, organisation, largePrint, now } = inputs;
  const team = inputs.copy?.for === 'team';
  return {
    lang,
    title: a(t, 'title'),
    subtitle,
    ...(team
      ? {
          copyNote: a(
            t,
            inputs.copy?.for === 'team' && inputs.copy.includePrivate ? 'copy.teamWithPrivate' : 'copy.team',
          ),
        }
      : {}),
    reference,
    dateText,
    pageOf: a(t, 'pageOf', { page: '{{page}}', total: '{{total}}', interpolation: { skipOnVariables: true } }),
    meta: {
      author: organisation,
      subject: a(t, 'meta.subject'),
      creator: 'Learn Together Wizard',
      keywords: paragraphsOf(t, 'meta.keywords'),
    },
    fileName: `${a(t, fileName)}${team ? '-team-copy' : ''}${largePrint ? '-large-print' : ''}-${now.toISOString().slice(0, 10)}.pdf`,
    largePrint,
  };
}

function paragraphs(inputs: AgreementInputs, plan: SectionPlan, answers: Answers): AgreementBlock[] {
  const { t } = inputs;
  return (plan.paragraphs ?? [])
    .filter((p) => !p.showIf || evaluate(p.showIf, answers, FAMILY.question))
    .flatMap((p) => {
      // On paper a site-relative path means nothing, so without a full address the page is named instead.
      const key = p.key === 'support' && !/^https?:\/\//.test(inputs.supportUrl) ? 'supportOnSite' : p.key;
      return paragraphsOf(t, `paragraphs.${key}`, {
        url: inputs.supportUrl,
        pals: inputs.pals.name,
        contact: inputs.pals.contact,
      });
    })
    .map((text) => ({ kind: 'paragraph', text }));
}

/** Private answers reach only the investigation team's copy, and only when the person chose so. */
const mayShow = (question: Question, inputs: AgreementInputs) =>
  !question.sensitive || (inputs.copy?.for === 'team' && inputs.copy.includePrivate);

function answerBlock(inputs: AgreementInputs, question: Question, answers: Answers): AgreementBlock {
  const { t, lang } = inputs;
  const words = questionWords(t, answers, lang);
  const label = words.short(question);
  const value = answers[question.id as keyof Answers];
  if (value === undefined || !isAnswered(question, value)) {
    return { kind: 'field', label, value: { kind: 'text', text: a(t, 'notDiscussed') }, empty: true };
  }
  const text = describeAnswer(question, value, words);
  const extra = question.sensitive ? { private: true } : {};
  if (text.kind === 'table') return { kind: 'table', caption: label, headers: text.headers, rows: text.rows };
  return { kind: 'field', label, value: text, empty: false, ...extra };
}

function teamField(inputs: AgreementInputs, field: string): AgreementBlock {
  const { t } = inputs;
  const known: Record<string, string | undefined> = {
    organisation: inputs.organisation,
    reference: inputs.caseDetails?.reference,
    madeOn: dateFormat(inputs.lang, { dateStyle: 'long' }).format(inputs.now),
  };
  const value = known[field];
  return {
    kind: 'field',
    label: a(t, `fields.${field}`),
    value: { kind: 'text', text: value ?? a(t, 'notDiscussed') },
    empty: value === undefined,
  };
}

function signatures(t: Translate, familyName: string): AgreementBlock {
  const s = (key: string) => a(t, `signatures.${key}`);
  return {
    kind: 'signatures',
    parties: [
      { heading: s('family'), name: familyName },
      { heading: s('team'), name: '' },
    ],
    labels: { name: s('name'), signature: s('signature'), date: s('date'), byPhone: s('byPhone') },
  };
}

/** The agreement, from the family's answers: every section A to K, "Not discussed yet" where nothing was said. */
export function buildAgreementModel(answers: Answers, inputs: AgreementInputs): AgreementModel {
  const { t, organisation, now, lang } = inputs;
  const yourName = typeof answers['your-name'] === 'string' ? answers['your-name'] : '';
  const sections: AgreementSection[] = AGREEMENT_SECTIONS.map((plan) => ({
    id: plan.id,
    heading: a(t, `sections.${plan.id}`),
    blocks: [
      ...(plan.teamFields ?? []).map((field) => teamField(inputs, field)),
      ...plan.questions
        .map(questionById)
        .filter((q) => applies(FAMILY, q, answers) && mayShow(q, inputs))
        .map((q) => answerBlock(inputs, q, answers)),
      ...paragraphs(inputs, plan, answers),
      ...(plan.id === 'signatures' ? [signatures(t, yourName)] : []),
    ],
  }));
  const reference = inputs.caseDetails?.reference;
  return {
    ...frame(
      inputs,
      yourName
        ? a(t, 'subtitle', { names: isolate(yourName), organisation })
        : a(t, 'subtitleNoName', { organisation }),
      reference ? a(t, 'reference', { reference }) : a(t, 'referenceMissing'),
      a(t, 'made', { date: dateFormat(lang, { dateStyle: 'long' }).format(now) }),
      'fileName',
    ),
    intro: paragraphsOf(t, 'intro'),
    sections,
  };
}

const WRITING_LINES: Partial<Record<Question['type'], number>> = {
  longText: 4,
  list: 5,
  people: 5,
  log: 5,
  contact: 3,
  multiChoice: 2,
};

/** The same sections with space to write by hand, for people who would rather use paper. */
export function buildBlankModel(inputs: AgreementInputs): AgreementModel {
  const { t, organisation } = inputs;
  const blankLine = '____________________';
  const words = questionWords(t, {}, inputs.lang);
  const sections: AgreementSection[] = AGREEMENT_SECTIONS.map((plan) => ({
    id: plan.id,
    heading: a(t, `sections.${plan.id}`),
    blocks: [
      ...(plan.teamFields ?? []).map((field): AgreementBlock => ({
        kind: 'writingSpace',
        label: a(t, `fields.${field}`),
        lines: 1,
      })),
      ...plan.questions
        .map(questionById)
        .filter((q) => !q.sensitive)
        .map((q): AgreementBlock => ({
          kind: 'writingSpace',
          label: words.short(q),
          lines: WRITING_LINES[q.type] ?? 1,
        })),
      ...paragraphs(inputs, plan, {}),
      ...(plan.id === 'signatures' ? [signatures(t, '')] : []),
    ],
  }));
  return {
    ...frame(
      inputs,
      a(t, 'blank.subtitle'),
      a(t, 'reference', { reference: blankLine }),
      a(t, 'made', { date: blankLine }),
      'fileNameBlank',
    ),
    intro: [a(t, 'blank.intro'), ...paragraphsOf(t, 'intro').slice(0, 1), a(t, 'subtitleNoName', { organisation })],
    sections,
  };
}
