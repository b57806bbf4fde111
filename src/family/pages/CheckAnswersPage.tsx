import { FAMILY } from '~/core/journey/family';
import { applicableQuestions } from '~/core/journey/journey';
import { questionsIn } from '~/core/journey/conditions';
import { matchSignposts } from '~/core/journey/signposts';
import { Signposts } from './Signposts';
import type { Stage } from '~/core/journey/schema';
import type { PageProps } from '~/ui/page-props';
import { SummaryList } from '~/ui/answers/SummaryList';

interface Props extends PageProps {
  stage: Stage;
  caption: string;
}

/** Check answers for one stage: every question that applies, with a Change link that comes back here. */
export function CheckAnswersPage({ stage, caption, ...props }: Props) {
  const { context, send, t, headingRef } = props;
  return (
    <>
      <span class="ltw-caption">{caption}</span>
      <h1 tabIndex={-1} ref={headingRef}>
        {t('ui:check.heading')}
      </h1>
      <p>{t('ui:check.intro')}</p>
      <SummaryList
        {...props}
        questions={applicableQuestions(FAMILY, stage, context.answers)}
        onChange={(step) => send({ type: 'CHANGE', step })}
      />
      <Signposts
        signposting={matchSignposts(props.signposts, context.answers, (rule) =>
          questionsIn(rule.when).some((id) => FAMILY.stageOf(id) === stage),
        )}
        t={t}
        supportHref={props.supportHref}
      />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'CONTINUE' });
        }}
      >
        <button type="submit" class="ltw-button">
          {t('ui:check.continue')}
        </button>
      </form>
      <p>{t('ui:check.later')}</p>
    </>
  );
}
