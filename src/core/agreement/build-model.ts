// An agreement describes answers of every type: all their rules at once (it loads after the first question).
import '~/core/questions/all-rules';
import { describeAnswer, isAnswered } from '~/core/questions/rules';
import type { AnswerValue, Question, Translate } from '~/core/questions/types';
import { questionWords, type QuestionWords } from '~/core/questions/question-words';
import { dateFormat, isolate } from '~/core/text/text';
import { evaluate, questionsIn } from '~/core/journey/conditions';
import { missingDetails } from './promises';
import { FAMILY, questionById, wordingVariant } from '~/core/journey/family';
import { noneStatementKey, statementKey } from '~/core/journey/schema/keys';
import { applies } from '~/core/journey/journey';
import type { Answers, QuestionId } from '~/core/journey/schema';
import type { SignpostOrganisation, Signposting } from '~/core/journey/signposts';
import type { AgreementBlock, AgreementModel, AgreementSection, FieldValue, OrganisationItem, Says } from './model';
import { AGREEMENT_SECTIONS, type SectionPlan } from './sections';
import { paperNumbers, paperQuestion, paperQuestionIds } from './paper-questions';
import type { Key, KeysUnder, TranslateOptions } from '~/core/words/translate';

/** Details the investigation team gives (the investigator's link fills these in). */
export interface AgreementCaseDetails {
  reference?: string;
  reviewDate?: string;
  leadInvestigator?: string;
  engagementLead?: string;
  deputy?: string;
  outOfHours?: string;
  scope?: string;
  timescales?: string;
  /** Days, as digits: the agreement says it in words ("28 days"). */
  commentDays?: string;
}

export interface AgreementInputs {
  /** Translator with the wizard, ui and agreement namespaces of one locale. */
  t: Translate;
  /** BCP 47 language tag, e.g. "en-GB". */
  lang: string;
  organisation: string;
  pals: { name: string; contact: string };
  /** The trust's own team for families (its patient safety team), printed on paper forms as who to ask. */
  team?: { name: string; contact: string };
  /** Absolute or site-relative address of the support organisations page. */
  supportUrl: string;
  caseDetails?: AgreementCaseDetails;
  /** Organisations that match what the person said; for the paper form, the main ones for the trust's nation. */
  signposting?: Signposting;
  now: Date;
  largePrint: boolean;
  /**
   * Whose copy: the family's own copy never carries private answers; the investigation team's copy
   * carries them only when the person chose that on the final check page.
   */
  copy?: { for: 'family' } | { for: 'team'; includePrivate: boolean };
  /** A numbered version made with the investigation team ("Version 2, agreed on ..."); `now` is when. */
  version?: number;
}

const a = (t: Translate, key: KeysUnder<'agreement:'>, options: TranslateOptions = {}) =>
  t(`agreement:${key}`, options);
/** A translation that may be one paragraph or several. */
const paragraphsOf = (t: Translate, key: KeysUnder<'agreement:'>, options: TranslateOptions = {}): string[] => {
  const value = t(`agreement:${key}`, { returnObjects: true, ...options }) as unknown;
  return Array.isArray(value) ? (value as string[]) : [value as string];
};

/** The parts every document shares: language, reference, date, page footer, PDF details, file name. */
export function frame(
  inputs: AgreementInputs,
  subtitle: string,
  reference: string,
  dateText: string,
  fileName: KeysUnder<'agreement:'>,
) {
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
    ...(inputs.version
      ? {
          versionText: a(t, 'version', {
            number: inputs.version,
            date: dateFormat(lang, { dateStyle: 'long' }).format(now),
          }),
        }
      : {}),
    pageOf: a(t, 'pageOf', { page: '{{page}}', total: '{{total}}', interpolation: { skipOnVariables: true } }),
    meta: {
      author: organisation,
      subject: a(t, 'meta.subject'),
      creator: 'Learn Together Wizard',
      keywords: paragraphsOf(t, 'meta.keywords'),
    },
    labels: { private: a(t, 'private'), toFillIn: a(t, 'toFillIn') },
    fileName: [
      a(t, fileName),
      team && a(t, 'fileNameParts.teamCopy'),
      inputs.version && a(t, 'fileNameParts.version', { version: inputs.version }),
      largePrint && a(t, 'fileNameParts.largePrint'),
      now.toISOString().slice(0, 10),
    ]
      .filter(Boolean)
      .join('-')
      .concat('.pdf'),
    largePrint,
  };
}

function paragraphs(inputs: AgreementInputs, plan: SectionPlan, answers: Answers, blank = false): AgreementBlock[] {
  const { t } = inputs;
  return (plan.paragraphs ?? [])
    .filter((p) => !p.showIf || evaluate(p.showIf, answers, FAMILY.question))
    .flatMap((p) => {
      if (blank && p.key === 'support')
        return supportOnPaper(inputs).map((text): AgreementBlock => ({ kind: 'paragraph', text }));
      // On paper a site-relative path means nothing, so without a full address the page is named instead.
      const key = p.key === 'support' && !/^https?:\/\//.test(inputs.supportUrl) ? 'supportOnSite' : p.key;
      return paragraphsOf(t, `paragraphs.${key}`, {
        url: inputs.supportUrl,
        pals: inputs.pals.name,
        contact: inputs.pals.contact,
      }).map((text): AgreementBlock => ({ kind: 'paragraph', text, says: { key: `paragraphs.${key}` } }));
    });
}

/**
 * A blank form's last word on support: who at the trust to phone (a family on paper may have no internet), and
 * the support page's full address only when there is one to print.
 */
function supportOnPaper(inputs: AgreementInputs): string[] {
  const { t, team, supportUrl } = inputs;
  return [
    ...(team ? [a(t, 'paper.supportHelp', { name: team.name, contact: team.contact })] : []),
    ...(/^https?:\/\//.test(supportUrl) ? paragraphsOf(t, 'paragraphs.support', { url: supportUrl }) : []),
  ];
}
/** Which of the agreement's words a block says: its key under agreement:, and the answer put into it. */
const says = (key: Key, answer?: string): Says => ({
  key: key.slice('agreement:'.length),
  ...(answer === undefined ? {} : { answer }),
});

/** Private answers reach only the investigation team's copy, and only when the person chose so. */
const mayShow = (question: Question, inputs: AgreementInputs) =>
  !question.sensitive || (inputs.copy?.for === 'team' && inputs.copy.includePrivate);

/** "None of these", or "No one else": an answer that says there is nothing to list. */
function saysNone(question: Question, value: AnswerValue): boolean {
  if (question.type === 'people') return Boolean((value as { noOneElse?: boolean }).noOneElse);
  if (question.type === 'multiChoice' && question.exclusiveOption) {
    const { choices } = value as { choices: string[] };
    return choices.length === 1 && choices[0] === question.exclusiveOption;
  }
  return false;
}

/** One answer as what was agreed: a sentence (one per option for choices), then the person's words. */
function statement(
  inputs: AgreementInputs,
  words: QuestionWords,
  question: Question,
  value: AnswerValue,
  context: Record<string, unknown>,
): AgreementBlock {
  const key = statementKey(question);
  const flag = question.sensitive ? { private: true } : {};
  const none = saysNone(question, value) ? inputs.t(noneStatementKey(question), { ...context, defaultValue: '' }) : '';
  if (none) return { kind: 'statement', text: none, ...flag, says: says(noneStatementKey(question)) };
  if (question.type === 'singleChoice' || question.type === 'yesNo') {
    const choice = typeof value === 'string' ? value : (value as { choice: string }).choice;
    const other = typeof value === 'object' && 'other' in value ? value.other : undefined;
    const text = inputs.t(statementKey(question, choice), context);
    return {
      kind: 'statement',
      text,
      ...(other ? { value: { kind: 'text', text: other } } : {}),
      ...flag,
      says: says(statementKey(question, choice)),
    };
  }
  const described = describeAnswer(question, value, words);
  if (described.kind === 'table')
    return {
      kind: 'table',
      caption: inputs.t(key, context),
      headers: described.headers,
      rows: described.rows,
      says: says(key),
    };
  // Isolated like the names, so a stray direction override in an answer stops at the end of the answer.
  const answer = described.kind === 'text' ? isolate(described.text) : described.items.map(isolate).join(', ');
  const sentence = inputs.t(key, { ...context, answer });
  if (inputs.t(key).includes('{{answer}}'))
    return { kind: 'statement', text: sentence, ...flag, says: says(key, answer) };
  const shown: FieldValue = described.kind === 'text' ? { kind: 'text', text: described.text } : described;
  return { kind: 'statement', text: sentence, value: shown, ...flag, says: says(key) };
}

/** A choice question's note (the interpreter's language, the best times) is a sentence of its own, after the choices. */
function statementsOf(
  inputs: AgreementInputs,
  words: QuestionWords,
  question: Question,
  value: AnswerValue,
  context: Record<string, unknown>,
): AgreementBlock[] {
  if (question.type !== 'multiChoice' || !question.note) return [statement(inputs, words, question, value, context)];
  const { note, ...choices } = value as { choices: string[]; note?: string };
  const blocks = choices.choices.length ? [statement(inputs, words, question, choices, context)] : [];
  if (!note || !isAnswered(question, { choices: choices.choices, note })) return blocks;
  const key = `agreement:statements.${question.id}-note` as Key;
  const sentence = inputs.t(key, { ...context, answer: isolate(note) });
  const flag = { ...(question.sensitive ? { private: true } : {}), says: says(key, isolate(note)) };
  if (inputs.t(key).includes('{{answer}}')) return [...blocks, { kind: 'statement', text: sentence, ...flag }];
  return [...blocks, { kind: 'statement', text: sentence, value: { kind: 'text', text: note }, ...flag }];
}

/**
 * A question that is not asked because the answer it follows was not given (skipped, or not reached): the
 * agreement says it has not been discussed yet, rather than leaving it out as if it did not matter. Not for
 * the questions that choose between forms of the same thing: who is filling this in and whether the person
 * has died choose the wording, and who the main contact is chooses whose details are asked (always one).
 */
function waitsOnUnanswered(question: Question, answers: Answers): boolean {
  if (!question.showIf) return false;
  return questionsIn(question.showIf).some((id) => {
    const asked = questionById(id as QuestionId);
    return (
      !CHOOSES_A_FORM.includes(id) &&
      applies(FAMILY, asked, answers) &&
      !isAnswered(asked, answers[id as keyof Answers])
    );
  });
}
const CHOOSES_A_FORM = ['who-is-filling-in', 'patient-alive', 'main-contact-who'];

function teamField(inputs: AgreementInputs, field: KeysUnder<'agreement:fields.'>): AgreementBlock {
  const days = inputs.caseDetails?.commentDays;
  const known: Record<string, string | undefined> = {
    ...inputs.caseDetails,
    commentDays: days ? a(inputs.t, 'fields.commentDaysValue', { count: Number(days) }) : undefined,
    organisation: inputs.organisation,
    madeOn: dateFormat(inputs.lang, { dateStyle: 'long' }).format(inputs.now),
  };
  const value = known[field];
  return {
    kind: 'teamField',
    label: a(inputs.t, `fields.${field}`),
    ...(value ? { value } : {}),
    says: { key: `fields.${field}` },
  };
}

function signatures(t: Translate, familyName: string): AgreementBlock {
  const s = (key: KeysUnder<'agreement:signatures.'>) => a(t, `signatures.${key}`);
  return {
    kind: 'signatures',
    parties: [
      { heading: s('family'), name: familyName },
      { heading: s('team'), name: '' },
    ],
    labels: { name: s('name'), signature: s('signature'), date: s('date'), byPhone: s('byPhone') },
  };
}

function organisations(inputs: AgreementInputs, intro: KeysUnder<'agreement:'>): AgreementBlock[] {
  const items = inputs.signposting?.organisations ?? [];
  if (items.length === 0) return [];
  const day = (iso: string) => dateFormat(inputs.lang, { dateStyle: 'long' }).format(new Date(`${iso}T12:00:00Z`));
  const brief = ({ name, phone, website, address, checked }: SignpostOrganisation): OrganisationItem => ({
    name,
    website,
    ...(phone ? { phone } : {}),
    ...(address ? { address } : {}),
    // Only what was checked is said to be: with no phone number or address there is nothing on paper to check.
    ...(checked && (phone || address) ? { checked: a(inputs.t, 'paper.checked', { date: day(checked) }) } : {}),
  });
  return [{ kind: 'organisations', intro: a(inputs.t, intro), items: items.map(brief) }];
}

/** Who the agreement is between and about, as every wording of it names them. */
export function namesIn(answers: Answers, t: Translate): { yourName: string; patientName: string } {
  return {
    yourName: typeof answers['your-name'] === 'string' ? answers['your-name'] : '',
    patientName: typeof answers['patient-name'] === 'string' ? isolate(answers['patient-name']) : a(t, 'thePatient'),
  };
}

/** The agreement, from the family's answers: what was agreed, section by section, in sentences to the person. */
export function buildAgreementModel(answers: Answers, inputs: AgreementInputs): AgreementModel {
  const { t, organisation, now, lang } = inputs;
  const words = questionWords(t, answers, lang);
  const { yourName, patientName } = namesIn(answers, t);
  const context = { context: wordingVariant(answers), patientName };
  const missing = missingDetails(answers);
  const sections: AgreementSection[] = AGREEMENT_SECTIONS.map((plan) => {
    const stated = plan.questions
      .map(questionById)
      .filter((q) => mayShow(q, inputs))
      .flatMap((q): AgreementBlock[] => {
        if (!applies(FAMILY, q, answers))
          return waitsOnUnanswered(q, answers)
            ? [{ kind: 'teamField', label: words.short(q), value: a(t, 'notDiscussed'), says: { key: 'notDiscussed' } }]
            : [];
        const value = answers[q.id as keyof Answers];
        if (value === undefined || !isAnswered(q, value)) return [];
        const needs = (missing.get(q.id as QuestionId) ?? []).map((need): AgreementBlock => ({
          kind: 'teamField',
          label: a(t, `needs.${need}`),
          says: { key: `needs.${need}` },
        }));
        return [...statementsOf(inputs, words, q, value, context), ...needs];
      });
    const team = (plan.teamFields ?? []).map((field) => teamField(inputs, field));
    const fixed = paragraphs(inputs, plan, answers);
    const blocks = [
      ...team,
      ...stated,
      ...(plan.signposts ? organisations(inputs, 'organisationsIntro') : []),
      ...fixed,
    ];
    // A team detail nobody has filled in yet is not something agreed.
    const agreed = blocks.filter((b) => b.kind !== 'teamField' || b.value !== undefined);
    const empty = agreed.length === 0 && plan.id !== 'signatures';
    return {
      id: plan.id,
      heading: a(t, `sections.${plan.id}`),
      blocks: [
        ...blocks,
        ...(empty ? [{ kind: 'paragraph' as const, text: a(t, 'notAgreedYet'), says: { key: 'notAgreedYet' } }] : []),
        ...(plan.id === 'signatures' ? [signatures(t, yourName)] : []),
      ],
    };
  });
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

/** Which blank paper form: the family's own, or the agreement from both sides with the team's part, for a meeting. */
export type BlankForm = 'family' | 'bothSides';

/**
 * The same sections as a paper form a liaison officer can hand over: the real questions in plain words,
 * boxes to tick, lines to write on, the support organisations with their phone numbers, and a sheet at
 * the end for more room. The form from both sides gathers the team's details into a part of their own.
 */
export function buildBlankModel(inputs: AgreementInputs, form: BlankForm = 'family'): AgreementModel {
  const { t, organisation, team } = inputs;
  const blankLine = '____________________';
  const words = questionWords(t, {}, inputs.lang);
  const numbers = paperNumbers();
  const bothSides = form === 'bothSides';
  const teamLines = (fields: readonly KeysUnder<'agreement:fields.'>[]) =>
    fields.map((field): AgreementBlock => ({ kind: 'writingSpace', label: a(t, `fields.${field}`), lines: 1 }));
  const familySections: AgreementSection[] = AGREEMENT_SECTIONS.map((plan) => ({
    id: plan.id,
    heading: a(t, `sections.${plan.id}`),
    blocks: [
      ...(bothSides ? [] : teamLines(plan.teamFields ?? [])),
      ...paperQuestionIds(plan).flatMap((id) => paperQuestion(words, questionById(id), numbers, inputs.largePrint)),
      ...(plan.signposts ? organisations(inputs, 'paper.organisationsIntro') : []),
      ...paragraphs(inputs, plan, {}, true),
      ...(plan.id === 'signatures' ? [signatures(t, '')] : []),
    ],
  }));
  const teamPart: AgreementSection = {
    id: 'team-part',
    heading: a(t, 'bothSides.teamHeading'),
    blocks: teamLines([...AGREEMENT_SECTIONS.flatMap((plan) => plan.teamFields ?? []), ...TEAM_PROMISES]),
  };
  const sections = bothSides ? [...familySections.slice(0, -1), teamPart, ...familySections.slice(-1)] : familySections;
  const contact = team ? [a(t, 'blank.contact', { name: team.name, organisation, contact: team.contact })] : [];
  return {
    ...frame(
      inputs,
      a(t, bothSides ? 'bothSides.subtitle' : 'blank.subtitle'),
      a(t, 'reference', { reference: blankLine }),
      a(t, 'made', { date: blankLine }),
      bothSides ? 'fileNameBothSides' : 'fileNameBlank',
    ),
    intro: [
      a(t, bothSides ? 'bothSides.intro' : 'blank.intro'),
      ...paragraphsOf(t, 'intro').slice(0, 1),
      a(t, 'subtitleNoName', { organisation }),
      ...contact,
    ],
    sections: [...sections, continuationSheet(t, inputs.largePrint)],
    blankForm: true,
  };
}

/** What the team agrees to at the meeting beyond the details the agreement's sections already ask for. */
const TEAM_PROMISES = ['updateEvery', 'firstReply'] as const;

/** A sheet of lines at the end of a blank form, for answers that need more room: two sheets in large print. */
function continuationSheet(t: Translate, largePrint: boolean): AgreementSection {
  return {
    id: 'more-room',
    heading: a(t, 'paper.continuation.heading'),
    newPage: true,
    blocks: [
      { kind: 'writingSpace', label: a(t, 'paper.continuation.text'), lines: 20, fillPages: largePrint ? 2 : 1 },
    ],
  };
}
