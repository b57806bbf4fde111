import { useState } from 'preact/hooks';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { TextField } from '~/ui/form/TextField';
import { Hint } from '~/ui/form/Hint';
import { RadioItems } from '~/ui/form/RadioItems';
import type { QuestionProps } from './question-props';
import { useFocusAfterRender } from './use-focus-after-render';
import { LimitReached, addedStatus } from './LimitReached';
import { newListItemId } from '~/core/questions/list/rules';
import { COMMENT_KINDS, type DraftComment, type DraftCommentsAnswer } from '~/core/questions/draft-comments/rules';
import { replyTo } from '~/core/questions/draft-comments/replies';

/** Stage 4: comments on the draft, each of a kind and with where in the draft; the team's reply beside each. */
export function DraftCommentsQuestion({
  question,
  value,
  onChange,
  words,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'draftComments'>) {
  const { t } = words;
  const id = question.id;
  const [firstId] = useState(newListItemId);
  const comments: DraftComment[] = value?.comments.length ? value.comments : [{ id: firstId, text: '' }];
  const answer: DraftCommentsAnswer = { ...value, comments };
  const [status, setStatus] = useState('');
  const focusLater = useFocusAfterRender();
  const update = (next: DraftComment[]) => onChange({ ...answer, comments: next });
  const change = (index: number, part: Partial<DraftComment>) =>
    update(comments.map((c, i) => (i === index ? { ...c, ...part } : c)));
  const name = (index: number) => t('ui:comments.item', { number: index + 1 });
  const limit = t('ui:comments.limit', { max: question.maxComments });
  return (
    <>
      <span class="ltw-caption">{caption}</span>
      <h1 tabIndex={-1} ref={headingRef}>
        {words.label(question)}
      </h1>
      <Hint id={`${id}-hint`} text={words.hint(question)} />
      <ErrorMessage id={`${id}-error`} prefix={t('ui:errorPrefix')} text={errorFor('')} />
      <ol class="ltw-list-items">
        {comments.map((comment, index) => {
          const number = index + 1;
          const rowId = `${id}-${number}`;
          const textError = errorFor(`${number}-text`);
          const whereError = errorFor(`${number}-where`);
          const reply = replyTo(answer, comment);
          return (
            <li class="ltw-list-items__item" key={comment.id}>
              <fieldset class="ltw-fieldset ltw-fieldset--nested">
                <legend class="ltw-fieldset__legend ltw-fieldset__legend--s">{name(index)}</legend>
                <p class="ltw-label ltw-label--s" id={`${rowId}-kind-label`}>
                  {t('ui:comments.kindQuestion')}
                </p>
                <div role="group" aria-labelledby={`${rowId}-kind-label`}>
                  <RadioItems
                    name={`${rowId}-kind`}
                    small
                    options={COMMENT_KINDS.map((k) => ({ id: k, label: t(`ui:comments.kind.${k}`) }))}
                    value={comment.kind}
                    onChange={(kind) => change(index, { kind: kind as DraftComment['kind'] })}
                  />
                </div>
                <TextField
                  id={`${rowId}-where`}
                  label={t('ui:comments.where')}
                  value={comment.where ?? ''}
                  onInput={(where) => change(index, { where })}
                  error={whereError}
                  errorPrefix={t('ui:errorPrefix')}
                />
                <TextField
                  id={`${rowId}-text`}
                  label={t('ui:comments.text')}
                  value={comment.text}
                  onInput={(text) => change(index, { text })}
                  error={textError}
                  errorPrefix={t('ui:errorPrefix')}
                  rows={4}
                />
                {reply && (
                  <div class="ltw-inset" id={`${rowId}-reply`}>
                    <p>
                      <strong>{t('ui:comments.teamReply', { number: reply.reply.number })}</strong>{' '}
                      {t(`ui:comments.decision.${reply.response.decision}`)}
                    </p>
                    {reply.response.reason && <p dir="auto">{reply.response.reason}</p>}
                    {reply.changedSince && <p>{t('ui:comments.changedSince', { number: reply.reply.toVersion })}</p>}
                  </div>
                )}
                {comments.length > 1 && (
                  <button
                    type="button"
                    class="ltw-button ltw-button--small ltw-button--warning"
                    id={`${rowId}-remove`}
                    onClick={() => {
                      update(comments.filter((_, i) => i !== index));
                      setStatus(t('ui:list.removed', { what: name(index) }));
                      focusLater(`${id}-add`);
                    }}
                  >
                    {t('ui:list.remove')}
                    <span class="ltw-visually-hidden"> {name(index)}</span>
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {comments.length < question.maxComments ? (
        <button
          type="button"
          class="ltw-button ltw-button--secondary"
          id={`${id}-add`}
          onClick={() => {
            update([...comments, { id: newListItemId(), text: '' }]);
            setStatus(
              addedStatus(
                t('ui:list.added', { what: name(comments.length) }),
                comments.length + 1,
                question.maxComments,
                limit,
              ),
            );
            focusLater(`${id}-${comments.length + 1}-text`);
          }}
        >
          {t('ui:comments.add')}
        </button>
      ) : (
        <LimitReached id={`${id}-limit`} text={limit} />
      )}
      <div class="ltw-visually-hidden" role="status">
        {status}
      </div>
    </>
  );
}
