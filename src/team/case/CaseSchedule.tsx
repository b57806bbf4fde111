import { cleanText } from '~/core/text/text';
import { caseAgreedDates } from '~/core/schedule/agreed-dates';
import { caseFrequency, caseNextUpdate } from '~/core/schedule/case-next-update';
import { isRhythm, type Rhythm } from '~/core/schedule/next-update';
import { AgreedDatesList, longDay } from '~/ui/schedule/AgreedDatesList';
import { downloadCalendar, fileSlug } from '~/browser/calendar-file';
import type { CaseViewProps } from '~/team/view-props';
import type { KeysUnder, Key, TranslateOptions } from '~/core/words/translate';

/**
 * On the case: when the family's next update is due, from the rhythm they asked for (their answers
 * file) and the contact log; when it has passed, that said plainly with the last contact's date. Then
 * the dates to come (the next update, touchpoints dated later), each with "Add to your calendar".
 */
/** Only the rhythms that give a date have words ("every 2 weeks"). */
const RHYTHM_WORDS = {
  weekly: 'investigator:nextUpdate.rhythm.weekly',
  fortnightly: 'investigator:nextUpdate.rhythm.fortnightly',
  monthly: 'investigator:nextUpdate.rhythm.monthly',
} as const satisfies Record<Rhythm, Key>;

export function CaseSchedule(props: CaseViewProps) {
  const { t, stored, lang } = props;
  const { record } = stored;
  const n = (key: KeysUnder<'investigator:nextUpdate.'>, options?: TranslateOptions) =>
    t(`investigator:nextUpdate.${key}`, options);
  const now = new Date();
  const next = caseNextUpdate(record, now);
  const frequency = caseFrequency(record, now);
  const rhythm = frequency && isRhythm(frequency.choice) ? t(RHYTHM_WORDS[frequency.choice]) : '';
  const reference = cleanText(record.setup.answers.reference as string | undefined);
  const titled = (title: string) => (reference ? n('withReference', { title, reference }) : title);
  const labels = new Map(
    props.checklists.stages.flatMap((s) => s.touchpoints.map((tp) => [tp.id as string, tp.label])),
  );
  const dates = caseAgreedDates(record, next, now).map((d) => {
    const label = d.id === 'next-update' ? n('nextUpdateLabel') : (labels.get(d.id) ?? d.id);
    return {
      uid: d.uid,
      date: d.date,
      label,
      title: titled(d.id === 'next-update' ? n('calendarTitle') : label),
      file: `${fileSlug(label)}-${d.date}`,
    };
  });
  const theirWords = next.kind === 'unknown' && next.reason === 'other-rhythm' && cleanText(frequency?.other);
  const state = next.kind === 'due' ? (next.overdue ? 'overdue' : 'due') : next.kind;

  return (
    <section aria-labelledby="next-update-title" class="ltw-section" data-next-update={state}>
      <h2 id="next-update-title">{n('title')}</h2>
      {next.kind === 'due' && !next.overdue && (
        <>
          <p class="ltw-next-update__date">
            <strong>{n('due', { date: longDay(lang, next.date) })}</strong>
          </p>
          {next.since && rhythm && <p>{n('basis', { rhythm, since: longDay(lang, next.since) })}</p>}
        </>
      )}
      {next.kind === 'due' && next.overdue && (
        <div class="ltw-inset">
          <p>
            <strong>
              {n('overdue', { date: longDay(lang, next.date), since: longDay(lang, next.since ?? next.date) })}
            </strong>
          </p>
          <p>{n('overdueNext')}</p>
          <p>
            <a class="ltw-link" {...props.link({ view: 'log', caseId: record.id })}>
              {n('logLink')}
            </a>
          </p>
        </div>
      )}
      {next.kind === 'when-news' && <p>{n('whenNews')}</p>}
      {next.kind === 'unknown' && <p>{n(`unknown.${next.reason}`)}</p>}
      {theirWords && <p class="ltw-answer-text">{n('theirWords', { words: theirWords })}</p>}
      {dates.length > 0 && (
        <>
          <h3>{n('datesTitle')}</h3>
          <AgreedDatesList
            items={dates}
            lang={lang}
            addLabel={n('addToCalendar')}
            failedText={n('calendarFailed')}
            download={downloadCalendar}
          />
          <p class="ltw-hint">{n('calendarNote')}</p>
        </>
      )}
    </section>
  );
}
