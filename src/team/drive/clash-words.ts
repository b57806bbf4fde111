import type { CaseClash } from '~/core/cases/case-merge';
import type { AgreementVersion, ContactLogEntry, DraftRound, FamilyMember } from '~/core/cases/record';
import { dateFormat } from '~/core/text/text';
import type { Translate } from '~/core/questions/types';
import type { Key } from '~/core/words/translate';

/** Any answer as plain words: text as it is, lists and parts joined (dates and contacts are made of parts). */
function plain(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object')
    return (Array.isArray(value) ? value : Object.values(value)).map(plain).filter(Boolean).join(', ');
  return String(value);
}

/** What the entry is, for the choice's legend. */
export function clashName(clash: CaseClash, t: Translate, touchpointLabel: (id: string) => string | undefined) {
  if (clash.part === 'setup') {
    const key = `investigator:questions.${clash.id}.short` as Key;
    const name = t(key);
    return t('investigator:clashes.part.setup', { name: name === key || name.endsWith('.short') ? clash.id : name });
  }
  if (clash.part === 'touchpoints')
    return t('investigator:clashes.part.touchpoints', { name: touchpointLabel(clash.id) ?? clash.id });
  return t(`investigator:clashes.part.${clash.part}`);
}

/** One copy's value of the entry, in plain words ("removed" where that copy removed it). */
export function clashValue(clash: CaseClash, value: unknown, t: Translate, lang: string): string {
  if (value === undefined) return t('investigator:clashes.removed');
  const day = (iso: string) =>
    dateFormat(lang, { dateStyle: 'long' }).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
  switch (clash.part) {
    case 'touchpoints':
      return day(value as string);
    case 'log': {
      const entry = value as ContactLogEntry;
      const when = entry.time ? `${day(entry.date)} ${entry.time}` : day(entry.date);
      return [when, t(`investigator:log.methods.${entry.method}`), entry.who, entry.summary].filter(Boolean).join(', ');
    }
    case 'families':
      return t('investigator:clashes.family', { date: day((value as FamilyMember).fileCreatedAt) });
    case 'versions': {
      const version = value as AgreementVersion;
      return t('investigator:clashes.version', { number: version.number, date: day(version.madeAt) });
    }
    case 'comments': {
      if (clash.id.includes(':decisions:')) {
        const reply = value as DraftRound['decisions'][string];
        return [t(`ui:comments.decision.${reply.decision}`), reply.reason].filter(Boolean).join(', ');
      }
      if (typeof value === 'object') return t('investigator:clashes.round');
      return plain(value);
    }
    default:
      return plain(value);
  }
}
