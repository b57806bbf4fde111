import type { WizardT } from '../../i18n/create-wizard-translator';
import { isAnswered } from '../../wizard/questions';
import type { Answers, Question } from '../../wizard/schema';
import { AnswerText } from './AnswerText';
import type { QuestionWords } from '../../i18n/wizard-words';

interface Props {
  questions: Question[];
  answers: Answers;
  skipped: readonly string[];
  words: QuestionWords;
  t: WizardT;
  locale: string;
  /** Called with the question id when its Change link is used. */
  onChange: (questionId: string) => void;
  hrefFor: (questionId: string) => string;
}

/** GOV.UK summary list: a short key, the answer (or "Not provided"), and a Change link naming the question. */
export function SummaryList({ questions, answers, skipped, words, t, locale, onChange, hrefFor }: Props) {
  return (
    <dl class="ltw-summary-list">
      {questions.map((question) => {
        const value = answers[question.id];
        const short = words.short(question);
        return (
          <div class="ltw-summary-list__row" key={question.id}>
            <dt class="ltw-summary-list__key">{short}</dt>
            <dd class="ltw-summary-list__value">
              {value !== undefined && isAnswered(question, value) ? (
                <AnswerText question={question} value={value} words={words} t={t} locale={locale} />
              ) : (
                <span class="ltw-summary-list__empty">
                  {skipped.includes(question.id) ? t('check.skipped') : t('check.notProvided')}
                </span>
              )}
            </dd>
            <dd class="ltw-summary-list__actions">
              <a
                class="ltw-link"
                href={hrefFor(question.id)}
                onClick={(event) => {
                  event.preventDefault();
                  onChange(question.id);
                }}
              >
                {t('check.change')}
                <span class="ltw-visually-hidden"> {short.toLocaleLowerCase(locale)}</span>
              </a>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
