import type { Translate } from '~/core/questions/types';
import { dateFormat } from '~/core/text/text';

const DAY_MS = 24 * 60 * 60 * 1000;
/** From this many days before, the task list warns that saved answers will soon be deleted. */
export const EXPIRY_WARNING_DAYS = 14;

export interface ExpiryNoteProps {
  savedAt: Date;
  days: number;
  now: Date;
  locale: string;
  t: Translate;
  answersHref: string;
  onOpenAnswers: () => void;
  onRenew: () => void;
}

/** When saved answers will be deleted; in the last two weeks, a warning with a way to keep them and to print them. */
export function ExpiryNote({ savedAt, days, now, locale, t, answersHref, onOpenAnswers, onRenew }: ExpiryNoteProps) {
  const deleteOn = new Date(savedAt.getTime() + days * DAY_MS);
  const date = dateFormat(locale, { dateStyle: 'long' }).format(deleteOn);
  const left = Math.max(0, Math.ceil((deleteOn.getTime() - now.getTime()) / DAY_MS));
  if (left > EXPIRY_WARNING_DAYS) {
    return (
      <p class="ltw-expiry" data-expiry>
        {t('ui:expiry.date', { date })}
      </p>
    );
  }
  return (
    <div class="ltw-notification ltw-notification--warning" role="region" aria-labelledby="expiry-title" data-expiry>
      <h2 class="ltw-notification__title" id="expiry-title">
        {t('ui:expiry.soonTitle')}
      </h2>
      <p>{t('ui:expiry.soonText', { date, count: left })}</p>
      <div class="ltw-button-group">
        <button type="button" class="ltw-button ltw-button--secondary" onClick={onRenew}>
          {t('ui:expiry.renew', { days })}
        </button>
        <a
          class="ltw-link"
          href={answersHref}
          onClick={(event) => {
            event.preventDefault();
            onOpenAnswers();
          }}
        >
          {t('ui:expiry.print')}
        </a>
      </div>
    </div>
  );
}
