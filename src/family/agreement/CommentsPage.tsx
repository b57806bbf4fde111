import { useState } from 'preact/hooks';
import { buildCommentsModel } from '~/core/agreement/documents';
import type { DraftCommentsAnswer } from '~/core/questions/draft-comments/rules';
import { ledgerRows, sourceList, type LedgerAnswer } from '~/core/questions/ledger/rules';
import {
  applyReply,
  markSent,
  readReplyFile,
  writeCommentsFile,
  type ExchangeError,
} from '~/core/formats/draft-exchange';
import { downloadFile } from '~/browser/download-file';
import { dateFormat } from '~/core/text/text';
import { AgreementView } from '~/ui/agreement/AgreementView';
import type { AgreementPageProps } from './AgreementPage';
import { DocumentActions } from './DocumentActions';
import { useSavedTeam } from '~/family/link/use-saved-team';
import { pageLink } from '~/ui/page-props';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

type ReplyMessage =
  | { kind: 'added'; number: number; older: boolean }
  | {
      kind: 'error';
      error: ExchangeError | 'other-exchange' | 'not-sent' | 'already-added' | 'no-file' | 'unreadable';
    };

/**
 * "Our comments on the draft report": the comments as a document to print or download, the file for
 * the team (each one a numbered version, kept), and the team's reply added back, comment by comment.
 */
export function CommentsPage(props: AgreementPageProps) {
  const { context, t, locale, headingRef, send } = props;
  const team = useSavedTeam();
  const [sentNumber, setSentNumber] = useState<number | null>(null);
  const [message, setMessage] = useState<ReplyMessage | null>(null);
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

  const addReply = async (form: HTMLFormElement) => {
    const file = (form.elements.namedItem('reply-file') as HTMLInputElement | null)?.files?.[0];
    if (!file) return setMessage({ kind: 'error', error: 'no-file' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setMessage({ kind: 'error', error: 'unreadable' });
    }
    const read = await readReplyFile(text);
    if (!read.ok) return setMessage({ kind: 'error', error: read.error });
    const applied = applyReply(answer, read.file, new Date());
    if (!applied.ok) return setMessage({ kind: 'error', error: applied.error });
    send({ type: 'RECORD', question: 'draft-comments', value: applied.answer });
    setMessage({ kind: 'added', number: applied.reply.number, older: applied.older });
    form.reset();
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
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void addReply(event.currentTarget);
          }}
        >
          <div class={message?.kind === 'error' ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
            <label class="ltw-label ltw-label--s" for="reply-file">
              {c('replyLabel')}
            </label>
            <div class="ltw-hint" id="reply-file-hint">
              {c('replyHint')}
            </div>
            {message?.kind === 'error' && (
              <p class="ltw-error-message" id="reply-file-error">
                <span class="ltw-visually-hidden">{t('ui:errorPrefix')}</span> {c(`replyError.${message.error}`)}
              </p>
            )}
            <input
              class="ltw-file-upload"
              type="file"
              id="reply-file"
              name="reply-file"
              accept=".json,application/json"
              aria-describedby={message?.kind === 'error' ? 'reply-file-hint reply-file-error' : 'reply-file-hint'}
            />
          </div>
          <button type="submit" class="ltw-button ltw-button--secondary" id="add-reply">
            {c('replyButton')}
          </button>
        </form>
        <p role="status" id="reply-status">
          {message?.kind === 'added' && c(message.older ? 'replyAddedOlder' : 'replyAdded', { number: message.number })}
        </p>

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
