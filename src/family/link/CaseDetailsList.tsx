import type { CaseContact, CaseDetails } from '~/core/formats/case-details';
import type { Translate } from '~/core/questions/types';
import { calendarDateText } from '~/core/text/text';
import type { KeysUnder } from '~/core/words/translate';

/** The rows in the order a family reads them: who, what, who to call, then the review itself. */
const ORDER = [
  'organisation',
  'reference',
  'reviewType',
  'incidentDate',
  'engagementLead',
  'leadInvestigator',
  'deputy',
  'outOfHours',
  'scope',
  'timescales',
  'commentDays',
  'reviewDate',
] as const satisfies readonly (keyof CaseDetails)[];

/** A contact as lines of text: name, role, then how and when to reach them, each labelled. */
export function contactLines(t: Translate, contact: CaseContact): string[] {
  const labelled = (key: KeysUnder<'ui:familyLink.'>, value: string | undefined) =>
    value?.trim() ? [t(`ui:familyLink.${key}`, { value })] : [];
  return [
    ...[contact.name, contact.role].filter((line): line is string => Boolean(line?.trim())),
    ...labelled('contactPhone', contact.phone),
    ...labelled('contactEmail', contact.email),
    ...labelled('contactHours', contact.hours),
  ];
}

function valueOf(t: Translate, lang: string, details: CaseDetails, key: (typeof ORDER)[number]): string[] {
  switch (key) {
    case 'incidentDate': {
      const date = details.incidentDate;
      if (!date) return [];
      if ('approximate' in date) return [date.approximate];
      return [calendarDateText(lang, { day: Number(date.day), month: Number(date.month), year: Number(date.year) })];
    }
    case 'commentDays':
      return details.commentDays === undefined
        ? []
        : [t('ui:familyLink.commentDaysValue', { count: details.commentDays })];
    case 'leadInvestigator':
    case 'engagementLead':
    case 'deputy':
    case 'outOfHours':
      return details[key] ? contactLines(t, details[key]) : [];
    default: {
      const text = details[key];
      return text?.trim() ? [text] : [];
    }
  }
}

/**
 * The case details as a GOV.UK summary list, text only: they come from a link anyone could have
 * made, so nothing in them becomes a link, markup or a phone number to tap, and (bidirectional controls
 * taken out when the link was read) each line is isolated.
 */
export function CaseDetailsList({ t, lang, details }: { t: Translate; lang: string; details: CaseDetails }) {
  return (
    <dl class="ltw-summary-list ltw-case-details">
      {ORDER.map((key) => {
        const lines = valueOf(t, lang, details, key);
        if (lines.length === 0) return null;
        return (
          <div class="ltw-summary-list__row" key={key}>
            <dt class="ltw-summary-list__key">{t(`ui:familyLink.keys.${key}`)}</dt>
            <dd class="ltw-summary-list__value ltw-answer-text">
              {/* Each line isolated (bdi): right-to-left text in a name cannot reorder the words around it. */}
              {lines.map((line, index) => (
                <bdi class="ltw-case-details__line" key={index}>
                  {line}
                </bdi>
              ))}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
