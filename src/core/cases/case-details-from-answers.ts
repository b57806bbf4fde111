import type { CaseContact, CaseDetails } from '~/core/formats/case-details';
import type { ContactAnswer } from '~/core/questions/contact/rules';
import type { DateAnswer } from '~/core/questions/date/rules';
import type { SingleChoiceAnswer } from '~/core/questions/single-choice/rules';
import { cleanText } from '~/core/text/text';
import type { AnswerMap } from '~/core/journey/journey';

/**
 * The case details a family link carries, from the team's setup answers. Only what was given goes in;
 * an approximate incident date travels as the words the team would say ("around March 2026").
 */
export function caseDetailsFromAnswers(
  answers: AnswerMap,
  approximateDate: (date: DateAnswer) => string,
): Partial<CaseDetails> {
  const text = (id: string) => cleanText(answers[id] as string | undefined) || undefined;
  const contact = (id: string): CaseContact | undefined => {
    const value = answers[id] as ContactAnswer | undefined;
    if (!value) return undefined;
    const out: CaseContact = {};
    for (const field of ['name', 'role', 'phone', 'email', 'hours'] as const) {
      const entry = cleanText(value[field]);
      if (entry) out[field] = entry;
    }
    return Object.keys(out).length ? out : undefined;
  };
  const days = (answers['comment-days'] as SingleChoiceAnswer | undefined)?.choice;
  const details: Partial<CaseDetails> = {
    organisation: text('organisation'),
    reference: text('reference'),
    reviewType: text('review-type'),
    incidentDate: incidentDate(answers['incident-date'] as DateAnswer | undefined, approximateDate),
    leadInvestigator: contact('lead-investigator'),
    engagementLead: contact('engagement-lead'),
    deputy: contact('deputy'),
    outOfHours: contact('out-of-hours'),
    scope: text('scope'),
    timescales: text('timescales'),
    commentDays: days && /^\d+$/.test(days) ? Number(days) : undefined,
    reviewDate: text('review-date'),
  };
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
}

function incidentDate(date: DateAnswer | undefined, approximate: (date: DateAnswer) => string) {
  if (!date || !cleanText(date.year)) return undefined;
  const day = cleanText(date.day);
  const month = cleanText(date.month);
  if (!date.approximate && day && month)
    return { day: String(Number(day)), month: String(Number(month)), year: cleanText(date.year) };
  return { approximate: approximate(date) };
}
