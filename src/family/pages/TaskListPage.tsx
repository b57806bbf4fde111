import { FAMILY } from '~/core/journey/family';
import { stageEntry, stageStatus } from '~/core/journey/journey';
import { whatComesNext } from '~/core/journey/next';
import { STAGES } from '~/core/journey/schema';
import { stageKey } from '~/core/journey/schema/keys';
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { pageLink, type PageProps } from '~/ui/page-props';
import { LazyPage } from '~/ui/shell/LazyPage';
import { loadMoveAnswers, loadNextUpdate } from './task-list-parts';
import type { NextUpdatePanelProps } from './NextUpdatePanel';
import type { MoveAnswersActions } from '~/family/wizard/MoveAnswers';
import { SavedTeamPanel } from '~/family/link/SavedTeamPanel';
import { ExpiryNote, type ExpiryNoteProps } from '~/family/wizard/ExpiryNote';

interface Props extends PageProps {
  /** Download the answers as a file, or open one from another device. */
  moveAnswers?: MoveAnswersActions;
  /** When a returning visitor's answers were saved (for the welcome back message). */
  welcomeBack?: string;
  /** When saved answers will be deleted, if they are saved on the device. */
  expiry?: Omit<ExpiryNoteProps, 't'>;
  deleteUrl: string;
}

/** The hub (GOV.UK task list): the five stages with their status; any stage can be opened at any time. */
export function TaskListPage({ welcomeBack, expiry, deleteUrl, moveAnswers, ...props }: Props) {
  const { context, send, t, headingRef } = props;
  const w = (id: string, part: 'title' | 'hint' | 'laterHint') => t(stageKey(id, part));
  return (
    <>
      <h1 tabIndex={-1} ref={headingRef}>
        {t('ui:hub.title')}
      </h1>
      {welcomeBack && (
        <div class="ltw-notification" role="region" aria-labelledby="welcome-back-title">
          <h2 class="ltw-notification__title" id="welcome-back-title">
            {t('ui:hub.welcomeBackTitle')}
          </h2>
          <p>{t('ui:hub.welcomeBackText', { date: welcomeBack })}</p>
          <p>
            <a href={deleteUrl}>{t('ui:hub.notYou')}</a>
          </p>
        </div>
      )}
      <WhatComesNext {...props} />
      <p>{t('ui:hub.intro')}</p>
      <h2 class="ltw-visually-hidden">{t('ui:hub.tasksHeading')}</h2>
      <ul class="ltw-task-list">
        {STAGES.map((stage, index) => {
          const status = stageStatus(FAMILY, stage, context);
          const statusId = `${stage.id}-status`;
          const hint = status === 'for-later' ? w(stage.id, 'laterHint') : w(stage.id, 'hint');
          return (
            <li class="ltw-task-list__item" key={stage.id}>
              <div class="ltw-task-list__name">
                <a
                  class="ltw-task-list__link"
                  href={props.hrefFor(stageEntry(FAMILY, stage, context))}
                  aria-describedby={`${stage.id}-hint ${statusId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    send({ type: 'OPEN_STAGE', stage: stage.id });
                  }}
                >
                  {t('ui:hub.stageLink', { number: index + 1, title: w(stage.id, 'title') })}
                </a>
                <div class="ltw-task-list__hint" id={`${stage.id}-hint`}>
                  {hint}
                </div>
              </div>
              <div class={`ltw-task-list__status ltw-task-list__status--${status}`} id={statusId}>
                {t(`ui:hub.status.${status}`)}
              </div>
            </li>
          );
        })}
      </ul>
      <NextUpdateSlot
        t={t}
        locale={props.locale}
        answers={context.answers}
        askLink={pageLink(props, { page: 'ask-for-update' })}
      />
      <SavedTeamPanel t={t} />
      <h2>{t('ui:hub.agreementHeading')}</h2>
      <p>{context.agreementMadeAt ? t('ui:hub.agreementMade') : t('ui:hub.agreementIntro')}</p>
      <p>
        {/* The one green button is the next thing to do, at the top; this one is for coming back to it. */}
        <a class="ltw-button ltw-button--secondary" {...pageLink(props, { page: 'all-answers' })}>
          {context.agreementMadeAt ? t('ui:hub.agreementRemake') : t('ui:hub.agreementMake')}
        </a>
      </p>
      {context.agreementMadeAt && (
        <p>
          <a {...pageLink(props, { page: 'agreement' })}>{t('ui:hub.agreementView')}</a>
        </p>
      )}
      <h2>{t('ui:hub.recordHeading')}</h2>
      <ul class="ltw-list">
        {context.answers['draft-comments'] !== undefined && (
          <li>
            <a {...pageLink(props, { page: 'comments' })}>{t('ui:hub.commentsLink')}</a>
          </li>
        )}
        <li>
          <a {...pageLink(props, { page: 'record' })}>{t('ui:hub.recordLink')}</a>
        </li>
      </ul>
      <h2>{t('ui:hub.savingHeading')}</h2>
      {expiry && <ExpiryNote t={t} {...expiry} />}
      <p>
        {context.saveMode === 'device' ? t('ui:hub.savingDevice') : t('ui:hub.savingTab')}{' '}
        <a {...pageLink(props, { page: 'save-choice' })}>{t('ui:hub.changeSaving')}</a>
      </p>
      <p>
        <a href={deleteUrl}>{t('ui:hub.deleteLink')}</a>
      </p>
      {moveAnswers && (
        <LazyPage
          load={loadMoveAnswers}
          props={{ t, actions: moveAnswers }}
          loadingText={t('ui:lazy.loading')}
          failedText={t('ui:lazy.failed')}
          retryText={t('ui:lazy.retry')}
          onShown={() => undefined}
        />
      )}
    </>
  );
}

/** The answers the next update and the agreed dates are worked out from. */
const DATED = ['update-frequency', 'updates-received', 'comments-due', 'final-meeting-date'];
let panel: FunctionComponent<NextUpdatePanelProps> | undefined;

/**
 * Where the task list shows the next update and the dates agreed. Costs the first load a few lines: the
 * panel and the rules are fetched only once the answers hold one of those dates or the rhythm.
 */
function NextUpdateSlot(props: NextUpdatePanelProps) {
  const [Panel, setPanel] = useState(() => panel);
  const wanted = DATED.some((id) => props.answers[id] !== undefined);
  useEffect(() => {
    if (Panel || !wanted) return;
    let live = true;
    loadNextUpdate().then(
      (loaded) => {
        panel = loaded;
        if (live) setPanel(() => loaded);
      },
      // Offline before the panel was fetched: the task list works as before, without it.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return Panel && wanted ? <Panel {...props} /> : null;
}

/** Where the person is and the one thing to do next: the stage to start or carry on, or the agreement to make. */
function WhatComesNext({ context, t, send, ...props }: PageProps) {
  const next = whatComesNext(FAMILY, context);
  if (next.kind === 'done') return <p>{t('ui:hub.next.done')}</p>;
  if (next.kind === 'agreement')
    return (
      <>
        <p>{t('ui:hub.next.agreement')}</p>
        <p>
          <a class="ltw-button" {...pageLink({ send, hrefFor: props.hrefFor }, { page: 'all-answers' })}>
            {t('ui:hub.next.makeAgreement')}
          </a>
        </p>
      </>
    );
  const { stage, started } = next;
  const title = t('ui:hub.stageLink', { number: STAGES.indexOf(stage) + 1, title: t(stageKey(stage.id, 'title')) });
  return (
    <p>
      <a
        class="ltw-button"
        href={props.hrefFor(stageEntry(FAMILY, stage, context))}
        onClick={(event) => {
          event.preventDefault();
          send({ type: 'OPEN_STAGE', stage: stage.id });
        }}
      >
        {t(started ? 'ui:hub.next.continue' : 'ui:hub.next.start', { stage: title })}
      </a>
    </p>
  );
}
