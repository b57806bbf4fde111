import type { Stage } from '~/core/journey/schema';
import { stageKey } from '~/core/journey/schema/keys';
import { ContentNote } from '~/ui/shell/ContentNote';
import type { PageProps } from '~/ui/page-props';

interface Props extends PageProps {
  stage: Stage;
  caption: string;
}

/** Before a stage's first question: what the stage is for, its guidance page, and a note before hard content. */
export function StageIntroPage({ stage, caption, ...props }: Props) {
  const { t, send, headingRef, siteBase } = props;
  const w = (part: Parameters<typeof stageKey>[1]) =>
    t(stageKey(stage.id, part), { context: undefined, defaultValue: '' });
  return (
    <>
      <span class="ltw-caption">{caption}</span>
      <h1 tabIndex={-1} ref={headingRef}>
        {w('title')}
      </h1>
      <p>{w('intro')}</p>
      {stage.later && <p>{w('later')}</p>}
      {stage.contentNote && <ContentNote label={t('ui:contentNote.label')} text={w('contentNote')} />}
      <p>
        <a href={`${siteBase}${stage.guidance}/`}>{t('ui:intro.guidance')}</a>
      </p>
      <p>{t('ui:intro.skipAnything')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'CONTINUE' });
        }}
      >
        <button type="submit" class="ltw-button">
          {t('ui:intro.start')}
        </button>
      </form>
    </>
  );
}
