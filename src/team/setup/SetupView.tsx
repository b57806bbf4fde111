import { useEffect } from 'preact/hooks';
import { useSelector } from '@xstate/react';
import { caseSetupWords } from '~/core/cases/setup-words';
import { errorText } from '~/core/questions/question-words';
import { CASE_SETUP, FIRST_SETUP_STEP, caseSetup } from '~/core/cases/setup-journey';
import { modeOf } from '~/core/journey/machine';
import { setupPosition as decode, useCaseSetupActor } from './case-setup-actor';
import { encodePosition, type Position } from '~/core/journey/position';
import { errorTarget } from '~/core/questions/rules';
import { QuestionPage } from '~/ui/questions/QuestionPage';
import type { PageProps } from '~/ui/page-props';
import type { CaseViewProps } from '~/team/view-props';
import { SetupCheck } from './SetupCheck';
import type { Translate } from '~/core/questions/types';

/**
 * Case setup, one question per page, walked through by the family wizard's own machine over the setup
 * journey (src/cases/setup-journey.ts), then checked before the family link is made.
 */
/** The wizard's words that speak to a family, said to the team instead on the setup pages. */
const TEAM_WORDS: Record<string, string> = {
  skip: 'investigator:setup.skip',
  'stop.taskList': 'investigator:setup.toCase',
  'stop.saved': 'investigator:setup.saved',
  'check.skipped': 'investigator:setup.skipped',
};

export function SetupView(props: CaseViewProps & { step: string }) {
  const { stored, step, lang } = props;
  const t: Translate = (key, options) => props.t(TEAM_WORDS[key] ?? key, options);
  const actor = useCaseSetupActor(stored.record, stored.mode, step);
  const context = useSelector(actor, (s) => s.context);
  const position = context.position;
  // The address follows the machine (so Back, reload and bookmarks work), and the machine follows the address.
  useEffect(() => {
    const text = encodePosition(position);
    if (modeOf(CASE_SETUP, position) === 'taskList') return props.go({ view: 'case', caseId: stored.record.id }, true);
    if (text !== step) props.go({ view: 'setup', caseId: stored.record.id, step: text });
  }, [encodePosition(position)]);
  useEffect(() => {
    if (step !== encodePosition(actor.getSnapshot().context.position))
      actor.send({ type: 'GO_TO', position: decode(step) });
  }, [step]);
  useEffect(() => {
    const { answers, skipped } = context;
    if (JSON.stringify({ answers, skipped }) !== JSON.stringify(stored.record.setup))
      props.save({ ...stored.record, setup: { answers: { ...answers }, skipped: [...skipped] } });
  }, [context.answers, context.skipped]);

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
  const errors = question
    ? context.errors.map((e) => ({ href: `#${errorTarget(question, e.field)}`, text: errorText(words, question, e) }))
    : [];
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
      children: (
        <>
          <QuestionPage
            {...pageProps}
            key={question.id}
            question={question}
            caption={caption}
            lazy={{
              loadingText: t('lazy.loading'),
              failedText: t('lazy.failed'),
              retryText: t('lazy.retry'),
              onShown: () => props.headingRef.current?.focus(),
              reloadKeepsAnswers: true,
            }}
          />
        </>
      ),
    });
  return <SetupCheck {...props} t={t} context={context} words={words} send={actor.send} />;
}
