import { applicableQuestions } from '../../wizard/journey';
import type { Stage } from '../../wizard/schema';
import type { PageProps } from './page-props';
import { SummaryList } from './SummaryList';

interface Props extends PageProps {
  stage: Stage;
  caption: string;
}

/** Check answers for one stage: every question that applies, with a Change link that comes back here. */
export function CheckAnswersPage({ stage, caption, context, send, t, words, locale, headingRef, hrefFor }: Props) {
  return (
    <>
      <span class="ltw-caption">{caption}</span>
      <h1 tabIndex={-1} ref={headingRef}>
        {t('check.heading')}
      </h1>
      <p>{t('check.intro')}</p>
      <SummaryList
        questions={applicableQuestions(stage, context.answers)}
        answers={context.answers}
        skipped={context.skipped}
        words={words}
        t={t}
        locale={locale}
        hrefFor={hrefFor}
        onChange={(questionId) => send({ type: 'CHANGE', questionId })}
      />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'CONTINUE' });
        }}
      >
        <button type="submit" class="ltw-button">
          {t('check.continue')}
        </button>
      </form>
    </>
  );
}
