import { useMemo } from 'preact/hooks';
import { FAMILY } from '~/core/journey/family';
import { previousPosition, stageOfPosition } from '~/core/journey/journey';
import { encodePosition } from '~/core/journey/position';
import { STAGES } from '~/core/journey/schema';
import { stageKey } from '~/core/journey/schema/keys';
import { questionWords } from '~/core/questions/question-words';
import { pageLink, type PageProps } from '~/ui/page-props';
import { PageShell } from '~/ui/shell/PageShell';
import { usePageMemory } from '~/ui/shell/page-memory';
import { ReadAloudSlot } from '~/family/read-aloud/ReadAloudSlot';
import { PAGE_VIEWS } from './page-views';
import type { PageView, ViewInput, WizardAppProps } from './view-types';

export type { WizardAppProps } from './view-types';

/** Renders the machine's current position as its registered view, in the page shell. */
export function WizardApp(props: WizardAppProps) {
  const { context, send, t, locale, hrefFor } = props;
  const { position } = context;
  const memory = usePageMemory();
  const view: PageView = PAGE_VIEWS[position.page];
  const stage = stageOfPosition(FAMILY, position);
  const stageTitle = stage ? t(stageKey(stage.id, 'title')) : '';
  const page: PageProps = {
    context,
    send,
    t,
    words: questionWords(t, context.answers, locale),
    locale,
    headingRef: memory.headingRef,
    hrefFor,
    siteBase: props.siteBase,
    savedOnDevice: props.savedOnDevice,
    signposts: props.signposts,
    supportHref: props.supportHref,
    couldNotRead: props.couldNotRead,
  };
  const pageKey = encodePosition(position);
  const input: ViewInput = {
    page,
    app: props,
    position,
    pageKey,
    question: position.page === 'step' ? FAMILY.question(position.step) : undefined,
    stage,
    stageTitle,
    caption: stage
      ? t('ui:stageCaption', { number: STAGES.indexOf(stage) + 1, total: STAGES.length, title: stageTitle })
      : t('ui:beforeYouStart'),
    lazy: {
      loadingText: t('ui:lazy.loading'),
      failedText: t('ui:lazy.failed'),
      retryText: t('ui:lazy.retry'),
      onShown: memory.focusHeading,
      reloadKeepsAnswers: props.reloadKeepsAnswers,
      heading: '',
    },
  };
  const heading = view.heading(input);
  input.lazy.heading = heading;
  // A new list only when a Continue found problems: the summary takes focus then, and only then.
  const errors = useMemo(() => view.errors?.(input) ?? [], [context.errors, pageKey]);
  const back = previousPosition(FAMILY, context, context);
  return (
    <PageShell
      memory={memory}
      pageKey={pageKey}
      // The stage name keeps titles unique where the heading repeats across stages ("Check your answers").
      title={[heading, view.namesStage ? '' : stageTitle, t('ui:titleSuffix')].filter(Boolean).join(' - ')}
      errorPrefix={t('ui:errorPrefix')}
      errorSummaryTitle={t('ui:errorSummaryTitle')}
      errors={errors}
      back={
        back && {
          href: hrefFor(back),
          onClick: (event) => {
            event.preventDefault();
            send({ type: 'BACK' });
          },
          text: t('ui:back'),
          label: t('ui:backNav'),
        }
      }
      taskList={
        view.taskList && {
          ...pageLink(page, { page: 'task-list' }),
          text: t('ui:stop.taskList'),
          saved: props.savedOnDevice ? t('ui:stop.saved') : undefined,
        }
      }
      mainData={{ 'data-position': pageKey }}
      notices={props.notices}
    >
      {/* A new one for each page: moving on stops the reading. */}
      {view.readAloud && <ReadAloudSlot key={pageKey} t={t} lang={locale} />}
      {view.render(input)}
    </PageShell>
  );
}
