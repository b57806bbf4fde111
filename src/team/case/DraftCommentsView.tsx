import { useState } from 'preact/hooks';
import type { DraftRound } from '~/core/cases/record';
import { DECISIONS, type Decision } from '~/core/questions/draft-comments/rules';
import { readCommentsFile, type CommentsFile } from '~/core/formats/draft-exchange';
import { makeReply, type ReplyProblem } from '~/core/formats/draft-reply';
import { downloadFile } from '~/browser/download-file';
import { dateFormat, isolate } from '~/core/text/text';
import { caseDetailsFromAnswers } from '~/core/cases/case-details-from-answers';
import { misplaced } from '~/team/case-files';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import { RadioItems } from '~/ui/form/RadioItems';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { TextField } from '~/ui/form/TextField';
import { FileOpenForm, type Checked, type CaseFileProblem } from './FileOpenForm';
import type { CaseViewProps } from '~/team/view-props';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

/**
 * The family's comments on the draft report, as their files brought them, and the team's reply: for
 * each comment accepted, partly accepted or not, with a reason; for each of their questions, where the
 * draft answers it. Every file received and every reply made is kept; nothing is overwritten.
 */
export function DraftCommentsView(props: CaseViewProps) {
  const { t, stored, lang } = props;
  const { record } = stored;
  const rounds = record.draftComments ?? [];
  const [pending, setPending] = useState<CommentsFile | null>(null);
  const [made, setMade] = useState<number | null>(null);
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const c = (key: KeysUnder<'investigator:comments.'>, options: TranslateOptions = {}) =>
    t(`investigator:comments.${key}`, options);
  const when = (iso: string) => dateFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
  const saveRound = (round: DraftRound) =>
    props.save({
      ...record,
      draftComments: [...rounds.filter((r) => r.exchange !== round.exchange), round],
    });

  const details = caseDetailsFromAnswers(record.setup.answers, () => '');
  const check = async (text: string): Promise<Checked<CaseFileProblem>> => {
    const read = await readCommentsFile(text);
    if (!read.ok) {
      const kind = ['wrong-kind', 'not-json'].includes(read.error) ? await misplaced(text, 'comments') : undefined;
      return { ok: false, error: kind ?? read.error, ...(read.item ? { values: { number: read.item } } : {}) };
    }
    const { sameFile, referenceMatch } = await import('~/core/formats/file-identity');
    const identity = (file: CommentsFile) => ({ person: file.from, createdAt: file.createdAt, content: file });
    if (rounds.some((r) => r.received.some((x) => sameFile(identity(x.file), identity(read.file)))))
      return { ok: false, error: 'already-added' };
    setPending(read.file);
    const { from, reference } = read.file;
    // Not refused: the team may have corrected the reference after the family had the link.
    const other = referenceMatch(reference, details.reference) === 'different';
    return {
      ok: true,
      preview: [
        from ? c('previewFrom', { name: isolate(from) }) : c('previewNoName'),
        reference ? t('investigator:files.forReference', { reference: isolate(reference) }) : c('previewNoReference'),
        c('preview', { number: read.file.number, count: read.file.comments.length, date: when(read.file.createdAt) }),
      ],
      ...(other
        ? {
            warning: c('otherCase', { reference: isolate(reference!), here: isolate(details.reference!) }),
            anyway: c('addAnyway'),
          }
        : {}),
    };
  };
  const use = () => {
    if (!pending) return false;
    const round: DraftRound = rounds.find((r) => r.exchange === pending.exchange) ?? {
      exchange: pending.exchange,
      received: [],
      replies: [],
      decisions: {},
      where: {},
    };
    const kept = saveRound({
      ...round,
      received: [...round.received, { importedAt: new Date().toISOString(), file: pending, by: props.workingAs }],
    });
    setPending(null);
    return kept;
  };
  const makeFor = async (round: DraftRound) => {
    const reply = await makeReply(round, record.log, new Date(), {
      ...(details.organisation ? { from: details.organisation } : {}),
      ...(details.reference ? { reference: details.reference } : {}),
    });
    setErrors(reply.ok ? [] : reply.problems.map((problem) => problemWords(problem, c)));
    if (!reply.ok) return;
    saveRound({
      ...round,
      replies: [...round.replies, { madeAt: reply.body.createdAt, file: reply.body, by: props.workingAs }],
    });
    downloadFile(`${c('fileName')}-${reply.body.number}.json`, reply.text, 'application/json');
    setMade(reply.body.number);
  };

  return props.page({
    heading: c('title'),
    back: { view: 'case', caseId: record.id },
    errors,
    children: (
      <>
        <p>{c('intro')}</p>
        {rounds.map((round, index) => (
          <Round
            key={round.exchange}
            {...props}
            round={round}
            index={index}
            when={when}
            errors={errors}
            onSave={saveRound}
            onMake={makeFor}
          />
        ))}
        <p role="status" id="reply-made">
          {made !== null && c('made', { number: made })}
        </p>
        <FileOpenForm
          t={t}
          id="comments-file"
          title={c('addTitle')}
          intro={c('addIntro')}
          useLabel={c('addUse')}
          usedText={c('addUsed')}
          check={check}
          use={use}
          noPassphrase
        />
      </>
    ),
  });
}

type Words = (key: KeysUnder<'investigator:comments.'>, options?: TranslateOptions) => string;

/** A problem with the reply, said beside its field and in the error summary. */
function problemWords(problem: ReplyProblem, c: Words): SummaryError {
  switch (problem.code) {
    case 'reason-too-long':
      return {
        href: `#reply-${problem.comment}-reason`,
        text: c('errors.reasonLong', { number: problem.comment, max: problem.max }),
      };
    case 'reason-needed':
      return { href: `#reply-${problem.comment}-reason`, text: c('errors.reasonNeeded', { number: problem.comment }) };
    case 'where-too-long':
      return {
        href: `#where-${problem.question}`,
        text: c('errors.whereLong', { number: problem.question, max: problem.max }),
      };
  }
}

function Round(
  props: CaseViewProps & {
    round: DraftRound;
    index: number;
    when: (iso: string) => string;
    errors: readonly SummaryError[];
    onSave: (round: DraftRound) => void;
    onMake: (round: DraftRound) => Promise<void>;
  },
) {
  const { t, round, when } = props;
  const c = (key: KeysUnder<'investigator:comments.'>, options: TranslateOptions = {}) =>
    t(`investigator:comments.${key}`, options);
  // Every change is saved to the case at once, so what is on screen is always what is kept.
  const draft = round;
  const latest = draft.received.at(-1)!.file;
  const errorFor = (field: string) => props.errors.find((e) => e.href === `#${field}`)?.text;
  const decide = (id: string, part: Partial<{ decision: Decision; reason: string }>) => {
    const next = {
      ...draft,
      decisions: {
        ...draft.decisions,
        [id]: { decision: 'accepted' as Decision, reason: '', ...draft.decisions[id], ...part },
      },
    };
    props.onSave(next);
  };
  const status = (s: KeysUnder<'ui:ledger.status.'> | undefined) => t(`ui:ledger.status.${s ?? 'unmarked'}`);
  return (
    <section class="ltw-section" aria-labelledby={`round-${props.index}-title`}>
      <h2 id={`round-${props.index}-title`}>
        {latest.from ? c('roundFrom', { name: latest.from }) : c('round', { number: props.index + 1 })}
      </h2>
      <p>{c('received', { number: latest.number, date: when(latest.createdAt) })}</p>
      {latest.moreTime !== undefined && (
        <div class="ltw-inset" id={`round-${props.index}-more-time`}>
          <p>
            <strong>{c('moreTime')}</strong>
          </p>
          {latest.moreTime && <p dir="auto">{latest.moreTime}</p>}
        </div>
      )}
      <h3>{c('questionsTitle')}</h3>
      {latest.questions.length === 0 && <p>{c('noQuestions')}</p>}
      {latest.questions.map((q, i) => (
        <div class={errorFor(`where-${i + 1}`) ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'} key={q.id}>
          <p class="ltw-ledger__question" dir="auto">
            <strong>{c('question', { number: i + 1 })}</strong> {q.question}
          </p>
          <p class="ltw-hint">
            {c('familySays', { status: status(q.status) })}
            {q.where ? ` (${q.where})` : ''}
            {q.note ? ` ${q.note}` : ''}
          </p>
          <label class="ltw-label ltw-label--s" for={`where-${i + 1}`}>
            {c('where', { number: i + 1 })}
          </label>
          <ErrorMessage id={`where-${i + 1}-error`} prefix={t('ui:errorPrefix')} text={errorFor(`where-${i + 1}`)} />
          <input
            class="ltw-input"
            id={`where-${i + 1}`}
            type="text"
            dir="auto"
            value={draft.where[q.id] ?? ''}
            onInput={(event) => {
              props.onSave({ ...draft, where: { ...draft.where, [q.id]: event.currentTarget.value } });
            }}
          />
        </div>
      ))}
      <h3>{c('commentsTitle')}</h3>
      <ol class="ltw-list-items">
        {latest.comments.map((comment, i) => {
          const n = i + 1;
          const decision = draft.decisions[comment.id];
          const reasonError = errorFor(`reply-${n}-reason`);
          return (
            <li class="ltw-list-items__item" key={comment.id}>
              <fieldset class="ltw-fieldset ltw-fieldset--nested">
                <legend class="ltw-fieldset__legend ltw-fieldset__legend--s">
                  {c('comment', { number: n })}
                  {comment.kind ? `: ${t(`ui:comments.kind.${comment.kind}`)}` : ''}
                  {comment.where ? ` (${comment.where})` : ''}
                </legend>
                <p dir="auto" class="ltw-inset">
                  {comment.text}
                </p>
                <RadioItems
                  name={`reply-${n}`}
                  small
                  options={DECISIONS.map((d) => ({ id: d, label: t(`ui:comments.decision.${d}`) }))}
                  value={decision?.decision}
                  onChange={(d) => decide(comment.id, { decision: d as Decision })}
                />
                <TextField
                  id={`reply-${n}-reason`}
                  label={c('reason')}
                  value={decision?.reason ?? ''}
                  onInput={(value) => decide(comment.id, { reason: value })}
                  error={reasonError}
                  errorPrefix={t('ui:errorPrefix')}
                  rows={3}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        class="ltw-button"
        id={`make-reply-${props.index}`}
        onClick={() => void props.onMake(draft)}
      >
        {c('make')}
      </button>
      {/* Who added each file and made each reply shows even for the first one. */}
      {draft.received.length > 0 && (
        <>
          <h3>{c('historyTitle')}</h3>
          <ul>
            {draft.received.map((x) => (
              <li key={`in-${x.file.number}-${x.file.createdAt}`}>
                {c('historyIn', { number: x.file.number, date: when(x.importedAt) })}
                {x.by ? ` ${t('investigator:people.addedByShort', { by: x.by })}` : ''}
              </li>
            ))}
            {draft.replies.map((x) => (
              <li key={`out-${x.file.number}`}>
                {c('historyOut', { number: x.file.number, version: x.file.toVersion, date: when(x.madeAt) })}
                {x.by ? ` ${t('investigator:people.madeByShort', { by: x.by })}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
