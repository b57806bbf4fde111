import type { Translate } from '~/core/questions/types';
import { familyAgreedDates } from '~/core/schedule/agreed-dates';
import { familyNextUpdate, isRhythm, type NextUpdate, type Rhythm } from '~/core/schedule/next-update';
import { AgreedDatesList, longDay } from '~/ui/schedule/AgreedDatesList';
import { downloadCalendar, fileSlug } from '~/browser/calendar-file';
import type { KeysUnder, Key, TranslateOptions } from '~/core/words/translate';

export interface NextUpdatePanelProps {
  t: Translate;
  locale: string;
  answers: Readonly<Record<string, unknown>>;
  /** The gentle page about asking for an update, as a link that moves the wizard. */
  askLink: { href: string; onClick: (event: MouseEvent) => void };
  /** Contact dates the family's answers do not hold (the team's, from their reply file): ISO days. */
  extraContactDates?: readonly string[];
}

const RHYTHM_WORDS = {
  weekly: 'ui:nextUpdate.rhythm.weekly',
  fortnightly: 'ui:nextUpdate.rhythm.fortnightly',
  monthly: 'ui:nextUpdate.rhythm.monthly',
} as const satisfies Record<Rhythm, Key>;

/** "every 2 weeks": only the rhythms that give a date have one. */
export const rhythmWords = (t: Translate, answers: Readonly<Record<string, unknown>>) => {
  const choice = (answers['update-frequency'] as { choice?: string } | undefined)?.choice;
  return choice && isRhythm(choice) ? t(RHYTHM_WORDS[choice]) : '';
};

/**
 * On the task list: when the next update from the team is due, said plainly; when it has passed, a
 * link to the page that says it is fine to ask; then the dates to come, each with "Add to your calendar".
 * Loaded lazily, only when the answers hold a rhythm or a date (it is not in the wizard's first load).
 */
export function NextUpdatePanel({ t, locale, answers, askLink, extraContactDates = [] }: NextUpdatePanelProps) {
  const now = new Date();
  const next = familyNextUpdate(answers, extraContactDates, now);
  const dates = familyAgreedDates(answers, next, now);
  const n = (key: KeysUnder<'ui:nextUpdate.'>, options?: TranslateOptions) => t(`ui:nextUpdate.${key}`, options);
  return (
    <section class="ltw-section ltw-next-update" aria-labelledby="next-update-title" data-next-update={state(next)}>
      <h2 id="next-update-title">{n('heading')}</h2>
      <Status next={next} t={t} locale={locale} answers={answers} askLink={askLink} />
      {dates.length > 0 && (
        <>
          <AgreedDatesList
            lang={locale}
            addLabel={n('addToCalendar')}
            failedText={n('calendarFailed')}
            download={downloadCalendar}
            items={dates.map((d) => ({
              uid: d.uid,
              date: d.date,
              label: n(`dates.${d.id}`),
              title: n(`calendarTitle.${d.id}`),
              file: `${fileSlug(n(`dates.${d.id}`))}-${d.date}`,
            }))}
          />
          <p class="ltw-hint">{n('calendarNote')}</p>
        </>
      )}
    </section>
  );
}

const state = (next: NextUpdate) => (next.kind === 'due' ? (next.overdue ? 'overdue' : 'due') : next.kind);

function Status({
  next,
  t,
  locale,
  answers,
  askLink,
}: Omit<NextUpdatePanelProps, 'extraContactDates'> & { next: NextUpdate }) {
  const n = (key: KeysUnder<'ui:nextUpdate.'>, options?: TranslateOptions) => t(`ui:nextUpdate.${key}`, options);
  if (next.kind === 'when-news') return <p>{n('whenNews')}</p>;
  if (next.kind === 'unknown') return <p>{n(`unknown.${next.reason}`)}</p>;
  const date = longDay(locale, next.date);
  const known = { date, rhythm: rhythmWords(t, answers), since: next.since && longDay(locale, next.since) };
  const basis = known.since && n('basis', known);
  if (!next.overdue) {
    return (
      <>
        <p class="ltw-next-update__date">
          <strong>{n('due', { date })}</strong>
        </p>
        {basis && <p>{basis}</p>}
      </>
    );
  }
  return (
    <>
      <p>{n('overdue', known)}</p>
      <p>
        <a class="ltw-link" {...askLink}>
          {n('askLink')}
        </a>
      </p>
    </>
  );
}
