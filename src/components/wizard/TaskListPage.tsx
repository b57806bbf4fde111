import { STAGES } from '../../wizard/schema';
import { ALL_ANSWERS, SAVE_CHOICE, stageEntry, stageStatus } from '../../wizard/journey';
import type { PageProps } from './page-props';

interface Props extends PageProps {
  /** Shown to a returning visitor: when their answers were last saved. */
  welcomeBack?: { savedAt: string };
  expireDays: number;
  deleteUrl: string;
}

/** The hub (GOV.UK task list): the five stages, each with its status; any stage can be opened any time. */
export function TaskListPage({ context, send, t, headingRef, hrefFor, welcomeBack, expireDays, deleteUrl }: Props) {
  const onDevice = context.saveMode === 'device';
  return (
    <>
      {welcomeBack && (
        <div class="ltw-notification" role="region" aria-labelledby="welcome-back-title">
          <h2 class="ltw-notification__title" id="welcome-back-title">
            {t('hub.welcomeBackTitle')}
          </h2>
          <p>{t('hub.welcomeBackText', { date: welcomeBack.savedAt })}</p>
          <p>{t('hub.expiryText', { days: expireDays })}</p>
          <p>
            <a href={deleteUrl}>{t('hub.notYou')}</a>
          </p>
        </div>
      )}
      <h1 tabIndex={-1} ref={headingRef}>
        {t('hub.title')}
      </h1>
      <p>{t('hub.intro')}</p>
      <h2 class="ltw-visually-hidden">{t('hub.tasksHeading')}</h2>
      <ul class="ltw-task-list">
        {STAGES.map((stage, index) => {
          const status = stageStatus(stage, context);
          const entry = stageEntry(stage, context);
          const statusId = `${stage.id}-status`;
          return (
            <li class="ltw-task-list__item" key={stage.id}>
              <div class="ltw-task-list__name">
                <a
                  class="ltw-task-list__link"
                  href={hrefFor(entry)}
                  aria-describedby={`${stage.id}-hint ${statusId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    send({ type: 'OPEN_STAGE', stageId: stage.id });
                  }}
                >
                  {t('hub.stageLink', { number: index + 1, title: t(`stages.${stage.id}.title`, { ns: 'wizard' }) })}
                </a>
                <div class="ltw-task-list__hint" id={`${stage.id}-hint`}>
                  {t(`stages.${stage.id}.hint`, { ns: 'wizard' })}
                </div>
              </div>
              <div class={`ltw-task-list__status ltw-task-list__status--${status}`} id={statusId}>
                {t(`hub.status.${status}`)}
              </div>
            </li>
          );
        })}
      </ul>
      <p>
        {onDevice ? t('hub.savingDevice') : t('hub.savingTab')}{' '}
        <a
          href={hrefFor(SAVE_CHOICE)}
          onClick={(event) => {
            event.preventDefault();
            send({ type: 'GO_TO', position: SAVE_CHOICE });
          }}
        >
          {t('hub.changeSaving')}
        </a>
      </p>
      <ul class="ltw-link-list">
        <li>
          <a
            href={hrefFor(ALL_ANSWERS)}
            onClick={(event) => {
              event.preventDefault();
              send({ type: 'GO_TO', position: ALL_ANSWERS });
            }}
          >
            {t('hubLink', { ns: 'agreement' })}
          </a>
        </li>
        <li>
          <a href={deleteUrl}>{t('hub.deleteLink')}</a>
        </li>
      </ul>
    </>
  );
}
