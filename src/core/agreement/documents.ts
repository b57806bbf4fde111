// An agreement describes answers of every type: all their rules at once (it loads after the first question).
import '~/core/questions/all-rules';
import { describeAnswer, isAnswered } from '~/core/questions/rules';
import { formatDate } from '~/core/questions/date/rules';
import type { DraftCommentsAnswer, SentComments } from '~/core/questions/draft-comments/rules';
import { replyTo, teamLedgerNotes } from '~/core/questions/draft-comments/replies';
import { ledgerRows, sourceList } from '~/core/questions/ledger/rules';
import { questionWords } from '~/core/questions/question-words';
import { dateFormat, isolate } from '~/core/text/text';
import { FAMILY } from '~/core/journey/family';
import type { ContactMethod } from '~/core/cases/record';
import type { Answers } from '~/core/journey/schema';
import { buildAgreementModel, frame, type AgreementInputs } from './build-model';
import type { AgreementBlock, AgreementModel, AgreementSection } from './model';
import type { Key, KeysUnder, TranslateOptions } from '~/core/words/translate';

const CONTACT_METHOD_WORDS = {
  phone: 'agreement:contacts.method.phone',
  video: 'agreement:contacts.method.video',
  meeting: 'agreement:contacts.method.meeting',
  email: 'agreement:contacts.method.email',
  letter: 'agreement:contacts.method.letter',
  text: 'agreement:contacts.method.text',
  other: 'agreement:contacts.method.other',
} as const satisfies Record<ContactMethod, Key>;
/** A method from a newer version of the team's file is shown as it came. */
const contactMethodWords = (inputs: AgreementInputs, method: string) =>
  Object.hasOwn(CONTACT_METHOD_WORDS, method) ? inputs.t(CONTACT_METHOD_WORDS[method as ContactMethod]) : method;

/*
 * The documents of stages 3 to 5, in the same model as the agreement so the same two renderers draw
 * them (the HTML page and the tagged PDF): "Our comments on the draft report", and the record a family
 * keeps of their whole involvement. Built only from what the person wrote and chose; private answers
 * follow the agreement's rules (the family's copy never carries them).
 */

const d = (inputs: AgreementInputs, key: KeysUnder<'agreement:documents.'>, options: TranslateOptions = {}) =>
  inputs.t(`agreement:documents.${key}`, options);
const day = (inputs: AgreementInputs, iso: string) =>
  dateFormat(inputs.lang, { dateStyle: 'long' }).format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
const comments = (answers: Answers) => answers['draft-comments'];

function documentFrame(inputs: AgreementInputs, answers: Answers, kind: 'comments' | 'record') {
  const yourName = typeof answers['your-name'] === 'string' ? answers['your-name'] : '';
  const reference = inputs.caseDetails?.reference;
  const base = frame(
    inputs,
    yourName
      ? d(inputs, `${kind}.subtitle`, { name: isolate(yourName), organisation: inputs.organisation })
      : d(inputs, `${kind}.subtitleNoName`, { organisation: inputs.organisation }),
    reference ? inputs.t('agreement:reference', { reference }) : inputs.t('agreement:referenceMissing'),
    inputs.t('agreement:made', { date: dateFormat(inputs.lang, { dateStyle: 'long' }).format(inputs.now) }),
    'fileName',
  );
  return {
    ...base,
    title: d(inputs, `${kind}.title`),
    meta: { ...base.meta, subject: d(inputs, `${kind}.title`) },
    fileName: [
      d(inputs, `${kind}.fileName`),
      inputs.largePrint && inputs.t('agreement:fileNameParts.largePrint'),
      inputs.now.toISOString().slice(0, 10),
    ]
      .filter(Boolean)
      .join('-')
      .concat('.pdf'),
  };
}

/** The family's questions, one row each: answered or not, where in the draft (theirs and the team's), a note. */
function ledgerSection(inputs: AgreementInputs, answers: Answers): AgreementSection {
  const words = questionWords(inputs.t, answers, inputs.lang);
  const rows = ledgerRows(sourceList(words, 'family-questions'), answers['question-ledger']);
  const team = teamLedgerNotes(answers);
  const status = (s: KeysUnder<'ui:ledger.status.'> | undefined) => inputs.t(`ui:ledger.status.${s ?? 'unmarked'}`);
  const note = answers['question-ledger']?.note;
  // The team's column only once the team has said where the draft answers something.
  const columns: KeysUnder<'agreement:documents.ledger.headers.'>[] = [
    'question',
    'status',
    'where',
    ...(team.size ? (['teamWhere'] as const) : []),
    'note',
  ];
  const blocks: AgreementBlock[] = rows.length
    ? [
        {
          kind: 'table',
          caption: d(inputs, 'ledger.caption'),
          headers: columns.map((h) => d(inputs, `ledger.headers.${h}`)),
          rows: rows.map((r, i) => [
            `${i + 1}. ${r.question}`,
            status(r.status),
            r.where ?? '',
            ...(team.size ? [team.get(r.id) ?? ''] : []),
            r.note ?? '',
          ]),
        },
      ]
    : [{ kind: 'paragraph', text: d(inputs, 'ledger.none') }];
  if (note) blocks.push({ kind: 'statement', text: d(inputs, 'ledger.overall'), value: { kind: 'text', text: note } });
  return { id: 'question-ledger', heading: d(inputs, 'ledger.heading'), blocks };
}

/** The questions still open at stage 5, with where the family would like to take each. */
function openSection(inputs: AgreementInputs, answers: Answers): AgreementSection | undefined {
  const question = FAMILY.question('open-questions')!;
  const value = answers['open-questions'];
  if (!value || !isAnswered(question, value)) return undefined;
  const described = describeAnswer(question, value, questionWords(inputs.t, answers, inputs.lang));
  if (described.kind !== 'table') return undefined;
  return {
    id: 'open-questions',
    heading: d(inputs, 'open.heading'),
    blocks: [{ kind: 'table', caption: d(inputs, 'open.caption'), headers: described.headers, rows: described.rows }],
  };
}

const kindOf = (inputs: AgreementInputs, kind: KeysUnder<'ui:comments.kind.'> | undefined) =>
  kind ? inputs.t(`ui:comments.kind.${kind}`) : '';

/** One set of comments as a table; with the team's reply beside each comment when there is one. */
function commentsTable(
  inputs: AgreementInputs,
  answer: DraftCommentsAnswer,
  round: SentComments | undefined,
): AgreementBlock {
  const list = round ? round.comments : answer.comments;
  const withReplies = Boolean(round && answer.replies?.some((r) => r.toVersion === round.number));
  const headers: KeysUnder<'agreement:documents.comments.headers.'>[] = [
    'number',
    'kind',
    'where',
    'comment',
    ...(withReplies ? (['reply'] as const) : []),
  ];
  return {
    kind: 'table',
    caption: round
      ? d(inputs, 'comments.sentCaption', { number: round.number, date: day(inputs, round.sentAt) })
      : d(inputs, 'comments.caption'),
    headers: headers.map((h) => d(inputs, `comments.headers.${h}`)),
    rows: list.map((c, i) => {
      const reply = withReplies
        ? replyTo({ ...answer, replies: answer.replies?.filter((r) => r.toVersion === round!.number) }, c)
        : undefined;
      return [
        String(i + 1),
        kindOf(inputs, c.kind),
        c.where ?? '',
        c.text,
        ...(withReplies
          ? [
              reply
                ? [inputs.t(`ui:comments.decision.${reply.response.decision}`), reply.response.reason]
                    .filter(Boolean)
                    .join('. ')
                : d(inputs, 'comments.noReply'),
            ]
          : []),
      ];
    }),
  };
}

function moreTimeBlocks(inputs: AgreementInputs, answers: Answers, reason: string | undefined): AgreementBlock[] {
  if (answers['need-more-time'] !== 'yes' && reason === undefined) return [];
  const why = reason ?? answers['more-time-reason'];
  return [
    {
      kind: 'statement',
      text: d(inputs, 'comments.moreTime'),
      ...(why ? { value: { kind: 'text' as const, text: why } } : {}),
    },
  ];
}

/** "Our comments on the draft report": what the family is sending now, with their questions. */
export function buildCommentsModel(answers: Answers, inputs: AgreementInputs): AgreementModel {
  const answer = comments(answers) ?? { comments: [] };
  const due = answers['comments-due'];
  return {
    ...documentFrame(inputs, answers, 'comments'),
    intro: [
      d(inputs, 'comments.intro'),
      ...(due && 'year' in due ? [d(inputs, 'comments.due', { date: formatDate(due, inputs.t, inputs.lang) })] : []),
    ],
    sections: [
      {
        id: 'comments',
        heading: d(inputs, 'comments.heading'),
        blocks: [
          answer.comments.length
            ? commentsTable(inputs, answer, undefined)
            : { kind: 'paragraph', text: d(inputs, 'comments.none') },
          ...moreTimeBlocks(inputs, answers, undefined),
        ],
      },
      ledgerSection(inputs, answers),
    ],
  };
}

/** Every contact the family logged and every contact date the team sent back, oldest first. */
function contactsSection(inputs: AgreementInputs, answers: Answers): AgreementSection {
  const own = (answers['updates-received']?.entries ?? []).map((e) => {
    const iso =
      e.date.year && e.date.month && e.date.day
        ? `${e.date.year}-${e.date.month.padStart(2, '0')}-${e.date.day.padStart(2, '0')}`
        : '';
    return { iso, row: [formatDate(e.date, inputs.t, inputs.lang), d(inputs, 'contacts.fromYou'), e.note] };
  });
  const team = (comments(answers)?.replies ?? []).flatMap((r) =>
    r.contacts.map((c) => ({
      iso: c.date,
      row: [day(inputs, c.date), d(inputs, 'contacts.fromTeam'), contactMethodWords(inputs, c.method)],
    })),
  );
  const seen = new Set<string>();
  const rows = [...own, ...team]
    .filter((r) => {
      const key = JSON.stringify(r.row);
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => a.iso.localeCompare(b.iso))
    .map((r) => r.row);
  return {
    id: 'contacts',
    heading: d(inputs, 'contacts.heading'),
    blocks: rows.length
      ? [
          {
            kind: 'table',
            caption: d(inputs, 'contacts.caption'),
            headers: (['date', 'who', 'what'] as const).map((h) => d(inputs, `contacts.headers.${h}`)),
            rows,
          },
        ]
      : [{ kind: 'paragraph', text: d(inputs, 'contacts.none') }],
  };
}

/**
 * The record a family keeps: the agreement, their questions and what became of them, each round of
 * comments with the team's replies, and the contacts, in one document to hand to a solicitor, an
 * advocate or a coroner's officer as it is.
 */
export function buildRecordModel(
  answers: Answers,
  inputs: AgreementInputs & { agreementMadeAt?: string | null },
): AgreementModel {
  const agreement = buildAgreementModel(answers, inputs);
  const answer = comments(answers);
  const rounds = answer?.sent ?? [];
  const open = openSection(inputs, answers);
  const commentBlocks: AgreementBlock[] = [
    ...rounds.flatMap((round) => [
      commentsTable(inputs, answer!, round),
      ...moreTimeBlocks(inputs, {}, round.moreTime),
    ]),
    ...(answer?.replies ?? [])
      .filter((r) => r.moreTime)
      .map((r) => ({
        kind: 'statement' as const,
        text: d(inputs, 'comments.moreTimeReply', { number: r.number }),
        value: { kind: 'text' as const, text: r.moreTime! },
      })),
  ];
  if (!rounds.length && answer?.comments.length) commentBlocks.push(commentsTable(inputs, answer, undefined));
  return {
    ...documentFrame(inputs, answers, 'record'),
    intro: [
      d(inputs, 'record.intro'),
      inputs.agreementMadeAt
        ? d(inputs, 'record.agreementMade', { date: day(inputs, inputs.agreementMadeAt) })
        : d(inputs, 'record.agreementNotMade'),
    ],
    sections: [
      ...agreement.sections.filter((s) => s.id !== 'signatures'),
      ledgerSection(inputs, answers),
      ...(open ? [open] : []),
      {
        id: 'comments',
        heading: d(inputs, 'comments.recordHeading'),
        blocks: commentBlocks.length ? commentBlocks : [{ kind: 'paragraph', text: d(inputs, 'comments.none') }],
      },
      contactsSection(inputs, answers),
    ],
  };
}
