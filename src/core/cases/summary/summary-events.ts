import type { InvestigatorChecklists } from '~/core/cases/checklists';
import type { CaseRecord, ContactLogEntry, DraftRound } from '~/core/cases/record';
import { cleanText } from '~/core/text/text';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';
import {
  dayInWords,
  emptyRow,
  localTime,
  type SummaryRow,
  type SummarySection,
  type SummaryWords,
} from './summary-row';

/* The rows of each part of the case, from the record as it is kept: nothing here changes it. */

type Words = ReturnType<typeof wordsOf>;

function wordsOf({ t, lang, timeZone }: SummaryWords) {
  const say = (key: KeysUnder<'investigator:summary.'>, options?: TranslateOptions) =>
    t(`investigator:summary.${key}`, options);
  return {
    t,
    say,
    day: (iso: string) => dayInWords(iso, lang),
    /** Who recorded it; entries made before names were kept say so. */
    author: (name: string | undefined) => cleanText(name) || say('notRecorded'),
    /** An instant as the row's own day and time. */
    when: (iso: string) => localTime(iso, timeZone),
    /** An instant as the row's "recorded at". */
    recorded: (iso: string | undefined) => {
      const { date, time } = iso ? localTime(iso, timeZone) : { date: '', time: '' };
      return { recordedDate: date, recordedTime: time };
    },
  };
}

const row = (section: SummarySection, event: string, fields: Partial<SummaryRow>): SummaryRow => ({
  ...emptyRow(section, event),
  ...fields,
});

/** Groups of rows in the order their instants came, each group kept together (a reply and its decisions). */
const inOrder = (groups: { at: string; rows: SummaryRow[] }[]) =>
  [...groups].sort((a, b) => a.at.localeCompare(b.at)).flatMap((group) => group.rows);

/** Every moment that matters in the trust's checklists, stage by stage, with its date or none yet. */
export function touchpointRows(
  record: CaseRecord,
  checklists: InvestigatorChecklists,
  words: SummaryWords,
): SummaryRow[] {
  const { say } = wordsOf(words);
  const listed = checklists.stages.flatMap((stage) =>
    stage.touchpoints.map((touchpoint) => ({ ...touchpoint, stage: stage.stage })),
  );
  const known = new Set<string>(listed.map((touchpoint) => touchpoint.id));
  // A date kept for a moment the trust has since taken out of its checklists is still part of the record.
  const others = Object.keys(record.touchpoints)
    .filter((id) => !known.has(id))
    .map((id) => ({ id, label: id, stage: undefined }));
  return [...listed, ...others].map((touchpoint) =>
    row('touchpoints', touchpoint.stage ? say('events.stage', { number: touchpoint.stage }) : '', {
      text: touchpoint.label,
      date: record.touchpoints[touchpoint.id] ?? '',
    }),
  );
}

/** The contact log, oldest first; a corrected entry is followed by each text it had before, oldest first. */
export function contactRows(record: CaseRecord, words: SummaryWords): SummaryRow[] {
  const w = wordsOf(words);
  const key = (entry: ContactLogEntry) => entry.date + (entry.time ?? '');
  const written = (entry: Omit<ContactLogEntry, 'id' | 'earlier'>, event: string) =>
    row('contacts', event, {
      date: entry.date,
      time: entry.time ?? '',
      method: w.t(`investigator:log.methods.${entry.method}`),
      person: entry.who,
      text: entry.summary,
      by: w.author(entry.by),
      ...w.recorded(entry.at),
    });
  return [...record.log]
    .sort((a, b) => key(a).localeCompare(key(b)))
    .flatMap((entry) => {
      const earlier = entry.earlier ?? [];
      return [
        written(entry, w.say(earlier.length > 0 ? 'events.contactCorrected' : 'events.contact')),
        ...earlier.map((text) => written(text, w.say('events.contactEarlier'))),
      ];
    });
}

/** Each family member, when added and by whom: from their answers file, or typed in from a paper form. */
export function familyRows(record: CaseRecord, names: Map<string, string>, words: SummaryWords): SummaryRow[] {
  const w = wordsOf(words);
  return record.families.map((member) => {
    const paper = member.fromPaper;
    return row('family', w.say('events.memberAdded'), {
      ...w.when(member.importedAt),
      method: w.say(paper ? 'methods.paperForm' : 'methods.answersFile'),
      person: names.get(member.id) ?? '',
      text: paper
        ? w.say('details.paperForm', { date: w.day(paper.on), name: cleanText(paper.by) || w.say('notRecorded') })
        : w.say('details.fileMade', { date: w.day(w.when(member.fileCreatedAt).date) }),
      by: w.author(member.addedBy ?? paper?.by),
      ...w.recorded(member.importedAt),
    });
  });
}

/** Each agreement version: when and by whom it was made, then when and how the family agreed it. */
export function agreementRows(record: CaseRecord, names: Map<string, string>, words: SummaryWords): SummaryRow[] {
  const w = wordsOf(words);
  return inOrder(
    record.versions.map((version) => {
      const person = names.get(version.familyId) ?? '';
      const made = row('agreements', w.say('events.versionMade', { number: version.number }), {
        ...w.when(version.madeAt),
        person,
        text: version.agreed ? '' : w.say('details.agreedNotRecorded'),
        by: w.author(version.madeBy),
        ...w.recorded(version.madeAt),
      });
      const { agreed } = version;
      if (!agreed) return { at: version.madeAt, rows: [made] };
      const event = agreed.how === 'not-yet' ? 'events.versionNotYet' : 'events.versionAgreed';
      // "Not agreed yet" happened when it was recorded; an agreement keeps the day the family agreed.
      const day = agreed.how === 'not-yet' ? w.when(agreed.at) : { date: agreed.on ?? '', time: '' };
      const agreedRow = row('agreements', w.say(event, { number: version.number }), {
        ...day,
        method: w.say(`methods.${agreed.how}`),
        person,
        by: w.author(agreed.by),
        ...w.recorded(agreed.at),
      });
      return { at: version.madeAt, rows: [made, agreedRow] };
    }),
  );
}

/** Each comments file added and each reply made, with the decision on every comment the reply answered. */
export function commentRows(record: CaseRecord, words: SummaryWords): SummaryRow[] {
  const w = wordsOf(words);
  return (record.draftComments ?? []).flatMap((round) =>
    inOrder([
      ...round.received.map((x) => ({
        at: x.importedAt,
        rows: [
          row('comments', w.say('events.commentsReceived', { number: x.file.number }), {
            ...w.when(x.importedAt),
            method: w.say('methods.commentsFile'),
            person: x.file.from ?? '',
            text: [
              w.say('details.comments', { count: x.file.comments.length }),
              ...(x.file.moreTime !== undefined ? [w.say('details.moreTime')] : []),
            ].join(' '),
            by: w.author(x.by),
            ...w.recorded(x.importedAt),
          }),
        ],
      })),
      ...round.replies.map((reply) => ({ at: reply.madeAt, rows: replyRows(round, reply, w) })),
    ]),
  );
}

function replyRows(round: DraftRound, reply: DraftRound['replies'][number], w: Words): SummaryRow[] {
  const answered = round.received.find((x) => x.file.number === reply.file.toVersion)?.file;
  const shared = {
    ...w.when(reply.madeAt),
    person: answered?.from ?? '',
    by: w.author(reply.by),
    ...w.recorded(reply.madeAt),
  };
  const decisions = reply.file.responses.map((response) => {
    const index = answered?.comments.findIndex((comment) => comment.id === response.commentId) ?? -1;
    const comment = answered?.comments[index];
    const lines = [
      ...(comment ? [w.say('details.theirComment', { text: comment.text })] : []),
      w.say('details.decision', { decision: w.t(`ui:comments.decision.${response.decision}`) }),
      ...(response.reason ? [w.say('details.reason', { reason: response.reason })] : []),
    ];
    return row('comments', w.say('events.decision', { number: index + 1 || '?' }), {
      ...shared,
      text: lines.join('\n'),
    });
  });
  return [
    row('comments', w.say('events.reply', { number: reply.file.number }), {
      ...shared,
      method: w.say('methods.replyFile'),
      text: w.say('details.replyTo', { version: reply.file.toVersion }),
    }),
    ...decisions,
  ];
}

/** Each time the case was handed to another owner. */
export function ownerRows(record: CaseRecord, words: SummaryWords): SummaryRow[] {
  const w = wordsOf(words);
  return inOrder(
    (record.history ?? []).map((change) => ({
      at: change.at,
      rows: [
        row('owner', w.say('events.ownerChanged'), {
          ...w.when(change.at),
          text: change.from
            ? w.say('details.ownerFromTo', { from: change.from, to: change.to })
            : w.say('details.ownerTo', { to: change.to }),
          by: w.author(change.by),
          ...w.recorded(change.at),
        }),
      ],
    })),
  );
}
