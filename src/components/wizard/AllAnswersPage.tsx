import { applicableQuestions, HUB } from '../../wizard/journey';
import { START_QUESTION, STAGES } from '../../wizard/schema';
import type { PageProps } from './page-props';
import { SummaryList } from './SummaryList';

/** Every answer on one page, grouped by stage; prints cleanly for people who want it on paper. */
export function AllAnswersPage({ context, send, t, words, locale, headingRef, hrefFor }: PageProps) {
  const change = (questionId: string) => send({ type: 'CHANGE', questionId });
  return (
    <>
      <h1 tabIndex={-1} ref={headingRef}>
        {t('confirm.title', { ns: 'agreement' })}
      </h1>
      <p>{t('confirm.intro', { ns: 'agreement' })}</p>
      <p class="ltw-no-print">
        <button type="button" class="ltw-button ltw-button--secondary" onClick={() => window.print()}>
          {t('answers.print')}
        </button>
      </p>
      <h2>{t('beforeYouStart')}</h2>
      <SummaryList
        questions={[START_QUESTION]}
        answers={context.answers}
        skipped={context.skipped}
        words={words}
        t={t}
        locale={locale}
        hrefFor={hrefFor}
        onChange={change}
      />
      {STAGES.map((stage, index) => (
        <section key={stage.id} class="ltw-answers-section">
          <h2>
            {t('stageCaption', {
              number: index + 1,
              total: STAGES.length,
              title: t(`stages.${stage.id}.title`, { ns: 'wizard' }),
            })}
          </h2>
          <SummaryList
            questions={applicableQuestions(stage, context.answers)}
            answers={context.answers}
            skipped={context.skipped}
            words={words}
            t={t}
            locale={locale}
            hrefFor={hrefFor}
            onChange={change}
          />
        </section>
      ))}
      <form
        noValidate
        class="ltw-no-print"
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'CONTINUE' });
        }}
      >
        <button type="submit" class="ltw-button">
          {t('confirm.create', { ns: 'agreement' })}
        </button>
      </form>
      <p class="ltw-no-print">
        <a
          href={hrefFor(HUB)}
          onClick={(event) => {
            event.preventDefault();
            send({ type: 'GO_TO', position: HUB });
          }}
        >
          {t('answers.backToTasks')}
        </a>
      </p>
    </>
  );
}
