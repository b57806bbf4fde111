import { cleanText } from '~/core/text/text';
import { caseAgreedDates } from '~/core/schedule/agreed-dates';
import { memberNextUpdates } from '~/core/schedule/case-next-update';
import { personLabel } from '~/core/cases/person-label';
import { AgreedDatesList, longDay } from '~/ui/schedule/AgreedDatesList';
import { downloadCalendar, fileSlug } from '~/browser/calendar-file';
import type { CaseViewProps } from '~/team/view-props';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';
import { MemberUpdateItem, updateState } from './MemberUpdateItem';

/**
 * On the case: when each family member's next update is due, soonest first, from the rhythm they asked
 * for (their own answers file) and the contact log; an update that has passed said plainly, with the
 * last contact's date. Then the dates to come (each member's next update, touchpoints dated later),
 * each with "Add to your calendar": the file is named by the member, the event's title never is.
 */
export function CaseSchedule(props: CaseViewProps) {
  const { t, stored, lang } = props;
  const { record } = stored;
  const n = (key: KeysUnder<'investigator:nextUpdate.'>, options?: TranslateOptions) =>
    t(`investigator:nextUpdate.${key}`, options);
  const now = new Date();
  const updates = memberNextUpdates(record, now);
  const names = new Map(updates.map((u) => [u.memberId, personLabel(u.saved, u.index, t)]));
  const dated = updates.flatMap((u) => (u.next.kind === 'due' ? [u.next] : []));
  const since = dated[0]?.since;
  const reference = cleanText(record.setup.answers.reference as string | undefined);
  const titled = (title: string) => (reference ? n('withReference', { title, reference }) : title);
  const labels = new Map(
    props.checklists.stages.flatMap((s) => s.touchpoints.map((tp) => [tp.id as string, tp.label])),
  );
  const dates = caseAgreedDates(record, updates, now).map((d) => {
    const name = d.memberId === undefined ? undefined : names.get(d.memberId);
    const label = name === undefined ? (labels.get(d.id) ?? d.id) : n('member.calendarLabel', { name });
    return {
      uid: d.uid,
      date: d.date,
      label,
      title: titled(d.id === 'next-update' ? n('calendarTitle') : label),
      file: `${fileSlug(label)}-${d.date}`,
    };
  });
  // The soonest member's state names the section, as it did when the case had one date.
  const state = updates[0] ? updateState(updates[0].next) : 'unknown';

  return (
    <section aria-labelledby="next-update-title" class="ltw-section" data-next-update={state}>
      <h2 id="next-update-title">{n('title')}</h2>
      {updates.length === 0 ? (
        <p>{n('unknown.no-rhythm')}</p>
      ) : (
        <ul class="ltw-dates">
          {updates.map((update) => (
            <MemberUpdateItem
              key={update.memberId}
              update={update}
              name={names.get(update.memberId)!}
              t={t}
              lang={lang}
            />
          ))}
        </ul>
      )}
      {since && <p>{n('lastContact', { since: longDay(lang, since) })}</p>}
      {dated.some((next) => next.overdue) && (
        <div class="ltw-inset">
          <p>{n('overdueNext')}</p>
          <p>
            <a class="ltw-link" {...props.link({ view: 'log', caseId: record.id })}>
              {n('logLink')}
            </a>
          </p>
        </div>
      )}
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
