import { hasSavedCase } from '~/browser/family-case-keys';
import { dateErrors, formatDate, normaliseDate } from '~/core/questions/date/rules';
import type { Translate } from '~/core/questions/types';
import type { AnswerOffer } from '~/ui/questions/QuestionPage';

/**
 * The day in the details the family saved from their team's link, offered on the question of when it
 * happened while that is empty. Loaded with the date question, never in the wizard's first load; the
 * saved details (and the schema that checks them) load only when something is saved under ltw:case.
 * Only an exact day the question would accept: a phrase such as "early March" is not offered.
 */
export async function incidentDateOffer(
  t: Translate,
  locale: string,
  questionId: string,
): Promise<AnswerOffer | undefined> {
  if (!hasSavedCase()) return undefined;
  const { savedTeam } = await import('./family-case');
  const date = savedTeam()?.details.incidentDate;
  if (!date || !('day' in date) || dateErrors(date, false, new Date()).length > 0) return undefined;
  const value = normaliseDate(date)!;
  return function TeamDateOffer({ use }) {
    return (
      <div class="ltw-inset" data-team-date-offer>
        <p>{t('ui:teamDateOffer.text', { date: formatDate(value, t, locale) })}</p>
        <button
          type="button"
          class="ltw-button ltw-button--secondary"
          onClick={() => {
            use(value);
            // The offer goes once the date is in: the day box takes focus, so the person is not left nowhere.
            requestAnimationFrame(() => document.getElementById(`${questionId}-day`)?.focus());
          }}
        >
          {t('ui:teamDateOffer.use')}
        </button>
      </div>
    );
  };
}
