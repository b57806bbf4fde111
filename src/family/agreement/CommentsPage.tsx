import { useRef, useState } from 'preact/hooks';
import { buildCommentsModel } from '~/core/agreement/documents';
import type { DraftCommentsAnswer } from '~/core/questions/draft-comments/rules';
import { ledgerRows, sourceList, type LedgerAnswer } from '~/core/questions/ledger/rules';
import {
  applyReply,
  markSent,
  readReplyFile,
  writeCommentsFile,
  type ApplyReplyResult,
  type ExchangeError,
} from '~/core/formats/draft-exchange';
import type { AppFileKind } from '~/core/formats/file-identity';
import { REPLY_CONTACTS_MAX } from '~/core/questions/draft-comments/rules';
import { FileOpenFlow, type Checked } from '~/ui/form/FileOpenFlow';
import { downloadFile } from '~/browser/download-file';
import { dateFormat, isolate } from '~/core/text/text';
import { AgreementView } from '~/ui/agreement/AgreementView';
import type { AgreementPageProps } from './AgreementPage';
import { DocumentActions } from './DocumentActions';
import { useSavedTeam } from '~/family/link/use-saved-team';
import { pageLink } from '~/ui/page-props';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

/** Why a reply file cannot be added: the file's own problem, another round's, or another of the app's files. */
type ReplyProblem =
  Exclude<ExchangeError, 'too-long'> | 'other-exchange' | 'not-sent' | 'already-added' | `is-${AppFileKind}`;

const replyErrorText = (
  code: ReplyProblem | 'no-file',
  c: (key: KeysUnder<'agreement:commentsPage.'>) => string,
  t: AgreementPageProps['t'],
) =>
  code.startsWith('is-')
    ? t(`ui:fileKinds.${code.slice(3) as AppFileKind}`)
    : c(`replyError.${code as Exclude<ReplyProblem, `is-${string}`> | 'no-file'}`);

/**
 * "Our comments on the draft report": the comments as a document to print or download, the file for
 * the team (each one a numbered version, kept), and the team's reply added back, comment by comment.
 */
export function CommentsPage(props: AgreementPageProps) {
  const { context, t, locale, headingRef, send } = props;
  const team = useSavedTeam();
  const [sentNumber, setSentNumber] = useState<number | null>(null);
  const [added, setAdded] = useState<{ number: number; older: boolean } | null>(null);
  const answer = (context.answers['draft-comments'] as DraftCommentsAnswer | undefined) ?? { comments: [] };
  const inputs = {
    t,
    lang: locale,
    largePrint: false,
    now: new Date(),
    ...props.details,
    ...(team ? { caseDetails: team.fields } : {}),
  };
  const model = buildCommentsModel(context.answers, inputs);
  const c = (key: KeysUnder<'agreement:commentsPage.'>, options: TranslateOptions = {}) =>
    t(`agreement:commentsPage.${key}`, options);
  const when = (iso: string) => dateFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
  const reason = context.answers['more-time-reason'];
  const moreTime = context.answers['need-more-time'] === 'yes' ? (typeof reason === 'string' ? reason : '') : undefined;

  const sendFile = async () => {
    const now = new Date();
    const next = markSent(answer, now, moreTime);
    const round = next.sent!.at(-1)!;
    const words = props.words;
    const text = await writeCommentsFile({
      createdAt: round.sentAt,
      exchange: next.exchange!,
      number: round.number,
      ...(typeof context.answers['your-name'] === 'string' ? { from: context.answers['your-name'] } : {}),
      ...(team?.details.reference ? { reference: team.details.reference } : {}),
      comments: round.comments,
      ...(round.moreTime !== undefined ? { moreTime: round.moreTime } : {}),
      questions: ledgerRows(
        sourceList(words, 'family-questions'),
        context.answers['question-ledger'] as LedgerAnswer | undefined,
      ),
    });
    send({ type: 'RECORD', question: 'draft-comments', value: next });
    downloadFile(`${c('fileName')}-${round.number}.json`, text, 'application/json');
    setSentNumber(round.number);
  };

  // The reply checked and previewed, added only when the person says so.
  const checkedReply = useRef<Extract<ApplyReplyResult, { ok: true }> | null>(null);
  const checkReply = async (text: string): Promise<Checked<ReplyProblem>> => {
    checkedReply.current = null;
    const read = await readReplyFile(text);
    if (!read.ok) {
      const { misplacedKind } = await import('~/core/formats/file-identity');
      const kind = ['wrong-kind', 'not-json'].includes(read.error) ? misplacedKind(text, 'reply') : undefined;
      // Only a comments file can be too long; a reply never is.
      return { ok: false, error: kind ? `is-${kind}` : read.error === 'too-long' ? 'invalid' : read.error };
    }
    // A reply to comments this device never sent cannot be placed beside them: refused, never "anyway".
    const applied = applyReply(answer, read.file, new Date());
    if (!applied.ok) return { ok: false, error: applied.error };
    checkedReply.current = applied;
    const file = read.file;
    const cut = applied.cut;
    return {
      ok: true,
      preview: [
        file.from
          ? c('replyFrom', { number: file.number, name: isolate(file.from) })
          : c('replyFromTeam', { number: file.number }),
        file.reference ? c('replyReference', { reference: isolate(file.reference) }) : c('replyNoReference'),
        c('replyMade', { date: when(file.createdAt), version: file.toVersion }),
        ...(cut?.comments ?? []).map((n) => c('replyCut', { number: n })),
        ...(cut?.contactsLeftOut
          ? [c('replyContactsCut', { count: cut.contactsLeftOut, max: REPLY_CONTACTS_MAX })]
          : []),
        ...(cut?.other ? [c('replyOtherCut')] : []),
        ...(applied.older ? [c('replyOlder')] : []),
      ],
    };
  };
  const useReply = () => {
    const applied = checkedReply.current;
    if (!applied) return false;
    send({ type: 'RECORD', question: 'draft-comments', value: applied.answer });
    setAdded({ number: applied.reply.number, older: applied.older });
    checkedReply.current = null;
  };

  return (
    <>
      <AgreementView model={model} headingRef={headingRef} progressive>
        <div class="ltw-agreement-actions">
          <DocumentActions
            model={model}
            t={t}
            createPdf={props.createPdf}
            idPrefix="comments"
            printLabel={c('print')}
          />
        </div>
      </AgreementView>
      <div class="ltw-agreement-links ltw-no-print">
        <p>
          <a {...pageLink(props, { page: 'step', step: 'draft-comments' })} id="change-comments">
            {c('change')}
          </a>
        </p>
        <h2>{c('sendHeading')}</h2>
        <p>{c('sendText')}</p>
        <button type="button" class="ltw-button" id="send-comments" onClick={() => void sendFile()}>
          {c('sendButton')}
        </button>
        <p role="status" id="send-status">
          {sentNumber !== null && c('sent', { number: sentNumber })}
        </p>

        <h2>{c('replyHeading')}</h2>
        <FileOpenFlow
          t={t}
          ids={{ file: 'reply-file', passphrase: 'reply-passphrase' }}
          fileLabel={c('replyLabel')}
          fileHint={c('replyHint')}
          errorText={(code) => replyErrorText(code, c, t)}
          useLabel={c('replyButton')}
          usedText={added ? c(added.older ? 'replyAddedOlder' : 'replyAdded', { number: added.number }) : ''}
          check={checkReply}
          use={useReply}
          noPassphrase
        />

        {Boolean(answer.sent?.length || answer.replies?.length) && (
          <>
            <h2>{c('historyHeading')}</h2>
            <ul id="comments-history">
              {(answer.sent ?? []).map((s) => (
                <li key={`s${s.number}`}>
                  {c('historySent', { number: s.number, date: when(s.sentAt), count: s.comments.length })}
                </li>
              ))}
              {(answer.replies ?? []).map((r) => (
                <li key={`r${r.number}-${r.repliedAt}`}>
                  {c('historyReply', { number: r.number, version: r.toVersion, date: when(r.receivedAt) })}
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <a {...pageLink(props, { page: 'record' })}>{c('recordLink')}</a>
        </p>
        <p>
          <a {...pageLink(props, { page: 'task-list' })}>{c('backToTasks')}</a>
        </p>
      </div>
    </>
  );
}
