import { isAnswered } from '~/core/questions/rules';
import type { Question } from '~/core/journey/schema';
import { AnswerText } from './AnswerText';
import type { PageProps } from '~/ui/page-props';

interface Props extends Pick<PageProps, 'context' | 'words' | 't' | 'hrefFor' | 'couldNotRead'> {
  questions: Question[];
  /** Called with the question id when its Change link is used. */
  onChange: (questionId: string) => void;
}

/** GOV.UK summary list: a short key, the answer (or "Not provided"), and a Change link naming the question. */
export function SummaryList({ questions, context, words, t, onChange, hrefFor, couldNotRead = [] }: Props) {
  return (
    <dl class="ltw-summary-list">
      {questions.map((question) => {
        const value = context.answers[question.id];
        const short = words.short(question);
        return (
          <div
            class={
              question.sensitive ? 'ltw-summary-list__row ltw-summary-list__row--private' : 'ltw-summary-list__row'
            }
            key={question.id}
          >
            <dt class="ltw-summary-list__key">
              {short}
              {question.sensitive && <span class="ltw-summary-list__private"> {t('ui:check.private')}</span>}
            </dt>
            <dd class="ltw-summary-list__value">
              {value !== undefined && isAnswered(question, value) ? (
                <AnswerText question={question} value={value} words={words} />
              ) : context.skipped.includes(question.id) ? (
                <span class="ltw-summary-list__empty">{words.skipped}</span>
              ) : couldNotRead.includes(question.id) ? (
                <strong data-could-not-read>{t('ui:check.couldNotRead')}</strong>
              ) : (
                <span class="ltw-summary-list__empty">{t('ui:check.notProvided')}</span>
              )}
            </dd>
            <dd class="ltw-summary-list__actions">
              <a
                class="ltw-link"
                href={hrefFor({ page: 'step', step: question.id })}
                onClick={(event) => {
                  event.preventDefault();
                  onChange(question.id);
                }}
              >
                {t('ui:check.change')}
                {/* The key as written, so a name keeps its capitals (screen readers read "Change Rhys's ..."). */}
                <span class="ltw-visually-hidden"> {short}</span>
              </a>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
