import { isAnswered } from '~/core/questions/rules';
import { FAMILY } from '~/core/journey/family';
import { applicableQuestions, applies, stageStatus } from '~/core/journey/journey';
import { ALL_QUESTIONS, OPENING_QUESTIONS, STAGES } from '~/core/journey/schema';
import { stageKey } from '~/core/journey/schema/keys';
import { pageLink, type PageProps } from '~/ui/page-props';
import { SummaryList } from '~/ui/answers/SummaryList';
import type { KeysUnder } from '~/core/words/translate';

/**
 * Every answer on one page, grouped by stage: the final check before the agreement is made (WCAG 3.3.4),
 * and where the person decides whether private answers go on the investigation team's copy.
 */
export function AllAnswersPage(props: PageProps) {
  const { context, send, t, headingRef } = props;
  const change = (step: string) => send({ type: 'CHANGE', step });
  const privateAnswers = ALL_QUESTIONS.filter(
    (q) => q.sensitive && applies(FAMILY, q, context.answers) && isAnswered(q, context.answers[q.id]),
  );
  const a = (key: KeysUnder<'agreement:'>) => t(`agreement:${key}`);
  // Only the stages the person has reached: a stage not started would be a page of "Not provided".
  const stages = STAGES.map((stage, index) => ({ stage, index }));
  const isReached = ({ stage }: (typeof stages)[number]) =>
    !['not-started', 'for-later'].includes(stageStatus(FAMILY, stage, context));
  const reached = stages.filter(isReached);
  const notReached = stages.filter((s) => !isReached(s));
  return (
    <>
      <h1 tabIndex={-1} ref={headingRef}>
        {a('confirm.title')}
      </h1>
      <p>{a('confirm.intro')}</p>
      <p class="ltw-no-print">
        <button type="button" class="ltw-button ltw-button--secondary" onClick={() => window.print()}>
          {t('ui:answers.print')}
        </button>
      </p>
      <p class="ltw-print-only">{t('ui:answers.privateNotPrinted')}</p>
      <h2>{t('ui:beforeYouStart')}</h2>
      <SummaryList {...props} questions={[...OPENING_QUESTIONS]} onChange={change} />
      {reached.map(({ stage, index }) => (
        <section key={stage.id} class="ltw-answers-section">
          <h2>
            {t('ui:stageCaption', {
              number: index + 1,
              total: STAGES.length,
              title: t(stageKey(stage.id, 'title')),
            })}
          </h2>
          <SummaryList {...props} questions={applicableQuestions(FAMILY, stage, context.answers)} onChange={change} />
        </section>
      ))}
      {notReached.length > 0 && (
        <p>
          {t('ui:answers.notReached', {
            stages: notReached
              .map(({ stage, index }) =>
                t('ui:hub.stageLink', { number: index + 1, title: t(stageKey(stage.id, 'title')) }),
              )
              .join(t('ui:answers.stageListJoin')),
          })}
        </p>
      )}
      <form
        noValidate
        class="ltw-no-print"
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'CONTINUE' });
        }}
      >
        {privateAnswers.length > 0 && (
          <div class="ltw-form-group">
            <fieldset class="ltw-fieldset" aria-describedby="team-copy-hint">
              <legend class="ltw-fieldset__legend ltw-fieldset__legend--m">
                <h2 class="ltw-fieldset__heading">{a('teamCopy.heading')}</h2>
              </legend>
              <div class="ltw-hint" id="team-copy-hint">
                {a('teamCopy.hint')}
              </div>
              <div class="ltw-warning-text">
                <span class="ltw-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <p class="ltw-warning-text__text">
                  <span class="ltw-visually-hidden">{t('ui:warning')} </span>
                  {a('teamCopy.warning')}
                </p>
              </div>
              <div class="ltw-choices">
                <div class="ltw-choices__item">
                  <input
                    class="ltw-choices__input"
                    id="team-copy"
                    type="checkbox"
                    checked={context.privateOnTeamCopy}
                    onChange={(event) => send({ type: 'CHOOSE_TEAM_COPY', include: event.currentTarget.checked })}
                  />
                  <label class="ltw-choices__label" for="team-copy">
                    {a('teamCopy.label')}
                  </label>
                </div>
              </div>
            </fieldset>
          </div>
        )}
        <button type="submit" class="ltw-button">
          {a('confirm.create')}
        </button>
      </form>
      <p class="ltw-no-print">
        <a {...pageLink(props, { page: 'task-list' })}>{t('ui:answers.backToTasks')}</a>
      </p>
    </>
  );
}
