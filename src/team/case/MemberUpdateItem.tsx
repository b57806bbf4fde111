import { cleanText } from '~/core/text/text';
import { isRhythm, type Rhythm } from '~/core/schedule/next-update';
import type { MemberNextUpdate } from '~/core/schedule/case-next-update';
import { longDay } from '~/ui/schedule/AgreedDatesList';
import type { Key, Translate } from '~/core/words/translate';

/** Only the rhythms that give a date have words ("every 2 weeks"). */
const RHYTHM_WORDS = {
  weekly: 'investigator:nextUpdate.rhythm.weekly',
  fortnightly: 'investigator:nextUpdate.rhythm.fortnightly',
  monthly: 'investigator:nextUpdate.rhythm.monthly',
} as const satisfies Record<Rhythm, Key>;

export const updateState = (next: MemberNextUpdate['next']) =>
  next.kind === 'due' ? (next.overdue ? 'overdue' : 'due') : next.kind;

interface Props {
  update: MemberNextUpdate;
  /** The name they gave, else "Family member 2". */
  name: string;
  t: Translate;
  lang: string;
}

/** One family member's promise: their next update's date, or why there is none, with their name. */
export function MemberUpdateItem({ update, name, t, lang }: Props) {
  const { next, frequency } = update;
  const rhythm = frequency && isRhythm(frequency.choice) ? t(RHYTHM_WORDS[frequency.choice]) : '';
  const theirWords = next.kind === 'unknown' && next.reason === 'other-rhythm' && cleanText(frequency?.other);
  return (
    <li class="ltw-dates__item" data-member={update.memberId} data-member-update={updateState(next)}>
      {next.kind === 'due' && (
        <p class="ltw-dates__what">
          <strong>
            {t(next.overdue ? 'investigator:nextUpdate.member.overdue' : 'investigator:nextUpdate.member.due', {
              name,
              date: longDay(lang, next.date),
            })}
          </strong>
        </p>
      )}
      {next.kind === 'due' && rhythm && <p>{t('investigator:nextUpdate.member.basis', { rhythm })}</p>}
      {next.kind === 'when-news' && (
        <p class="ltw-dates__what">{t('investigator:nextUpdate.member.whenNews', { name })}</p>
      )}
      {next.kind === 'unknown' && (
        <p class="ltw-dates__what">{t(`investigator:nextUpdate.member.unknown.${next.reason}`, { name, rhythm })}</p>
      )}
      {theirWords && <p class="ltw-answer-text">{t('investigator:nextUpdate.theirWords', { words: theirWords })}</p>}
    </li>
  );
}
