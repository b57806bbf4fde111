import type { PageProps } from '~/ui/page-props';

interface Props extends PageProps {
  noticeId: string;
  caption: string;
  /** Guidance that may help now (for example, when someone has died). */
  guidance?: { href: string; text: string };
}

/** A page that says something and asks nothing, then continues (for example, acknowledging a death). */
export function NoticePage({ noticeId, caption, guidance, ...props }: Props) {
  const { words, send, headingRef } = props;
  const { t } = words;
  return (
    <>
      <span class="ltw-caption">{caption}</span>
      <h1 tabIndex={-1} ref={headingRef}>
        {words.notice(noticeId, 'title')}
      </h1>
      <p>{words.notice(noticeId, 'body')}</p>
      {guidance && (
        <p>
          <a href={guidance.href}>{guidance.text}</a>
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'CONTINUE' });
        }}
      >
        <button type="submit" class="ltw-button">
          {t('ui:continue')}
        </button>
      </form>
    </>
  );
}
