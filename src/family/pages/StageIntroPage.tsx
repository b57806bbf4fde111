import type { Stage } from '~/core/journey/schema';
import { wordingVariant } from '~/core/journey/family';
import { cleanText, isolate } from '~/core/text/text';
import { stageKey } from '~/core/journey/schema/keys';
import { ContentNote } from '~/ui/shell/ContentNote';
import type { PageProps } from '~/ui/page-props';

interface Props extends PageProps {
  stage: Stage;
  caption: string;
}

/** Before a stage's first question: what the stage is for, its guidance page, and a note before hard content. */
export function StageIntroPage({ stage, caption, ...props }: Props) {
  const { t, send, headingRef, siteBase, context } = props;
  const name = context.answers['patient-name'];
  const patient = typeof name === 'string' ? cleanText(name) : '';
  // Worded for whoever is answering: the patient, a family member, someone bereaved, or someone helping.
  const w = (part: Parameters<typeof stageKey>[1]) =>
    t(stageKey(stage.id, part), {
      context: wordingVariant(context.answers),
      patientName: patient ? isolate(patient) : t('ui:thePerson'),
      defaultValue: '',
    });
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
