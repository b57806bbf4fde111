import { useMemo } from 'preact/hooks';
import { useSelector } from '@xstate/react';
import { caseSetupWords } from '~/core/cases/setup-words';
import { errorText } from '~/core/questions/question-words';
import { CASE_SETUP, FIRST_SETUP_STEP, caseSetup } from '~/core/cases/setup-journey';
import { modeOf } from '~/core/journey/machine';
import { useCaseSetup } from './case-setup-actor';
import { encodePosition, type Position } from '~/core/journey/position';
import { errorTarget } from '~/core/questions/rules';
import { QuestionPage } from '~/ui/questions/QuestionPage';
import { pageLink, type PageProps } from '~/ui/page-props';
import type { CaseViewProps } from '~/team/view-props';
import { SetupCheck } from './SetupCheck';

/**
 * Case setup, one question per page, walked through by the family wizard's own machine over the setup
 * journey (src/cases/setup-journey.ts), then checked before the family link is made.
 */
export function SetupView(props: CaseViewProps & { step: string }) {
  const { stored, step, lang } = props;
  const { t } = props;
  const actor = useCaseSetup({ record: stored.record, mode: stored.mode, step, go: props.go, save: props.save });
  const context = useSelector(actor, (s) => s.context);
  const position = context.position;

  const words = caseSetupWords(t, lang);
  const mode = modeOf(CASE_SETUP, position);
  const caption = t('investigator:setup.caption');
  const question = position.page === 'step' ? CASE_SETUP.question(position.step) : undefined;
  const first = question?.id === FIRST_SETUP_STEP;
  const home = stored.record.linkMadeAt
    ? { view: 'case' as const, caseId: stored.record.id }
    : { view: 'cases' as const };
  const back =
    mode === 'question' && !first
      ? {
          href: '#',
          onClick: (event: MouseEvent) => {
            event.preventDefault();
            actor.send({ type: 'BACK' });
          },
        }
      : props.link(
          mode === 'stageCheck' ? { view: 'setup', caseId: stored.record.id, step: caseSetup.steps.at(-1)!.id } : home,
        );
  // A new list only when a Continue found problems, so the summary takes focus then only.
  const errors = useMemo(
    () =>
      question
        ? context.errors.map((e) => ({
            href: `#${errorTarget(question, e.field)}`,
            text: errorText(words, question, e),
          }))
        : [],
    [context.errors],
  );
  const pageProps: PageProps = {
    context,
    send: actor.send,
    t,
    words,
    locale: lang,
    headingRef: props.headingRef,
    hrefFor: (p: Position) => props.hrefFor({ view: 'setup', caseId: stored.record.id, step: encodePosition(p) }),
    siteBase: '',
    savedOnDevice: stored.mode === 'device',
    signposts: [],
    supportHref: props.supportUrl,
  };
  if (mode === 'question' && question)
    return props.page({
      heading: words.label(question),
      ownHeading: true,
      errors,
      back,
      taskList: {
        ...pageLink(pageProps, { page: 'task-list' }),
        text: t('investigator:setup.toCase'),
        saved: pageProps.savedOnDevice ? t('investigator:setup.saved') : undefined,
      },
      children: (
        <>
          <QuestionPage
            {...pageProps}
            key={question.id}
            question={question}
            caption={caption}
            lazy={{
              loadingText: t('ui:lazy.loading'),
              failedText: t('ui:lazy.failed'),
              retryText: t('ui:lazy.retry'),
              onShown: props.focusHeading,
              reloadKeepsAnswers: true,
            }}
          />
        </>
      ),
    });
  return <SetupCheck {...props} t={t} context={context} words={words} send={actor.send} />;
}
